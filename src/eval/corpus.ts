// Finds the article/gold pairs of a corpus folder and reads gold files: the eval's only file I/O.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, NewsgraphError } from '../errors.ts';
import { type Gold, parseGoldText } from './gold.ts';

export interface CorpusPair {
  /** NAME, shared by the article (NAME.txt, .md or .html) and NAME.gold.json. */
  name: string;
  articlePath: string;
  goldPath: string;
}

const GOLD_SUFFIX = '.gold.json';
/** The article files `load` reads, best first: a NAME with two of them is scored from the first. */
const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Every NAME.txt (or .md, .html) in `dir` that has a NAME.gold.json beside it, sorted by name. */
export async function findPairs(dir: string): Promise<CorpusPair[]> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new InputError('INPUT_INVALID', `${dir} is not a directory; give a folder of NAME.txt (or .md, .html) + NAME.gold.json pairs`);
    entries = await readdir(dir);
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('INPUT_NOT_FOUND', `${dir}: no such directory`);
    throw new InputError('INPUT_NOT_FOUND', `${dir}: cannot be read (${code ?? String(error)})`);
  }
  const present = new Set(entries);
  const pairs: CorpusPair[] = [];
  for (const gold of entries) {
    if (!gold.endsWith(GOLD_SUFFIX)) continue;
    const name = gold.slice(0, -GOLD_SUFFIX.length);
    const article = ARTICLE_EXTENSIONS.map((extension) => `${name}${extension}`).find((file) => present.has(file));
    if (article) pairs.push({ name, articlePath: join(dir, article), goldPath: join(dir, gold) });
  }
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (pairs.length === 0) throw new InputError('INPUT_INVALID', `${dir} holds no NAME.txt (or .md, .html) with a NAME${GOLD_SUFFIX} beside it`);
  return pairs;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readGold(path: string): Promise<Gold> {
  let text: string;
  try {
    text = utf8.decode(await readFile(path));
  } catch (error) {
    const reason = error instanceof TypeError ? 'not valid UTF-8' : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new NewsgraphError('GOLD_INVALID', `${path}: cannot read gold file (${reason})`);
  }
  return parseGoldText(text, path);
}
