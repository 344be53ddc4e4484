import type { IOptions } from 'sanitize-html';
import { CLEAN_MARKER, removeMarked, transformElement, transformVideo } from './transformElement';

/**
 * The sanitizer's allowlist: everything not listed here is removed. Disallowed elements are replaced
 * by their content, except those in `DROPPED_WITH_CONTENT`. URL attributes must be absolute http(s)
 * (checked in `transformElement`, then again by sanitize-html's scheme list).
 */

/** Elements kept (after `transformElement` renamed h1/h2 to h2/h3 and video to img). */
export const ALLOWED_TAGS: readonly string[] = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote', 'q',
  'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'br', 'hr', 'pre', 'code', 'small', 'span', 'div',
];

/** Attributes kept, per element; no element keeps style, class, id, data-* or on* attributes. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, string[]>> = {
  a: ['href', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  span: [CLEAN_MARKER], // only ever on elements `removeMarked` removes
};

/** Elements removed together with everything inside them. */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'svg', 'math', 'canvas', 'audio', 'video', 'head', 'title',
  'meta', 'link', 'base', 'xmp', 'plaintext', 'noembed',
];

/** sanitize-html options built from the lists above. */
export const SANITIZE_OPTIONS: IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { ...ALLOWED_ATTRIBUTES },
  nonTextTags: [...DROPPED_WITH_CONTENT],
  disallowedTagsMode: 'discard',
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowVulnerableTags: false,
  enforceHtmlBoundary: false,
  nestingLimit: 64,
  // `video` has its own entry: only per-tag transforms can empty an element's text (its fallback).
  transformTags: { video: transformVideo, '*': transformElement },
  exclusiveFilter: removeMarked,
};
