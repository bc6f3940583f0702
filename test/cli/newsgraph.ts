// Spawns the real CLI (node src/cli/newsgraph.js, no shell) and captures what it prints.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function newsgraph(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [`${repoRoot}src/cli/newsgraph.js`, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NEWSGRAPH_DEBUG: '' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The stderr of a refused command: exactly one line, "newsgraph: ...", and no stack trace. */
export function oneErrorLine(result: CliResult): string {
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${result.stderr}`);
  const [line] = lines as [string];
  if (!line.startsWith('newsgraph: ') || /\bat .+:\d+:\d+/.test(line)) throw new Error(`not a clean error line: ${line}`);
  return line;
}
