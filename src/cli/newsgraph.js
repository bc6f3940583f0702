#!/usr/bin/env node
// Starts the CLI from its bundle (see cliBundle.ts: the TypeScript sources bundled by esbuild, kept
// in node_modules/.cache and rebuilt when a source changes), or, when no bundle can be built or
// kept, from the sources through tsx, so `npx newsgraph` works right after `npm install` with no
// build step to forget.
import { fileURLToPath } from 'node:url';

const BUNDLE = new URL('../../node_modules/.cache/newsgraph/cli.mjs', import.meta.url).href;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The bundle at `href`, if it loads and was built from these sources as they are now (a bundle
 * checks its own sources, which are another checkout's when two share one node_modules).
 */
async function currentBundle(href) {
  try {
    const entry = await import(href);
    return entry.builtFrom === ROOT && entry.isCurrent() ? entry : undefined;
  } catch {
    return undefined;
  }
}

let entry = await currentBundle(BUNDLE);
if (!entry) {
  const { register } = await import('tsx/esm/api');
  register();
  const { buildCliBundle, CLI_BUNDLE_FILE } = await import('./cliBundle.ts');
  if (CLI_BUNDLE_FILE !== new URL(BUNDLE).pathname) throw new Error(`newsgraph.js looks for the CLI bundle at ${BUNDLE}, cliBundle.ts keeps it at ${CLI_BUNDLE_FILE}`);
  // A fresh URL: the module loaded above, if any, stays cached under the old one.
  if (await buildCliBundle()) entry = await currentBundle(`${BUNDLE}?built=${Date.now()}`);
  entry ??= await import('./bundleEntry.ts');
}
await entry.run();
