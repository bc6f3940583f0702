import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile } from '../../src/pipeline/extractFile.ts';
import { extractSource } from '../../src/pipeline/extractSource.ts';
import { decodeArticleBytes, isMarkdownPath } from '../../src/pipeline/readInput.ts';

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

describe('Markdown files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-md-'));
  const text = '# Kenya expels Ugandan diplomats\n\n**Kenya** expelled two [Ugandan diplomats](https://example.com/x) on Monday.\n';

  it('are told by their extension', () => {
    expect([isMarkdownPath('a.md'), isMarkdownPath('b.MARKDOWN'), isMarkdownPath('c.txt'), isMarkdownPath('md')]).toEqual([true, true, false, false]);
  });

  it('are read as Markdown by `extract` and by the loader, and the same text in a .txt file is not', async () => {
    writeFileSync(join(dir, 'story.md'), text);
    writeFileSync(join(dir, 'story.txt'), text);
    const fromMd = await extractFile(join(dir, 'story.md'));
    expect(fromMd.article.title).toBe('Kenya expels Ugandan diplomats');
    expect(fromMd.graph.size).toBe(2); // the headline's expulsion and the body's
    const loaded = extractSource({ kind: 'file', path: join(dir, 'story.md') });
    expect(loaded.ok && loaded.edges).toBe(2);
    const fromTxt = await extractFile(join(dir, 'story.txt'));
    expect(fromTxt.article.title).toBe('# Kenya expels Ugandan diplomats');
  });
});
