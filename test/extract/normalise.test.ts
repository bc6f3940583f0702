import { describe, expect, it } from 'vitest';
import { looksLikeHtml, normaliseArticle } from '../../src/extract/normalise.ts';

describe('normaliseArticle', () => {
  it('drops a BOM, turns CRLF into LF and takes the first non-empty line as title', () => {
    const n = normaliseArticle('\uFEFF\r\n  Kenya expels envoys \r\nBody line one.\r\n');
    expect(n.text).toBe('\n  Kenya expels envoys \nBody line one.\n');
    expect(n.title).toBe('Kenya expels envoys');
    expect(n.text.slice(n.titleStart, n.titleEnd)).toBe('Kenya expels envoys');
    expect(n.text.slice(n.bodyStart).trim()).toBe('Body line one.');
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
