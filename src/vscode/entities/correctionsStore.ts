import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EntityCorrections } from '../../core/entities';

export const CORRECTIONS_FILE = path.join('.vscode', 'news-corpus-entities.json');
const STATE_KEY = 'newsCorpus.entityCorrections';

/** An empty set of corrections. */
export function noCorrections(): EntityCorrections {
  return { merge: [], split: [], notEntity: [] };
}

/**
 * The user's entity corrections, kept in the workspace's `.vscode/news-corpus-entities.json`. The
 * extension never writes into a corpus folder: when that file would lie inside one, the corrections
 * are kept in the workspace state instead.
 */
export class CorrectionsStore implements vscode.Disposable {
  private current: EntityCorrections = noCorrections();
  private readonly changed = new vscode.EventEmitter<EntityCorrections>();
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher | undefined;
  private writing = false;

  constructor(
    private readonly workspaceState: vscode.Memento,
    private readonly corpusFolders: () => readonly string[],
    private readonly output: vscode.LogOutputChannel,
  ) {
    const file = this.fileUri();
    if (file) {
      this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file.fsPath)), path.basename(file.fsPath)));
      const reload = () => {
        if (!this.writing) void this.load();
      };
      this.watcher.onDidChange(reload);
      this.watcher.onDidCreate(reload);
      this.watcher.onDidDelete(reload);
    }
  }

  get corrections(): EntityCorrections {
    return this.current;
  }

  /** Reads the corrections file (or the workspace state) and tells listeners. */
  async load(): Promise<EntityCorrections> {
    const file = this.writableFile();
    let loaded: EntityCorrections = noCorrections();
    if (file) {
      try {
        const bytes = await vscode.workspace.fs.readFile(file);
        loaded = parseCorrections(new TextDecoder().decode(bytes));
      } catch (error) {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
          this.output.warn(`${file.fsPath}: cannot be read as entity corrections (${error instanceof Error ? error.message : String(error)}); ignored`);
        }
      }
    } else {
      loaded = parseCorrections(JSON.stringify(this.workspaceState.get(STATE_KEY) ?? {}));
    }
    this.current = loaded;
    this.changed.fire(loaded);
    return loaded;
  }

  /** Applies a change and saves it. */
  async update(change: (c: EntityCorrections) => void): Promise<void> {
    const next: EntityCorrections = JSON.parse(JSON.stringify(this.current)) as EntityCorrections;
    change(next);
    this.current = next;
    const file = this.writableFile();
    if (file) {
      this.writing = true;
      try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(file.fsPath)));
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(next, null, 2) + '\n'));
      } finally {
        setTimeout(() => (this.writing = false), 500);
      }
    } else {
      await this.workspaceState.update(STATE_KEY, next);
    }
    this.changed.fire(next);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }

  /** Where the corrections file would be: the first workspace folder's `.vscode/`. */
  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    return folder ? vscode.Uri.file(path.join(folder.uri.fsPath, CORRECTIONS_FILE)) : undefined;
  }

  /** The file, unless it lies inside a corpus folder (which is never written to). */
  private writableFile(): vscode.Uri | undefined {
    const file = this.fileUri();
    if (!file) return undefined;
    const inside = this.corpusFolders().some((root) => file.fsPath.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
    return inside ? undefined : file;
  }
}

/** Reads corrections from JSON, keeping only well-formed entries. */
export function parseCorrections(text: string): EntityCorrections {
  const result = noCorrections();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return result;
  }
  if (!value || typeof value !== 'object') return result;
  const v = value as Record<string, unknown>;
  const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
  if (Array.isArray(v.merge)) for (const p of v.merge) if (Array.isArray(p) && p.length === 2 && isString(p[0]) && isString(p[1])) result.merge.push([p[0], p[1]]);
  if (Array.isArray(v.split))
    for (const s of v.split) {
      const o = s as Record<string, unknown>;
      if (o && isString(o.alias) && isString(o.from)) result.split.push({ alias: o.alias, from: o.from });
    }
  if (Array.isArray(v.notEntity)) for (const n of v.notEntity) if (isString(n)) result.notEntity.push(n);
  return result;
}
