import * as path from 'node:path';
import * as vscode from 'vscode';

export type RemoteImagesPolicy = 'never' | 'always';

/** The extension's settings, read in one place. */
export interface CorpusSettings {
  /** Corpus folders as written in the settings (relative to the first workspace folder, or absolute). */
  folders: string[];
  /** IANA time zone for grouping days; undefined means the machine's. */
  timeZone?: string;
  remoteImages: RemoteImagesPolicy;
  /** Largest file read as an article, in bytes. */
  maxFileBytes: number;
  /** Whether people and organizations are marked in articles. */
  entityMarks: boolean;
  /** Milliseconds before hovering a mark opens its card. */
  hoverDelay: number;
}

export const SECTION = 'newsCorpus';

export function readSettings(): CorpusSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const folders = c.get<string[]>('folders', ['seeds']).filter((f) => typeof f === 'string' && f.trim() !== '');
  const timeZone = c.get<string>('timeZone', '').trim() || undefined;
  const requested = c.get<RemoteImagesPolicy>('remoteImages', 'never');
  // Untrusted workspaces never load remote content, whatever the setting says.
  const remoteImages: RemoteImagesPolicy = vscode.workspace.isTrusted && requested === 'always' ? 'always' : 'never';
  const maxFileMb = c.get<number>('maxFileSizeMB', 5);
  return {
    folders: folders.length ? folders : ['seeds'],
    timeZone,
    remoteImages,
    maxFileBytes: Math.max(0.01, maxFileMb) * 1024 * 1024,
    entityMarks: c.get<boolean>('entities.marks', true),
    hoverDelay: Math.max(0, c.get<number>('entities.hoverDelay', 300)),
  };
}

/** Absolute corpus folders: relative entries resolve against each workspace folder that has them (first one otherwise). */
export function resolveCorpusFolders(settings: CorpusSettings): string[] {
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  const result = new Set<string>();
  for (const entry of settings.folders) {
    if (path.isAbsolute(entry)) {
      result.add(path.normalize(entry));
      continue;
    }
    for (const wf of workspaceFolders.length ? workspaceFolders : []) {
      if (wf.uri.scheme !== 'file') continue;
      result.add(path.join(wf.uri.fsPath, entry));
    }
  }
  return [...result];
}

/** Fires when a setting of this extension changes. */
export function onDidChangeSettings(listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener(e);
  });
}
