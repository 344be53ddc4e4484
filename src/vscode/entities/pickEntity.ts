import * as vscode from 'vscode';
import type { Entity } from '../../core/entities';
import type { CorpusService } from '../corpusService';

interface EntityItem extends vscode.QuickPickItem {
  entity: Entity;
}

/** The entity a command was invoked on (tree node or id), or one the user picks. */
export async function entityArgumentOrPick(service: CorpusService, arg: unknown, placeHolder: string, exclude?: string): Promise<Entity | undefined> {
  const graph = service.entities;
  const id = typeof arg === 'string' ? arg : arg && typeof arg === 'object' && 'entityId' in arg ? String((arg as { entityId: unknown }).entityId) : undefined;
  if (id) return graph.entity(id);
  const items: EntityItem[] = [...graph.entities]
    .filter((e) => e.id !== exclude)
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((e) => ({
      label: `$(${e.type === 'person' ? 'person' : 'organization'}) ${e.name}`,
      description: `${e.english ?? ''} · ${vscode.l10n.t('{0} articles', e.mentions.length)}`,
      detail: e.aliases.join(' · '),
      entity: e,
    }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.entity;
}
