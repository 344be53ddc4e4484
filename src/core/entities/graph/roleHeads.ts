/** The job title at the end of an apposition (美国副国务卿 → 副国务卿), with synonyms folded (外交部长 → 外长). */

import { MAX_ROLE_LENGTH, ROLES } from '../lexicon/roles';

const SYNONYMS: Record<string, string> = { 外交部长: '外长', 外交大臣: '外长', 外相: '外长', 国防部长: '防长', 国防大臣: '防长', 防卫大臣: '防长', 新闻发言人: '发言人', 女发言人: '发言人' };

const headCache = new Map<string, string | null>();
const MAX_CACHED_ROLES = 50_000;

/** Title at the end of `role`, or undefined. Cached by role text. */
export function roleHead(role: string): string | undefined {
  let head = headCache.get(role);
  if (head === undefined) {
    head = findRoleHead(role) ?? null;
    if (headCache.size >= MAX_CACHED_ROLES) headCache.clear();
    headCache.set(role, head);
  }
  return head ?? undefined;
}

function findRoleHead(role: string): string | undefined {
  for (let length = Math.min(MAX_ROLE_LENGTH, role.length); length > 0; length--) {
    const tail = role.slice(role.length - length);
    if (ROLES.has(tail)) return SYNONYMS[tail] ?? tail;
  }
  return undefined;
}

/** Whether two sets of titles could describe one person: some pair is equal or one ends with the other. */
export function roleHeadsCompatible(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) for (const y of b) if (x === y || x.endsWith(y) || y.endsWith(x)) return true;
  return false;
}
