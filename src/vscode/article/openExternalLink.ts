import * as vscode from 'vscode';

/**
 * Opens a link from an article in the user's browser: only `http:` and `https:`, and only after the user
 * has seen the full address and agreed. Anything else is refused with a message.
 */
export async function openExternalLink(href: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('Not a valid link: {0}', href.slice(0, 200)));
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Links of type {0} are not opened.', url.protocol));
    return false;
  }
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Open this address in your browser?'), { modal: true, detail: url.href }, open);
  if (choice !== open) return false;
  return vscode.env.openExternal(vscode.Uri.parse(url.href, true));
}
