// Bundles the browser code (sigma, graphology, layouts) with esbuild, in memory, at server start.
// No CDN: everything the page runs is served by the viewer itself.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BundledFile {
  name: string;
  contents: Uint8Array;
}

const ENTRY = fileURLToPath(new URL('../web/main.ts', import.meta.url));

export async function bundleViewer(): Promise<BundledFile[]> {
  // Loaded here: only `view` bundles, and every other command starts ~20 ms sooner without it.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { main: ENTRY },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    outdir: 'assets',
    logLevel: 'silent',
    // The bundled libraries' licence headers stay in the file that carries their code.
    legalComments: 'eof',
  });
  return result.outputFiles.map((file) => ({ name: basename(file.path), contents: file.contents }));
}
