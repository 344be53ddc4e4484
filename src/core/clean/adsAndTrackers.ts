import { hostIsUnder, hostOf } from './urlPolicy';

/** Hosts whose links are ads or feed promotion: the link is dropped with what it wraps. */
const AD_LINK_HOSTS: readonly string[] = [
  'click.aliyun.com',
  'feedx.net',
  'feedx.top',
  'doubleclick.net',
  'googleadservices.com',
  'googlesyndication.com',
];

/** Affiliate redirectors wrapping ordinary words (cnBeta's 多麦 links): the text stays, the link goes. */
const AFFILIATE_LINK_HOSTS: readonly string[] = ['c.duomai.com', 'union.jd.com', 's.click.taobao.com'];

/** Hosts that serve tracking pixels or ad images. */
const TRACKER_IMAGE_HOSTS: readonly string[] = [
  'feedx.net',
  'feedx.top',
  'doubleclick.net',
  'google-analytics.com',
  'googlesyndication.com',
  'scorecardresearch.com',
  'feedburner.com',
  'feedsportal.com',
  'pixel.wp.com',
  'stats.wp.com',
];

/** Ad banners by path: mydrivers' 阿里云 (`ayun…`) banner. */
const AD_IMAGE_PATHS: readonly RegExp[] = [/^https?:\/\/icons\.mydrivers\.com\/.*\/ayun\d*\.(?:png|jpe?g|gif|webp)(?:[?#]|$)/i];

/** Whether a link (an http(s) URL) is an ad or feed promotion, to be dropped with its content. */
export function isAdLink(href: string): boolean {
  const host = hostOf(href);
  return AD_LINK_HOSTS.some((domain) => hostIsUnder(host, domain));
}

/** Whether a link is an affiliate redirect, to be replaced by its text. */
export function isAffiliateLink(href: string): boolean {
  const host = hostOf(href);
  return AFFILIATE_LINK_HOSTS.some((domain) => hostIsUnder(host, domain));
}

/**
 * Whether an image (an http(s) URL with its declared size) is a tracking pixel or an ad:
 * zero or one pixel wide or high, served by a tracker host, or a known ad banner.
 */
export function isAdOrTrackerImage(src: string, width?: string, height?: string): boolean {
  if (isPixelSize(width) || isPixelSize(height)) return true;
  const host = hostOf(src);
  if (TRACKER_IMAGE_HOSTS.some((domain) => hostIsUnder(host, domain))) return true;
  return AD_IMAGE_PATHS.some((pattern) => pattern.test(src));
}

/**
 * Inline style declarations that hide an image or shrink it to a pixel: `display:none`,
 * `visibility:hidden`, `opacity:0`, a width or height of 0 or 1 pixel.
 */
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)|(?:width|height)\s*:\s*[01](?:\.0*)?\s*(?:px)?)\s*(?:!\s*important\s*)?(?:;|$)/i;

/**
 * Whether an image (raw attributes, before sanitizing drops `style` and `hidden`) is hidden by its
 * source: a tracker's way of loading unseen. Shown after cleaning, it would become visible and load.
 */
export function isHiddenImage(attribs: Readonly<Record<string, string>>): boolean {
  return 'hidden' in attribs || HIDING_STYLE.test(attribs.style ?? '');
}

function isPixelSize(size: string | undefined): boolean {
  return size !== undefined && /^\s*[01](?:\.0*)?\s*(?:px)?\s*$/i.test(size);
}
