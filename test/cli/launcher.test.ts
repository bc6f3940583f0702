import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE_FILE, cliBundleIsCurrent } from '../../src/cli/cliBundle.ts';
import { newsgraph, repoRoot } from './newsgraph.ts';

describe('the newsgraph launcher', () => {
  it('runs the CLI from a bundle it keeps in node_modules/.cache while no source changes', () => {
    const version = (JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string }).version;
    const first = newsgraph(['--version']);
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe(version);
    // The launcher looks where cliBundle.ts keeps it (it says so and stops when they disagree).
    expect(readFileSync(`${repoRoot}src/cli/newsgraph.js`, 'utf8')).toContain("'../../node_modules/.cache/newsgraph/cli.mjs'");
    expect(CLI_BUNDLE_FILE).toBe(`${repoRoot}node_modules/.cache/newsgraph/cli.mjs`);
    expect(cliBundleIsCurrent()).toBe(true);

    // The next start reads it back rather than building it again.
    const built = statSync(CLI_BUNDLE_FILE).mtimeMs;
    const second = newsgraph(['--version']);
    expect(second.stdout.trim()).toBe(version);
    expect(statSync(CLI_BUNDLE_FILE).mtimeMs).toBe(built);
  });

  it('gives the same one-line errors from the bundle as from the sources', () => {
    const result = newsgraph(['load']);
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^newsgraph: .+\n$/);
  });

  it('does not run a bundle that another checkout sharing its node_modules built from its own sources', () => {
    // A second checkout whose CLI says another version, with node_modules linked to this one's.
    const other = mkdtempSync(join(tmpdir(), 'newsgraph-other-checkout-'));
    try {
      for (const item of ['src', 'package.json', 'tsconfig.json']) cpSync(`${repoRoot}${item}`, join(other, item), { recursive: true });
      symlinkSync(`${repoRoot}node_modules`, join(other, 'node_modules'));
      const main = join(other, 'src/cli/main.ts');
      const source = readFileSync(main, 'utf8');
      expect(source).toContain('.version()');
      writeFileSync(main, source.replace('.version()', ".version('other-checkout')"));
      const run = (root: string) => spawnSync(process.execPath, [join(root, 'src/cli/newsgraph.js'), '--version'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(run(other).stdout.trim()).toBe('other-checkout');
      const version = (JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string }).version;
      expect(run(repoRoot).stdout.trim()).toBe(version);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
