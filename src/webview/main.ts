/**
 * The article webview's own script: link clicks go to the host, images load on request, search hits
 * can be stepped through, people and organizations open hover cards. It runs under a nonce CSP;
 * article HTML never carries script.
 */
import { EntityCards } from './entityCard';
import { HitNavigation, revealOffset } from './hitNavigation';
import type { ArticlePageData, ArticleViewState, HostToWebview } from './protocol';
import { readJson, vscodeApi } from './vscodeApi';

const pageState = readJson<ArticleViewState>(document.body.dataset.state) ?? { articleId: '' };
const savedState = vscodeApi.getState();
const state: ArticleViewState = { ...pageState, scrollY: savedState?.articleId === pageState.articleId ? savedState.scrollY : undefined };
vscodeApi.setState(state);
const pageData = readJson<ArticlePageData>(document.body.dataset.nc) ?? {};

function saveState(patch: Partial<ArticleViewState>): void {
  Object.assign(state, patch);
  vscodeApi.setState(state);
  vscodeApi.postMessage({ type: 'stateChanged', state });
}

// Blocked images say what they are (their alt text, else a label) instead of showing an empty box.
for (const placeholder of document.querySelectorAll<HTMLElement>('.nc-image-blocked')) {
  const alt = placeholder.getAttribute('aria-label') ?? '';
  placeholder.textContent = alt || (pageData.labels?.imageBlocked ?? 'Image not loaded');
  if (!alt) placeholder.setAttribute('aria-label', placeholder.textContent);
}

const hits = new HitNavigation(document, (index) => saveState({ hitIndex: index }));
new EntityCards(pageData, vscodeApi);

// Clicks: actions of our own, and links, which the webview never follows itself.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const action = target?.closest<HTMLElement>('[data-nc-action]');
  if (action) {
    event.preventDefault();
    runAction(action);
    return;
  }
  const link = target?.closest('a');
  if (link) {
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) vscodeApi.postMessage({ type: 'openLink', href });
  }
});

function runAction(element: HTMLElement): void {
  switch (element.dataset.ncAction) {
    case 'load-images':
      vscodeApi.postMessage({ type: 'loadImages' });
      break;
    case 'next-hit':
      hits.show(hits.index + 1);
      break;
    case 'prev-hit':
      hits.show(hits.index - 1);
      break;
    case 'open-article': {
      const articleId = element.dataset.articleId;
      const offset = Number(element.dataset.offset);
      if (articleId) vscodeApi.postMessage({ type: 'openArticle', articleId, offset: Number.isFinite(offset) ? offset : undefined });
      break;
    }
    case 'show-entity': {
      const entityId = element.dataset.entityId;
      if (entityId) vscodeApi.postMessage({ type: 'showEntity', entityId });
      break;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const m = event.data;
  if (m.type === 'revealHit') hits.show(m.index);
  else if (m.type === 'revealOffset') revealOffset(m.offset);
});

if (hits.count) {
  const nav = document.querySelector<HTMLElement>('.nc-hitnav');
  if (nav) nav.hidden = false;
  hits.show(state.hitIndex ?? 0);
} else if (state.revealOffset !== undefined) {
  revealOffset(state.revealOffset);
} else if (state.scrollY) {
  window.scrollTo(0, state.scrollY);
}

let scrollTimer: number | undefined;
window.addEventListener(
  'scroll',
  () => {
    clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => {
      state.scrollY = window.scrollY;
      vscodeApi.setState(state);
    }, 200);
  },
  { passive: true },
);

vscodeApi.postMessage({ type: 'ready', state });
