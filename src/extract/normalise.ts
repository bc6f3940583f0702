// Stage 1: raw input -> the normalised text every offset indexes into, plus its title.
import { compile } from 'html-to-text';
import { marked } from 'marked';
import type { NormalisedArticle } from './types.ts';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));
const skip = (selectors: readonly string[]) => selectors.map((selector) => ({ selector, format: 'skip' }));
// A page's furniture, never its story: menus, teasers of other stories, forms, footers, photo
// captions, and the byline (its writer is no actor in the story).
const PAGE_FURNITURE = [
  'nav', 'aside', 'footer', 'form', 'noscript', 'button', 'img', 'figcaption', '[role=navigation]', '[role=complementary]',
  '[class*=byline]', '[itemprop=author]', '[rel=author]',
];
// List bullets and quote marks ("* ", "> ") would open sentences with symbols: items and quotes are plain blocks.
const COMMON = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...headings,
    { selector: 'ul', options: { itemPrefix: ' ' } },
    { selector: 'blockquote', format: 'block' },
  ],
};

type Converter = ReturnType<typeof compile>;
interface Converters {
  /** Where a page keeps its story, best first, each with a raw-HTML test that the container is there at all. */
  stories: { present: RegExp; convert: Converter }[];
  /** The page's first <h1>: a headline kept outside the story's container. */
  headline: Converter;
  /** No container: the body, less the page's own header too (a site banner before the headline). */
  body: Converter;
}
let converters: Converters | undefined;

/** Compiled at the first HTML page, once (~10 ms): a corpus of plain text never pays for it. */
function htmlConverters(): Converters {
  converters ??= {
    stories: [
      { present: /<article[\s>]/i, selector: 'article' },
      { present: /<main[\s>]/i, selector: 'main' },
      { present: /role\s*=\s*["']?main/i, selector: '[role=main]' },
    ].map(({ present, selector }) => ({
      present,
      convert: compile({ ...COMMON, selectors: [...COMMON.selectors, ...skip(PAGE_FURNITURE)], baseElements: { selectors: [selector], returnDomByDefault: false }, limits: { maxBaseElements: 1 } }),
    })),
    headline: compile({ ...COMMON, baseElements: { selectors: ['h1'], returnDomByDefault: false }, limits: { maxBaseElements: 1 } }),
    body: compile({ ...COMMON, selectors: [...COMMON.selectors, ...skip([...PAGE_FURNITURE, 'body > header'])] }),
  };
  return converters;
}

/**
 * "<header><h1>Headline</h1></header><article>...": many pages keep the headline outside the
 * story's container; without it the first paragraph would be read as the title.
 */
function withHeadline(story: string, html: string, headline: Converter): string {
  if (!/<h1[\s>]/i.test(html)) return story;
  const title = headline(html).trim();
  // A site's name in a banner <h1> ("World News") is no headline: a headline runs to a few words.
  if (title.split(/\s+/).length < 4 || squash(story).startsWith(squash(title))) return story;
  return `${title}\n\n${story}`;
}

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
  const { stories, headline, body } = htmlConverters();
  // Most pages have no <main>: the raw-HTML test spares them a parse that could find nothing.
  for (const container of stories) {
    if (!container.present.test(html)) continue;
    const story = container.convert(html);
    if (story.trim() !== '') return withHeadline(story, html, headline);
  }
  return body(html);
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

/**
 * A wire service's credits and boilerplate ("Reporting by X; Editing by Y", "Our Standards: ...",
 * "AP writers X and Y contributed to this report."): its journalists are no actors in the story.
 */
const CREDIT_OPENING =
  /^[ \t]*(?:[(\[][ \t]*)?(?:(?:additional[ \t]+)?(?:reporting|writing|editing|compiled|research|contributing|translation|translated|graphics|produced|photos?)[ \t]+by\b|contributing:|our standards:|copyright\b|©|all rights reserved)/i;
const CONTRIBUTED = /\bcontributed(?:[ \t]+reporting)?[ \t]+to[ \t]+this[ \t]+(?:report|story|article)\b/i;
const MAX_CREDIT_LENGTH = 400;
/** How CREDIT_OPENING can start: a cheap test on a line's first characters before the real one. */
const CREDIT_START = /^(?:[([©]|add|rep|wri|edi|com|res|con|tra|gra|pro|pho|our|cop|all)/i;
/** Credits close an article: only its last lines are looked at. */
const CREDIT_LINES_LOOKED_AT = 4;

/** "Reporting by state media suggested ...": a sentence of the story, not a credit (which lists, and has no full stop). */
function isCredit(line: string): boolean {
  if (line.includes('contributed') && CONTRIBUTED.test(line)) return true;
  if (!CREDIT_OPENING.test(line)) return false;
  const trimmed = line.trim();
  return /^[(\[]?(?:contributing:|our standards:|copyright|©|all rights reserved)/i.test(trimmed) || trimmed.includes(';') || !/[.!?]["”’)]?$/.test(trimmed);
}

/** A photo's caption line ("FILE PHOTO: Putin attends a meeting ..."): it shows, it does not report. */
const CAPTION_LINE = /^[ \t]*(?:FILE PHOTO|PHOTO|FILE)[ \t]*[:\-–—].*$/gm;
/** A photo credit inside a line: "REUTERS/Maxim Shemetov/File Photo", "(AP Photo/Pavel Golovkin)". */
const PHOTO_CREDIT = /\((?:[A-Z][\w.]*[ \t]+)?Photo(?:\/|:)[^)\n]*\)|\b(?:REUTERS|AFP|EPA|Getty Images)\/[^\n]*$/gm;

/** Photo captions and credits blanked (not cut, so that every other offset holds). */
function blankPhotoCredits(text: string): string {
  // Most texts have none: substring tests spare them the regexes.
  if (!text.includes('PHOTO') && !text.includes('FILE') && !text.includes('Photo') && !(text.includes('/') && /(?:REUTERS|AFP|EPA|Images)\//.test(text))) return text;
  return text.replace(CAPTION_LINE, (line) => ' '.repeat(line.length)).replace(PHOTO_CREDIT, (credit) => ' '.repeat(credit.length));
}

/** The text with its closing credit lines blanked (not cut, so that every other offset holds). */
function blankCredits(text: string): string {
  let end = text.length;
  let out = text;
  // The title is never a credit, however it reads.
  const titleStart = text.search(/\S/);
  for (let seen = 0; end > 0 && seen < CREDIT_LINES_LOOKED_AT; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (start <= titleStart) break;
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first < end) {
      seen++;
      // Only a short line that opens like a credit (or names a contribution) is read at all.
      const named = text.indexOf('contributed', first);
      const line = end - start <= MAX_CREDIT_LENGTH && ((named >= 0 && named < end) || CREDIT_START.test(text.slice(first, first + 4))) ? text.slice(start, end) : '';
      if (line !== '' && isCredit(line)) out = out.slice(0, start) + ' '.repeat(line.length) + out.slice(end);
    }
    end = start - 1;
  }
  return out;
}

/**
 * A byline under the headline ("By Jane Doe", "Diplomatic Correspondent", "Post Report"): its
 * writer is no actor in the story. A short line with no full stop, looked for in the two lines
 * after the title.
 */
const OPENING_BYLINE = /^[ \t]*(?:[Bb][Yy](?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*,?|and|de|da|van|von|der|al|bin))+|(?:\p{Lu}\p{Ll}+[ \t]+){0,3}(?:Correspondents?|Reporters?|Report|Desk|Staff|Bureau|Writers?))[ \t]*$/u;
const BYLINE_LINES_LOOKED_AT = 2;

function blankOpeningByline(text: string): string {
  let start = text.indexOf('\n');
  for (let seen = 0; start >= 0 && seen < BYLINE_LINES_LOOKED_AT; ) {
    start++;
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > 0 && text.slice(start, end).trim() !== '') {
      seen++;
      if (end - start <= 80 && !/[.!?]\s*$/.test(text.slice(start, end)) && OPENING_BYLINE.test(text.slice(start, end))) return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    }
    start = end < text.length ? end : -1;
  }
  return text;
}

/** Markdown to article text, through HTML: "# Title", "**Kenya**", "[diplomats](url)" and lists read as words. */
export function markdownToText(markdown: string): string {
  return htmlToText(marked.parse(markdown, { async: false, gfm: true }));
}

export function normaliseArticle(raw: string, options: { markdown?: boolean } = {}): NormalisedArticle {
  let text = raw.replace(/^\uFEFF/, '');
  if (looksLikeHtml(text)) text = htmlToText(text);
  else if (options.markdown) text = markdownToText(text);
  // No-break spaces become plain ones (same length, so offsets hold) so that words split on them.
  text = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  text = blankOpeningByline(blankPhotoCredits(blankCredits(text)));
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
