import { codeAt } from './chars';

/** Words that say what kind of outlet an organization is, not which one: 澎湃影像平台 is the platform 澎湃影像. */
const OUTLET_KINDS = ['客户端', '公众号', '平台', '网站', '官网', '频道'];

/** The name without a trailing outlet kind (新华社客户端 → 新华社), when at least two characters remain. */
export function withoutOutletKind(surface: string): string | undefined {
  for (const kind of OUTLET_KINDS) {
    if (surface.endsWith(kind) && surface.length - kind.length >= 2) return surface.slice(0, surface.length - kind.length);
  }
  return undefined;
}

/** Length of the outlet kind ending `text.slice(start, end)` (see `withoutOutletKind`), or 0; without slicing. */
export function outletKindLength(text: string, start: number, end: number): number {
  for (const kind of OUTLET_KINDS) {
    if (end - start - kind.length < 2) continue;
    let matches = true;
    for (let k = 0; k < kind.length && matches; k++) matches = codeAt(text, end - kind.length + k) === kind.charCodeAt(k);
    if (matches) return kind.length;
  }
  return 0;
}
