import type { ArticleViewState, WebviewToHost } from './protocol';

/** The part of the webview API this script uses. */
export interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): ArticleViewState | undefined;
  setState(state: ArticleViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The webview API; `acquireVsCodeApi` may be called only once per page. */
export const vscodeApi: VsCodeApi = acquireVsCodeApi();

/** Parses JSON embedded in a `data-*` attribute; undefined when absent or malformed. */
export function readJson<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
