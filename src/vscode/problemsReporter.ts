import * as vscode from 'vscode';
import type { Problem } from '../core/model/article';

/**
 * Shows files that could not be read as articles: one entry each in the Problems panel (on the file)
 * and a line in the "News Corpus" output channel, naming the file and the reason.
 */
export class ProblemsReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsCorpus');
  private current: Problem[] = [];

  constructor(private readonly output: vscode.LogOutputChannel) {}

  get problems(): readonly Problem[] {
    return this.current;
  }

  /** Replaces the reported problems with a new set (after a full index). */
  replaceAll(problems: readonly Problem[]): void {
    this.current = [...problems];
    this.diagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      this.log(p);
      const list = byFile.get(p.file) ?? [];
      list.push(this.toDiagnostic(p));
      byFile.set(p.file, list);
    }
    for (const [file, list] of byFile) this.diagnostics.set(vscode.Uri.file(file), list);
  }

  /** Sets or clears the problem of one file (after a live update). */
  setForFile(file: string, problem: Problem | undefined): void {
    this.current = this.current.filter((p) => p.file !== file);
    if (problem) {
      this.current.push(problem);
      this.log(problem);
      this.diagnostics.set(vscode.Uri.file(file), [this.toDiagnostic(problem)]);
    } else {
      this.diagnostics.delete(vscode.Uri.file(file));
    }
  }

  dispose(): void {
    this.diagnostics.dispose();
  }

  private log(p: Problem): void {
    const line = `${p.file}: ${p.reason}`;
    if (p.severity === 'error') this.output.error(line);
    else this.output.warn(line);
  }

  private toDiagnostic(p: Problem): vscode.Diagnostic {
    const d = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      p.reason,
      p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    d.source = 'News Corpus';
    return d;
  }
}
