import * as vscode from 'vscode';
import { escapeAttr, escapeHtml } from '../../core/render/escape';
import type { ArticleViewState } from '../../webview/protocol';

export interface ArticlePageInput {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  /** The article container's inner HTML (from `renderArticleView`). */
  containerHtml: string;
  title: string;
  state: ArticleViewState;
  /** Whether `https:` images may load in this page. */
  imagesAllowed: boolean;
  blockedImages: number;
  /** Extra JSON data for the webview script (entity cards), embedded in a `data-*` attribute. */
  data?: unknown;
}

/**
 * The webview page around an article: a strict Content-Security-Policy (nothing but our nonce'd
 * script and our stylesheet; `https:` images only when allowed), state as JSON in `data-state`.
 */
export function renderArticlePage(input: ArticlePageInput): string {
  const { webview, extensionUri } = input;
  const nonce = makeNonce();
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'article.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'article.js'));
  const imgSrc = input.imagesAllowed ? `${webview.cspSource} https:` : webview.cspSource;
  const csp = [
    "default-src 'none'",
    `img-src ${imgSrc}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "media-src 'none'",
    "frame-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const toolbar: string[] = [];
  if (input.blockedImages > 0) {
    toolbar.push(
      `<button type="button" class="nc-button" data-nc-action="load-images">${escapeHtml(vscode.l10n.t('Load {0} images for this article', input.blockedImages))}</button>`,
    );
  }
  toolbar.push(
    `<span class="nc-hitnav" hidden><button type="button" class="nc-button" data-nc-action="prev-hit" title="${escapeAttr(vscode.l10n.t('Previous hit'))}" aria-label="${escapeAttr(vscode.l10n.t('Previous hit'))}">↑</button>` +
      `<span class="nc-hitcount" aria-live="polite"></span>` +
      `<button type="button" class="nc-button" data-nc-action="next-hit" title="${escapeAttr(vscode.l10n.t('Next hit'))}" aria-label="${escapeAttr(vscode.l10n.t('Next hit'))}">↓</button></span>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(css.toString())}">
<title>${escapeHtml(input.title)}</title>
</head>
<body data-state="${escapeAttr(JSON.stringify(input.state))}" data-nc="${escapeAttr(JSON.stringify(input.data ?? {}))}">
<div class="nc-toolbar" role="toolbar">${toolbar.join('')}</div>
<main id="nc-article" class="nc-article">${input.containerHtml}</main>
<script nonce="${nonce}" src="${escapeAttr(js.toString())}"></script>
</body>
</html>`;
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  for (const b of bytes) nonce += chars[b % chars.length];
  return nonce;
}
