/**
 * The one URL rule of clean HTML: only absolute http(s) URLs survive. As the URL standard does, control
 * characters and spaces around the value are trimmed and tabs and newlines inside it removed before the
 * scheme is checked, so `jav&#x09;ascript:` (decoded by the parser) is seen as the `javascript:` it is.
 */
const EDGE_CONTROLS_AND_SPACES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TABS_AND_NEWLINES = /[\t\n\r]/g;
const HTTP_URL = /^https?:\/\/[^/?#\\]/i;

/**
 * The URL if it is an absolute http(s) URL (as a browser would read it), else undefined. The scheme is
 * checked by pattern, the rest by the WHATWG URL parser browsers use (a host with spaces or control
 * characters is no URL at all).
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = value.replace(EDGE_CONTROLS_AND_SPACES, '').replace(TABS_AND_NEWLINES, '');
  return HTTP_URL.test(url) && URL.canParse(url) ? url : undefined;
}

/** Lower-case host of an http(s) URL without `www.`, or '' when it has none. */
export function hostOf(url: string): string {
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url);
  return m ? m[1].toLowerCase().replace(/^www\./, '') : '';
}

/** Whether a host is `domain` or a subdomain of it. */
export function hostIsUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}
