import type { Attributes, IFrame, Tag } from 'sanitize-html';
import { isAdLink, isAdOrTrackerImage, isAffiliateLink, isHiddenImage } from './adsAndTrackers';
import { isBoilerplateElement, isUnwrappedLink } from './boilerplate';
import { httpUrl } from './urlPolicy';

/**
 * Attribute marking an element (turned into a `<span>`) for `removeMarked`: `drop` removes it with its
 * content, `unwrap` keeps only its content. Marking an allowed element rather than renaming it to a
 * disallowed tag matters: sanitize-html 2.17 leaves a renamed-then-discarded tag's name behind and
 * closes the next element at the same depth with it.
 */
export const CLEAN_MARKER = 'data-nc-clean';

/** Heading levels moved down one, so the article title stays the page's only `<h1>`. */
const HEADING_LEVELS: Readonly<Record<string, string>> = { h1: 'h2', h2: 'h3' };

/** Fresh objects each time: sanitize-html edits the attributes it is given. */
const drop = (): Tag => ({ tagName: 'span', attribs: { [CLEAN_MARKER]: 'drop' } });
const unwrap = (): Tag => ({ tagName: 'span', attribs: { [CLEAN_MARKER]: 'unwrap' } });

/**
 * Decides, for each element as the sanitizer meets it (raw attributes), whether it is boilerplate,
 * an ad or a tracker (dropped), a link to unwrap, or kept with its URL attributes checked;
 * renames headings and turns a video into its poster image.
 */
export function transformElement(tagName: string, attribs: Attributes): Tag {
  if (isBoilerplateElement(tagName, attribs)) return drop();
  switch (tagName) {
    case 'a':
      return transformLink(attribs);
    case 'img':
      return transformImage(attribs);
    case 'video':
      return drop(); // one with a usable poster was made an image by `transformVideo`, which runs first
    default:
      if (CLEAN_MARKER in attribs) delete attribs[CLEAN_MARKER]; // a source cannot mark its own elements
      return { tagName: HEADING_LEVELS[tagName] ?? tagName, attribs };
  }
}

/** sanitize-html's `exclusiveFilter`: carries out the marks `transformElement` made. */
export function removeMarked(frame: IFrame): boolean | 'excludeTag' {
  const marker = frame.attribs[CLEAN_MARKER];
  if (marker === 'drop') return true;
  return marker === 'unwrap' ? 'excludeTag' : false;
}

function transformLink(attribs: Attributes): Tag {
  const href = httpUrl(attribs.href);
  if (href && isAdLink(href)) return drop();
  if (!href || isAffiliateLink(href) || isUnwrappedLink(attribs)) return unwrap();
  return { tagName: 'a', attribs: { href, rel: 'noopener noreferrer' } };
}

function transformImage(attribs: Attributes): Tag {
  const src = httpUrl(attribs.src);
  if (!src || isHiddenImage(attribs) || isAdOrTrackerImage(src, attribs.width, attribs.height)) return drop();
  const kept: Attributes = { src };
  if (attribs.alt) kept.alt = attribs.alt;
  if (attribs.title) kept.title = attribs.title;
  const width = pixelSize(attribs.width);
  const height = pixelSize(attribs.height);
  if (width) kept.width = width;
  if (height) kept.height = height;
  return { tagName: 'img', attribs: kept };
}

/**
 * The sanitizer's transform for `video`, run before `transformElement`: a video becomes its poster
 * image (its fallback text emptied); without a usable poster it is left as it is, for
 * `transformElement` to drop with its fallback text. (Dropped here, its marked span would reach
 * `transformElement` as a source's own mark, which it removes.)
 */
export function transformVideo(tagName: string, attribs: Attributes): Tag {
  const poster = httpUrl(attribs.poster);
  if (!poster || isAdOrTrackerImage(poster)) return { tagName, attribs };
  return { tagName: 'img', attribs: { src: poster }, text: '' };
}

/** `600` or `600px` as `600`; percentages and other values are left out. */
function pixelSize(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^\s*(\d{1,5})\s*(?:px)?\s*$/i.exec(value);
  return m ? m[1] : undefined;
}
