/**
 * The article webview's own script: link clicks go to the host, images load on request,
 * search hits can be stepped through. It runs under a nonce CSP; article HTML never carries script.
 */
import type { ArticleViewState, HostToWebview, WebviewToHost } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): ArticleViewState | undefined;
  setState(state: ArticleViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const pageState = readJson<ArticleViewState>(document.body.dataset.state) ?? { articleId: '' };
const savedState = vscode.getState();
const state: ArticleViewState = { ...pageState, scrollY: savedState?.articleId === pageState.articleId ? savedState.scrollY : undefined };
vscode.setState(state);

function readJson<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function saveState(patch: Partial<ArticleViewState>): void {
  Object.assign(state, patch);
  vscode.setState(state);
  vscode.postMessage({ type: 'stateChanged', state });
}

// Links: never followed by the webview itself.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const action = target?.closest<HTMLElement>('[data-nc-action]');
  if (action) {
    event.preventDefault();
    runAction(action.dataset.ncAction ?? '', action);
    return;
  }
  const link = target?.closest('a');
  if (link) {
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) vscode.postMessage({ type: 'openLink', href });
  }
});

function runAction(action: string, element: HTMLElement): void {
  switch (action) {
    case 'load-images':
      vscode.postMessage({ type: 'loadImages' });
      break;
    case 'next-hit':
      showHit(currentHit + 1);
      break;
    case 'prev-hit':
      showHit(currentHit - 1);
      break;
    case 'open-article': {
      const articleId = element.dataset.articleId;
      if (articleId) vscode.postMessage({ type: 'openArticle', articleId, offset: numberOrUndefined(element.dataset.offset) });
      break;
    }
    case 'show-entity': {
      const entityId = element.dataset.entityId;
      if (entityId) vscode.postMessage({ type: 'showEntity', entityId });
      break;
    }
  }
}

function numberOrUndefined(text: string | undefined): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) ? n : undefined;
}

// Search hits: <mark class="nc-hit" data-hit="N">, one hit may be split over several marks.
const hitGroups = groupHits();
let currentHit = -1;

function groupHits(): HTMLElement[][] {
  const groups = new Map<string, HTMLElement[]>();
  for (const el of document.querySelectorAll<HTMLElement>('mark.nc-hit')) {
    const key = el.dataset.hit ?? String(groups.size);
    const list = groups.get(key) ?? [];
    list.push(el);
    groups.set(key, list);
  }
  return [...groups.values()];
}

function showHit(index: number): void {
  if (!hitGroups.length) return;
  const next = ((index % hitGroups.length) + hitGroups.length) % hitGroups.length;
  for (const el of hitGroups[currentHit] ?? []) el.classList.remove('nc-current');
  currentHit = next;
  const group = hitGroups[currentHit];
  for (const el of group) el.classList.add('nc-current');
  group[0].scrollIntoView({ block: 'center' });
  const count = document.querySelector('.nc-hitcount');
  if (count) count.textContent = `${currentHit + 1} / ${hitGroups.length}`;
  saveState({ hitIndex: currentHit });
}

/** Scrolls to the first marked element whose range holds `offset`, or the nearest after it. */
function revealOffset(offset: number): void {
  const marked = [...document.querySelectorAll<HTMLElement>('[data-start]')];
  const hit = marked.find((el) => Number(el.dataset.start) <= offset && offset < Number(el.dataset.end)) ?? marked.find((el) => Number(el.dataset.start) >= offset);
  if (!hit) return;
  hit.scrollIntoView({ block: 'center' });
  hit.classList.add('nc-flash');
  setTimeout(() => hit.classList.remove('nc-flash'), 1600);
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const m = event.data;
  if (m.type === 'revealHit') showHit(m.index);
  else if (m.type === 'revealOffset') revealOffset(m.offset);
});

if (hitGroups.length) {
  const nav = document.querySelector<HTMLElement>('.nc-hitnav');
  if (nav) nav.hidden = false;
  showHit(state.hitIndex ?? 0);
} else if (state.revealOffset !== undefined) {
  revealOffset(state.revealOffset);
} else if (state.scrollY) {
  window.scrollTo(0, state.scrollY);
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    state.scrollY = window.scrollY;
    vscode.setState(state);
  }, 200);
});

vscode.postMessage({ type: 'ready', state });
