// Stage 1: raw input -> the normalised text every offset indexes into, plus its title.
import { convert } from 'html-to-text';
import type { NormalisedArticle } from './types.ts';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));
const skip = (selectors: readonly string[]) => selectors.map((selector) => ({ selector, format: 'skip' }));
// A page's furniture, never its story: menus, teasers of other stories, forms, footers, and the
// byline (its writer is no actor in the story).
const PAGE_FURNITURE = [
  'nav', 'aside', 'footer', 'form', 'noscript', 'button', 'img', '[role=navigation]', '[role=complementary]',
  '[class*=byline]', '[itemprop=author]', '[rel=author]',
];
/** Where a page keeps its story, best first; the whole body when it names none. */
const STORY_CONTAINERS = ['article', 'main', '[role=main]'];

// A tag that only HTML uses; plain articles may contain "<" in prose ("a < b") but not these.
const HTML_TAG = /<(?:!doctype|html|head|body|p|div|br|h[1-6]|article|section|span|a|li|ul|ol|table|strong|em|b|i)\b[^>]*>/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/**
 * HTML to article text: block elements become lines and paragraphs (the headline stays the
 * first line), entities are decoded, scripts, images and link targets are dropped. A scraped
 * page is read from its first <article> (else <main>), without menus, asides and footers: their
 * teasers of other stories ("Poland expels Russian spy") would otherwise become this article's
 * edges, and its menu its title.
 */
export function htmlToText(html: string): string {
  const common = { wordwrap: false as const, selectors: [{ selector: 'a', options: { ignoreHref: true } }, ...headings] };
  for (const container of STORY_CONTAINERS) {
    const story = convert(html, {
      ...common,
      selectors: [...common.selectors, ...skip(PAGE_FURNITURE)],
      baseElements: { selectors: [container], returnDomByDefault: false },
      limits: { maxBaseElements: 1 },
    });
    if (story.trim() !== '') return story;
  }
  // No container: the body, less the page's own header too (a site banner before the headline).
  return convert(html, { ...common, selectors: [...common.selectors, ...skip([...PAGE_FURNITURE, 'body > header'])] });
}

function lineAt(text: string, from: number): { start: number; end: number } | undefined {
  let start = from;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (text.slice(start, stop).trim() !== '') return { start, end: stop };
    start = stop + 1;
  }
  return undefined;
}

function squash(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function normaliseArticle(raw: string): NormalisedArticle {
  let text = raw.replace(/^\uFEFF/, '');
  if (looksLikeHtml(text)) text = htmlToText(text);
  // No-break spaces become plain ones (same length, so offsets hold) so that words split on them.
  text = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const titleLine = lineAt(text, 0);
  if (!titleLine) return { text, title: '', titleStart: 0, titleEnd: 0, bodyStart: text.length };
  const title = text.slice(titleLine.start, titleLine.end).trim();
  const titleStart = titleLine.start + text.slice(titleLine.start, titleLine.end).indexOf(title);
  const titleEnd = titleStart + title.length;
  let bodyStart = titleLine.end;
  // Some feeds repeat the headline as the first paragraph; reading it twice would double every
  // relation it states.
  const next = lineAt(text, titleLine.end);
  if (next && squash(text.slice(next.start, next.end)) === squash(title)) bodyStart = next.end;
  return { text, title, titleStart, titleEnd, bodyStart };
}
