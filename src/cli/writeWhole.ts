// Writes a command's output file all at once: a temporary file renamed into place, so a failed
// run never leaves half a file behind. Missing parent folders are created (`--out out/graph.graphml`).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsgraphError } from '../errors.ts';

export async function writeWhole(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOTDIR' || code === 'EEXIST' ? 'a part of its folder path is a file'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'it is a directory'
      : (code ?? String(error));
    throw new NewsgraphError('USAGE', `cannot write ${path}: ${why}`, { exitCode: 73 });
  }
}
