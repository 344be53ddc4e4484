/**
 * Search hits in the article: `<mark class="nc-hit" data-hit="N">` (one hit may be split over several
 * marks). Steps through them, marks the current one and keeps the "n / m" counter.
 */
export class HitNavigation {
  private readonly groups: HTMLElement[][];
  private current = -1;

  constructor(
    root: ParentNode,
    private readonly onChange: (index: number) => void,
  ) {
    const byKey = new Map<string, HTMLElement[]>();
    for (const el of root.querySelectorAll<HTMLElement>('mark.nc-hit')) {
      const key = el.dataset.hit ?? String(byKey.size);
      const list = byKey.get(key) ?? [];
      list.push(el);
      byKey.set(key, list);
    }
    this.groups = [...byKey.values()];
  }

  get count(): number {
    return this.groups.length;
  }

  get index(): number {
    return this.current;
  }

  show(index: number): void {
    if (!this.groups.length) return;
    const next = ((index % this.groups.length) + this.groups.length) % this.groups.length;
    for (const el of this.groups[this.current] ?? []) el.classList.remove('nc-current');
    this.current = next;
    const group = this.groups[next];
    for (const el of group) el.classList.add('nc-current');
    group[0].scrollIntoView({ block: 'center' });
    const counter = document.querySelector('.nc-hitcount');
    if (counter) counter.textContent = `${next + 1} / ${this.groups.length}`;
    this.onChange(next);
  }
}

/** Scrolls to the first marked element whose range holds `offset`, or the nearest after it, and flashes it. */
export function revealOffset(offset: number): void {
  const marked = [...document.querySelectorAll<HTMLElement>('[data-start]')];
  const target =
    marked.find((el) => Number(el.dataset.start) <= offset && offset < Number(el.dataset.end)) ?? marked.find((el) => Number(el.dataset.start) >= offset);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('nc-flash');
  setTimeout(() => target.classList.remove('nc-flash'), 1600);
}
