import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, normaliseArticle } from '../../src/extract/normalise.ts';

describe('normaliseArticle', () => {
  it('drops a BOM, turns CRLF into LF and takes the first non-empty line as title', () => {
    const n = normaliseArticle('\uFEFF\r\n  Kenya expels envoys \r\nBody line one.\r\n');
    expect(n.text).toBe('\n  Kenya expels envoys \nBody line one.\n');
    expect(n.title).toBe('Kenya expels envoys');
    expect(n.text.slice(n.titleStart, n.titleEnd)).toBe('Kenya expels envoys');
    expect(n.text.slice(n.bodyStart).trim()).toBe('Body line one.');
  });

  it('blanks a wire service\'s credits and boilerplate, keeping every offset, but not a story sentence that opens like one', () => {
    const raw = [
      'Kenya expels envoys',
      '',
      'Reporting by state media said Kenya expelled two Ugandan diplomats.',
      '',
      'Reporting by Duncan Miriri in Nairobi; Editing by Alison Williams',
      'Editing by Peter Graff',
      'Associated Press writer Rodney Muhumuza in Kampala contributed to this report.',
      'Our Standards: The Thomson Reuters Trust Principles.',
      '',
    ].join('\n');
    const n = normaliseArticle(raw);
    expect(n.text.length).toBe(raw.length);
    expect(n.text).toContain('Reporting by state media said Kenya expelled two Ugandan diplomats.');
    for (const gone of ['Miriri', 'Alison', 'Graff', 'Muhumuza', 'Trust Principles']) expect(n.text).not.toContain(gone);
    expect(n.text.indexOf('Reporting by state media')).toBe(raw.indexOf('Reporting by state media'));
  });

  it('blanks photo captions and credits ("FILE PHOTO: ...", "REUTERS/Name", "(AP Photo/Name)"), keeping every offset', () => {
    const raw = [
      'Russia expels Estonian diplomat',
      '',
      'FILE PHOTO: Russian President Vladimir Putin attends a meeting in Moscow. REUTERS/Maxim Shemetov/File Photo',
      'Estonia denied the accusations. (AP Photo/Pavel Golovkin)',
      'FILE - Estonian Prime Minister Kristen Michal speaks in Tallinn, May 3, 2025.',
      '',
    ].join('\n');
    const n = normaliseArticle(raw);
    expect(n.text.length).toBe(raw.length);
    expect(n.text.trim().split(/\s*\n\s*/)).toEqual(['Russia expels Estonian diplomat', 'Estonia denied the accusations.']);
  });

  it('reads Markdown as text: heading as title, emphasis, links, lists and quotes as plain words', () => {
    const md = '# Kenya expels Ugandan diplomats\n\n**Kenya** expelled two [Ugandan diplomats](https://example.com/x) on Monday.\n\n- Uganda denied the accusations.\n\n> "A provocation," Kampala said.\n';
    const n = normaliseArticle(md, { markdown: true });
    expect(n.title).toBe('Kenya expels Ugandan diplomats');
    expect(n.text.slice(n.bodyStart).trim().split(/\s*\n\s*/)).toEqual([
      'Kenya expelled two Ugandan diplomats on Monday.',
      'Uganda denied the accusations.',
      '"A provocation," Kampala said.',
    ]);
    // Not asked to (a .txt file), the same text is taken as written.
    expect(normaliseArticle(md).title).toBe('# Kenya expels Ugandan diplomats');
  });

  it('skips a first paragraph that repeats the title', () => {
    const n = normaliseArticle('Ecuador recalls envoy\n\nEcuador  recalls envoy\n\nQuito said so.');
    expect(n.text.slice(n.bodyStart).trim()).toBe('Quito said so.');
  });

  it('keeps a first paragraph that only starts like the title', () => {
    const n = normaliseArticle('Ecuador recalls envoy\n\nEcuador recalls envoy after row.');
    expect(n.text.slice(n.bodyStart).trim()).toBe('Ecuador recalls envoy after row.');
  });

  it('turns HTML into text: tags gone, entities decoded, blocks on their own lines', () => {
    const html = '<html><body><h1>Oslo expels &amp; warns</h1><p>Norway said <b>three</b> envoys&nbsp;must go.</p><script>x()</script></body></html>';
    expect(looksLikeHtml(html)).toBe(true);
    const n = normaliseArticle(html);
    expect(n.title).toBe('Oslo expels & warns');
    expect(n.text).toContain('Norway said three envoys must go.');
    expect(n.text).not.toContain('<');
    expect(n.text).not.toContain('x()');
  });

  it('leaves plain text with a less-than sign alone', () => {
    expect(looksLikeHtml('Turnout was < 40 percent')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('gives the headline first, keeps paragraphs apart, decodes entities and drops scripts and links', () => {
    const text = htmlToText(
      '<html><head><script>var s = "expelled";</script></head><body><h1>Minsk &amp; Vilnius</h1>' +
        '<p>Minsk <em>expelled</em> two <a href="https://example.org/x">Lithuanian</a> diplomats.</p><p>Vilnius denied it.</p></body></html>',
    );
    expect(text).toBe('Minsk & Vilnius\n\nMinsk expelled two Lithuanian diplomats.\n\nVilnius denied it.');
  });

  const page = (story: string) =>
    '<html><body><header><a href="/">Daily Planet</a></header><nav><a href="/">Home</a> | <a href="/world">World</a></nav>' +
    story +
    '<aside>Related: <a href="/x">Chile expels Peruvian envoy</a></aside><footer>© Daily Planet</footer></body></html>';

  it('reads a scraped page from its first article, without menus, byline, photo captions, teasers and footers', () => {
    const text = htmlToText(
      page(
        '<article><h1>Quito recalls envoy</h1><p class="story-byline">By Ana Ruiz</p><figure><img src="x.jpg"><figcaption>President Daniel Noboa in Quito. REUTERS/Karen Toro</figcaption></figure><p>Ecuador recalled its envoy.</p></article><article><h2>Teaser</h2><p>Other story.</p></article>',
      ),
    );
    expect(text).toBe('Quito recalls envoy\n\nEcuador recalled its envoy.');
  });

  it('keeps a headline that the page puts before its article container, but not a site name', () => {
    const headed = page('<header><h1>Quito recalls envoy over embassy raid</h1><p class="byline">By Ana Ruiz</p></header><article><p>Ecuador recalled its envoy.</p></article>');
    expect(htmlToText(headed)).toBe('Quito recalls envoy over embassy raid\n\nEcuador recalled its envoy.');
    expect(normaliseArticle(headed).title).toBe('Quito recalls envoy over embassy raid');
    // A banner's site name is no headline; neither is an outer headline the story already opens with.
    expect(htmlToText(page('<header><h1>Daily Planet</h1></header><article><p>Ecuador recalled its envoy.</p></article>'))).toBe('Ecuador recalled its envoy.');
    expect(htmlToText(page('<h1>Quito recalls envoy over raid</h1><article><h2>Quito recalls envoy over raid</h2><p>Ecuador recalled its envoy.</p></article>'))).toBe('Quito recalls envoy over raid\n\nEcuador recalled its envoy.');
  });

  it('falls back to <main>, then to the body less its banner, menus, asides and footer', () => {
    expect(htmlToText(page('<main><h1>Quito recalls envoy</h1><p>Ecuador recalled its envoy.</p></main>'))).toBe('Quito recalls envoy\n\nEcuador recalled its envoy.');
    expect(htmlToText(page('<h1>Quito recalls envoy</h1><p>Ecuador recalled its envoy.</p>'))).toBe('Quito recalls envoy\n\nEcuador recalled its envoy.');
  });
});

describe('normaliseArticle: a byline under the headline', () => {
  const body = (raw: string) => normaliseArticle(raw).text;
  it('blanks "By ..." and "<Desk> Correspondent" lines, keeping every offset', () => {
    const raw = 'Kenya expels envoy\n\nBy Jane Doe and John Smith, Reuters\n\nKenya expelled an envoy.';
    expect(body(raw)).toHaveLength(raw.length);
    expect(body(raw)).not.toContain('Jane Doe');
    expect(body('Dhaka expels attaché\n\nDiplomatic Correspondent\n\nBangladesh yesterday ordered.')).not.toContain('Correspondent');
  });
  it('keeps a dateline and a first sentence that opens with "By"', () => {
    expect(body('Türkiye expels staff\n\nANKARA\n\nTürkiye ordered two staff out.')).toContain('ANKARA');
    expect(body('Russia expels two\n\nBy Tuesday Russia had expelled two diplomats.\n')).toContain('By Tuesday Russia');
    expect(body('Russia expels two\n\nBy the end of the week, Kenya had expelled two diplomats.\n')).toContain('By the end');
  });
});
