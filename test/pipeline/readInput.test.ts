import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/pipeline/readInput.ts';

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('Minsk expelled two diplomats.'), 'a.txt')).toBe('Minsk expelled two diplomats.');
  });
  it('refuses empty and blank input', () => {
    expect(() => decodeArticleBytes(new Uint8Array(), 'a.txt')).toThrow(/empty/);
    expect(() => decodeArticleBytes(new TextEncoder().encode(' \n\t'), 'a.txt')).toThrow(/white space/);
  });
  it('refuses binary and invalid UTF-8', () => {
    expect(() => decodeArticleBytes(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), 'b')).toThrow(/binary/);
    expect(() => decodeArticleBytes(Uint8Array.from([0x61, 0xff, 0xfe]), 'c')).toThrow(/UTF-8/);
  });
});
