// The viewer reading a store: the seed in a temporary Kùzu database, `newsgraph view --db`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import type { GraphPayload } from '../../src/viewer/shared/api.ts';
import { KIND_COLORS } from '../../src/viewer/web/palette.ts';
import { artifactPath, countDrawnPixels, launchChromium, openViewer, repoRoot, startViewerCli, type RunningViewer, type ViewerWindow } from './browser.ts';
import { SEED_PATH, buildSeedGraph } from './fixtures/seedGraph.ts';
import { fileURLToPath } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-view-store-'));
let browser: Browser;
const viewers: RunningViewer[] = [];

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

async function view(args: string[]): Promise<RunningViewer> {
  const viewer = await startViewerCli(args);
  viewers.push(viewer);
  return viewer;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(viewers.map((viewer) => viewer.stop()));
});

describe('newsgraph view --db (Kùzu)', () => {
  it('serves the stored graph, with article titles from the store', async () => {
    const db = join(dir, 'fixture.db');
    const seed = buildSeedGraph();
    const store = await openStore({ db });
    const { article, title, source } = seed.getAttributes();
    await store.writeArticles([{ article: { id: article!, title: title!, source: source! }, graph: seed.export() }]);
    await store.close();

    const viewer = await view(['--db', db]);
    const payload = (await (await fetch(new URL('/api/graph', viewer.url))).json()) as GraphPayload;
    expect(payload.graph.nodes).toHaveLength(seed.order);
    expect(payload.graph.edges).toHaveLength(seed.size);
    expect(payload.articles[article!]?.title).toBe(title);

    const { page, problems } = await newPage();
    await openViewer(page, viewer.url);
    const pixels = await countDrawnPixels(page, '[data-testid=graph]');
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.005);
    await page.getByTestId('search').fill('Putin');
    await page.getByTestId('search').press('Enter');
    const card = page.getByTestId('details').locator('li[data-relation=CONGRATULATED]');
    await expect(card.innerText()).resolves.toContain('Donald Trump');
    expect(problems).toEqual([]);
  });

  it('does not lock the database: newsgraph load can write while the viewer runs', async () => {
    const db = join(dir, 'shared.db');
    const store = await openStore({ db });
    await store.close();
    const viewer = await view(['--db', db]);
    const writer = await openStore({ db });
    const seed = buildSeedGraph();
    const { article, title, source } = seed.getAttributes();
    await writer.writeArticles([{ article: { id: article!, title: title!, source: source! }, graph: seed.export() }]);
    await writer.close();
    const payload = (await (await fetch(new URL('/api/graph', viewer.url))).json()) as GraphPayload;
    expect(payload.graph.nodes).toHaveLength(seed.order); // and a reload shows what was written since
  });

  it('refuses a missing database in one line before printing a URL', () => {
    const result = spawnSync(process.execPath, [`${repoRoot}src/cli/newsgraph.js`, 'view', '--db', join(dir, 'nope.db'), '--port', '0'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^newsgraph: .*nope\.db/);
  });

  it('shows the seed loaded by newsgraph load: Putin, congratulated by Trump, with the sentence', async () => {
    const db = join(dir, 'seed.db');
    const load = spawnSync(process.execPath, [`${repoRoot}src/cli/newsgraph.js`, 'load', fileURLToPath(SEED_PATH), '--db', db], { cwd: repoRoot, encoding: 'utf8' });
    expect(load.status, load.stderr).toBe(0);
    const viewer = await view(['--db', db]);
    const { page, problems } = await newPage();
    await openViewer(page, viewer.url);
    const pixels = await countDrawnPixels(page, '[data-testid=graph]', [KIND_COLORS.Person, KIND_COLORS.State]);
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.005);
    for (const count of pixels.byColor) expect(count).toBeGreaterThan(20);

    const kinds = await page.evaluate(async () => {
      const payload = (await (await fetch('/api/graph')).json()) as GraphPayload;
      return [...new Set(payload.graph.nodes.map((node) => node.attributes?.kind))];
    });
    const legend = await page.getByTestId('legend').locator('li').allInnerTexts();
    expect(legend.map((row) => row.split(/\s+/)[0]).sort()).toEqual([...kinds].sort());
    expect(kinds).toEqual(expect.arrayContaining(['Person', 'State', 'Agency']));

    await page.getByTestId('search').fill('Putin');
    await page.getByTestId('search').press('Enter');
    const details = page.getByTestId('details');
    await details.waitFor({ state: 'visible' });
    await expect(details.getByTestId('details-title').innerText()).resolves.toMatch(/Putin/);
    const card = details.locator('[data-testid=edges-in] li[data-relation=CONGRATULATED]');
    await expect(card.first().innerText()).resolves.toMatch(/Trump[\s\S]*congratulate him on his reelection/);
    await page.waitForTimeout(700); // camera animation, for the screenshot
    await page.screenshot({ path: artifactPath('viewer-store-seed.png') });

    const before = await page.evaluate(() => (window as ViewerWindow).__newsgraph!.drawn());
    await page.getByTestId('filters').locator('input[data-value=CONGRATULATED]').uncheck();
    const after = await page.evaluate(() => (window as ViewerWindow).__newsgraph!.drawn());
    expect(after.relations.CONGRATULATED).toBeUndefined();
    expect(after.edges).toBe(before.edges - (before.relations.CONGRATULATED ?? 0));
    expect(problems).toEqual([]);
  });
});
