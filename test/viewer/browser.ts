// Helpers for the viewer's browser tests: the real CLI as a child process, and headless Chromium
// (Debian's, never a downloaded one) driven by playwright-core.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export const CHROMIUM_PATH = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return `${artifactsDir}${name}`;
}

export interface RunningViewer {
  url: string;
  process: ChildProcessWithoutNullStreams;
  stderr(): string;
  stop(): Promise<void>;
}

/** Spawns `newsgraph view ... --port 0` and resolves with the URL it prints. */
export function startViewerCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunningViewer> {
  const child = spawn(process.execPath, [`${repoRoot}src/cli/newsgraph.js`, 'view', ...args, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, NEWSGRAPH_DEBUG: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`newsgraph view printed no URL in time; stderr: ${stderr}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /https?:\/\/\S+?\//.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], process: child, stderr: () => stderr, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`newsgraph view exited (${code}) before printing a URL; stderr: ${stderr}`));
    });
  });
}

export type ViewerWindow = Window & { __newsgraph?: import('../../src/viewer/web/testHook.ts').NewsgraphHook; __pwned?: unknown };

/** Opens the page and waits until the graph is drawn and (unless told not to) laid out. */
export async function openViewer(page: Page, url: string, options: { settled?: boolean } = {}): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    (settled) => {
      const hook = (window as ViewerWindow).__newsgraph;
      if (hook?.error) throw new Error(hook.error);
      return hook?.ready && hook.timings.firstFrame !== undefined && (!settled || hook.layoutPhase === 'settled');
    },
    options.settled ?? true,
    { timeout: 60_000, polling: 100 },
  );
}

/**
 * Non-background pixels in a screenshot of the graph area, and how many of them carry a given
 * colour. Decoded in a blank page of the same browser, not in the viewer, whose CSP rightly
 * refuses data: images.
 */
export async function countDrawnPixels(page: Page, selector: string, colors: string[] = []): Promise<{ total: number; drawn: number; byColor: number[] }> {
  const png = await page.locator(selector).screenshot();
  const browser = page.context().browser();
  if (!browser) throw new Error('page has no browser');
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(
      async ({ base64, colors }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no 2d context');
        context2d.drawImage(image, 0, 0);
        const { data } = context2d.getImageData(0, 0, image.width, image.height);
        const targets = colors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]);
        let drawn = 0;
        const byColor = targets.map(() => 0);
        for (let i = 0; i < data.length; i += 4) {
          const r = data[i]!;
          const g = data[i + 1]!;
          const b = data[i + 2]!;
          if (Math.max(255 - r, 255 - g, 255 - b) > 24) drawn += 1;
          targets.forEach(([tr, tg, tb], j) => {
            if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40) byColor[j]! += 1;
          });
        }
        return { total: data.length / 4, drawn, byColor };
      },
      { base64: png.toString('base64'), colors },
    );
  } finally {
    await scratch.close();
  }
}
