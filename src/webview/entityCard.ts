import type { ArticlePageData, EntityCardData } from './protocol';
import type { VsCodeApi } from './vscodeApi';

const HIDE_DELAY_MS = 250;

/**
 * Hover cards for marked people and organizations. A card opens after a short delay when the pointer
 * rests on a mark, or at once when a focused mark gets Enter or Space; it sits beside the word (below
 * it, never over it), holds links to the other articles, and closes on Escape or when left.
 */
export class EntityCards {
  private readonly card: HTMLElement;
  private openFor: HTMLElement | undefined;
  private showTimer: number | undefined;
  private hideTimer: number | undefined;

  constructor(
    private readonly data: ArticlePageData,
    private readonly api: VsCodeApi,
  ) {
    this.card = document.createElement('div');
    this.card.className = 'nc-card';
    this.card.setAttribute('role', 'dialog');
    this.card.tabIndex = -1;
    this.card.hidden = true;
    document.body.appendChild(this.card);
    this.card.addEventListener('mouseenter', () => clearTimeout(this.hideTimer));
    this.card.addEventListener('mouseleave', () => this.scheduleHide());
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close(true);
    });
    document.addEventListener('mouseover', (e) => {
      const mark = markOf(e.target);
      if (mark) this.scheduleShow(mark);
    });
    document.addEventListener('mouseout', (e) => {
      const mark = markOf(e.target);
      if (mark && !mark.contains(e.relatedTarget as Node | null)) {
        clearTimeout(this.showTimer);
        this.scheduleHide();
      }
    });
    document.addEventListener('keydown', (e) => {
      const mark = markOf(e.target);
      if (mark && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this.show(mark);
        (this.card.querySelector<HTMLElement>('a, button') ?? this.card).focus();
      } else if (e.key === 'Escape' && !this.card.hidden) {
        this.close(true);
      }
    });
    window.addEventListener('scroll', () => this.position(), { passive: true });
  }

  private scheduleShow(mark: HTMLElement): void {
    clearTimeout(this.hideTimer);
    clearTimeout(this.showTimer);
    if (this.openFor === mark && !this.card.hidden) return;
    this.showTimer = window.setTimeout(() => this.show(mark), this.data.hoverDelay ?? 300);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.close(false), HIDE_DELAY_MS);
  }

  show(mark: HTMLElement): void {
    const entity = this.data.entities?.[mark.dataset.entity ?? ''];
    if (!entity) return;
    this.fill(entity);
    this.openFor?.removeAttribute('aria-expanded');
    this.openFor = mark;
    mark.setAttribute('aria-expanded', 'true');
    this.card.hidden = false;
    this.position();
  }

  close(returnFocus: boolean): void {
    if (this.card.hidden) return;
    this.card.hidden = true;
    const mark = this.openFor;
    mark?.removeAttribute('aria-expanded');
    this.openFor = undefined;
    if (returnFocus) mark?.focus();
  }

  /** Below the word, left-aligned with it, kept inside the window; above it when there is no room below. */
  private position(): void {
    if (!this.openFor || this.card.hidden) return;
    const rect = this.openFor.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    this.card.style.width = `${width}px`;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const height = this.card.offsetHeight;
    const below = rect.bottom + 6;
    const top = below + height > window.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
    this.card.style.left = `${left + window.scrollX}px`;
    this.card.style.top = `${top + window.scrollY}px`;
  }

  private fill(entity: EntityCardData): void {
    const labels = this.data.labels;
    this.card.replaceChildren();
    this.card.setAttribute('aria-label', entity.name);
    const head = el('div', 'nc-card-head');
    head.append(el('strong', 'nc-card-name', entity.name));
    head.append(el('span', `nc-card-type nc-card-${entity.type}`, entity.type === 'person' ? labels?.person ?? 'Person' : labels?.org ?? 'Organization'));
    this.card.append(head);
    if (entity.english) this.card.append(el('div', 'nc-card-english', entity.english));
    if (entity.description) this.card.append(el('div', 'nc-card-description', entity.description));
    if (entity.aliases.length) {
      const aliases = el('div', 'nc-card-aliases');
      aliases.append(el('span', 'nc-card-label', `${labels?.alsoKnownAs ?? 'Also written'}: `));
      aliases.append(document.createTextNode(entity.aliases.join(' · ')));
      this.card.append(aliases);
    }
    const where = el('div', 'nc-card-where');
    if (entity.articleCount <= 1) {
      where.append(el('span', 'nc-card-label', labels?.onlyHere ?? 'Only in this article'));
    } else {
      where.append(el('span', 'nc-card-label', (labels?.appearsIn ?? 'In {0} articles').replace('{0}', String(entity.articleCount))));
      const list = el('ul', 'nc-card-articles');
      for (const a of entity.elsewhere) {
        const item = document.createElement('li');
        const link = el('a', 'nc-card-article', a.title);
        link.setAttribute('href', '#');
        link.dataset.ncAction = 'open-article';
        link.dataset.articleId = a.articleId;
        link.dataset.offset = String(a.offset);
        item.append(link, el('span', 'nc-card-meta', ` ${a.outlet} · ${a.date}`));
        list.append(item);
      }
      where.append(list);
      const all = el('button', 'nc-button nc-card-all', labels?.showAll ?? 'Show all');
      all.setAttribute('type', 'button');
      all.dataset.ncAction = 'show-entity';
      all.dataset.entityId = entity.id;
      where.append(all);
    }
    this.card.append(where);
  }
}

function markOf(target: EventTarget | null): HTMLElement | undefined {
  return target instanceof Element ? (target.closest<HTMLElement>('.nc-entity[data-entity]') ?? undefined) : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
