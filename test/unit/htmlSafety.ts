import { type ChildNode, isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * The structural safety checks shared by the hostile-input and property tests: what HTML shown in
 * the webview (cleaned or rendered) must never contain, as a list of human-readable violations.
 */

/** Elements that run code, load resources, submit data or re-parse their content. */
export const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'style', 'link', 'meta', 'base', 'form',
  'input', 'button', 'select', 'textarea', 'svg', 'math', 'noscript', 'template', 'xmp', 'plaintext', 'noembed',
  'noframes', 'title', 'video', 'audio', 'source', 'picture', 'image', 'portal', 'isindex', 'keygen',
]);

/** Attributes holding a URL the webview might load or navigate to (including the blocked-image placeholder's). */
export const URL_ATTRIBUTES: readonly string[] = [
  'href', 'src', 'poster', 'action', 'formaction', 'data', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'xlink:href', 'data-nc-src',
];

const HTTP_URL = /^https?:\/\/[^/?#\\]/i;

/** An absolute http(s) URL that a browser's URL parser accepts. */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value) && URL.canParse(value);
}

/** Host used by the fixtures for every tracking pixel and beacon. */
export const TRACKER_HOST = 'tracker.invalid';

export interface SafetyOptions {
  /**
   * Also require that no URL points at `TRACKER_HOST` (default true). Pixel detection relies on what
   * the source declares (size, hiding style), so it only holds for intact fixtures, not random mutations.
   */
  trackers?: boolean;
}

/** Every way `html` breaks the rules; empty when it is safe to show. */
export function safetyViolations(html: string, options: SafetyOptions = {}): string[] {
  const checkTrackers = options.trackers ?? true;
  const violations: string[] = [];
  const visit = (node: ChildNode): void => {
    if (!isTag(node)) return;
    const where = `<${node.name}>`;
    if (FORBIDDEN_ELEMENTS.has(node.name)) violations.push(`forbidden element ${where}`);
    for (const [name, value] of Object.entries(node.attribs)) {
      if (/^on/i.test(name)) violations.push(`event handler ${name} on ${where}`);
      if (name === 'style') violations.push(`style attribute on ${where}`);
      if (name === 'srcset' || name === 'imagesrcset') violations.push(`${name} on ${where}`);
      if (URL_ATTRIBUTES.includes(name) && !isHttpUrl(value)) violations.push(`non-http(s) ${name}="${value}" on ${where}`);
      if (checkTrackers && URL_ATTRIBUTES.includes(name) && value.toLowerCase().includes(TRACKER_HOST)) violations.push(`tracker URL ${name}="${value}" on ${where}`);
    }
    for (const child of node.children) visit(child);
  };
  for (const child of parseDocument(html).children) visit(child);
  return violations;
}
