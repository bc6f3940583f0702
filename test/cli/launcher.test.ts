import { readFileSync, statSync } from 'node:fs';
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
});
