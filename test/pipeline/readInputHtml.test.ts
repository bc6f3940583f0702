import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, isHtml } from '../../src/pipeline/readInput.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('HTML articles', () => {
  it('are recognised by extension or by an opening doctype/html tag', () => {
    expect(isHtml('plain', 'a.HTML')).toBe(true);
    expect(isHtml('plain', 'a.htm')).toBe(true);
    expect(isHtml('  <!DOCTYPE html><p>x</p>', 'stdin')).toBe(true);
    expect(isHtml('<html lang="en"><p>x</p></html>', 'stdin')).toBe(true);
    expect(isHtml('Minsk <b>expelled</b> envoys', 'a.txt')).toBe(false);
    expect(isHtml('<htmlish>', 'stdin')).toBe(false);
  });

  it('are converted by decodeArticleBytes only when they are HTML', () => {
    expect(decodeArticleBytes(bytes('<p>Minsk expelled envoys.</p>'), 'a.html')).toBe('Minsk expelled envoys.');
    expect(decodeArticleBytes(bytes('Minsk <b>expelled</b> envoys.'), 'a.txt')).toBe('Minsk <b>expelled</b> envoys.');
    expect(() => decodeArticleBytes(bytes('<div><img src="a.png"></div>'), 'a.html')).toThrow(/HTML without any text/);
  });
});
