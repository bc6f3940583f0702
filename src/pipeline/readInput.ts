// Reads an article from a path or stdin, refusing what is not text and turning HTML into text.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import { htmlToText } from '../extract/normalise.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An .html/.htm path, or text that opens as an HTML document (as HTML piped to stdin does). */
export function isHtml(text: string, label: string): boolean {
  return /\.html?$/i.test(label) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** Decodes bytes as UTF-8 text (HTML is turned into its text); `label` names the input in error messages. */
export function decodeArticleBytes(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', `${label} is empty`);
  // A NUL byte never occurs in an article; it is the mark of a binary file.
  if (bytes.includes(0)) throw new InputError('INPUT_BINARY', `${label} looks like a binary file, not an article (it contains NUL bytes)`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError('INPUT_ENCODING', `${label} is not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError('INPUT_EMPTY', `${label} holds only white space`);
  if (!isHtml(text, label)) return text;
  const article = htmlToText(text.replace(/^\uFEFF/, ''));
  if (article.trim() === '') throw new InputError('INPUT_EMPTY', `${label} is HTML without any text`);
  return article;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file path, or stdin for "-". */
export async function readArticle(path: string): Promise<{ text: string; source: string }> {
  if (path === '-') return { text: decodeArticleBytes(await readStdin(), 'stdin'), source: 'stdin' };
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('INPUT_INVALID', `${path} is a directory; give an article file (or use "newsgraph load" for folders)`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('INPUT_NOT_FOUND', `${path}: no such file`);
    if (code === 'EACCES') throw new InputError('INPUT_NOT_FOUND', `${path}: permission denied`);
    throw new InputError('INPUT_NOT_FOUND', `${path}: cannot be read (${code ?? String(error)})`);
  }
  return { text: decodeArticleBytes(bytes, path), source: path };
}

/** A .md or .markdown file: its text is Markdown. */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}
