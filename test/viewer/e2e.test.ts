// The viewer end to end: the real CLI serving the seed's graph, real headless Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphml from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_COLORS, RELATION_COLORS } from '../../src/viewer/web/palette.ts';
import { artifactPath, countDrawnPixels, launchChromium, openViewer, startViewerCli, type RunningViewer, type ViewerWindow } from './browser.ts';
import { buildSeedGraph } from './fixtures/seedGraph.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
const graphFile = join(dir, 'seed.json');
const seed = buildSeedGraph();
writeFileSync(graphFile, JSON.stringify(seed.export()));

let viewer: RunningViewer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

/** Page coordinates of a node: sigma's viewport position plus where the canvas sits. */
async function nodeOnPage(node: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph').boundingBox();
  const position = await page.evaluate((key) => (window as ViewerWindow).__newsgraph!.nodePosition(key), node);
  if (!box || !position) throw new Error(`node ${node} is not on the page`);
  return { x: box.x + position.x, y: box.y + position.y };
}

/** No selection, whole graph in view. */
async function resetView(): Promise<void> {
  const close = page.getByTestId('details').locator('button.close');
  if (await close.isVisible()) await close.click();
  await page.getByTestId('details').waitFor({ state: 'hidden' });
  await page.locator('#zoom-fit').click();
  await cameraAtRest();
}

/** The camera animation is over (a fixed wait is too short on a loaded CI machine). */
async function cameraAtRest(): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForFunction(
    () => !((window as ViewerWindow).__newsgraph!.renderer as { getCamera(): { isAnimated(): boolean } }).getCamera().isAnimated(),
    null,
    { timeout: 10_000, polling: 50 },
  );
  // One more frame, so sigma's picking buffer matches the camera's final state.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const hook = <T>(fn: (h: NonNullable<ViewerWindow['__newsgraph']>) => T) =>
  page.evaluate(`(${fn.toString()})(window.__newsgraph)`) as Promise<T>;

beforeAll(async () => {
  [viewer, browser] = await Promise.all([startViewerCli([graphFile]), launchChromium()]);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await openViewer(page, viewer.url);
});

afterAll(async () => {
  await browser?.close();
  await viewer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('newsgraph view (seed graph, headless Chromium)', () => {
  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('draws the graph on the canvas', async () => {
    const pixels = await countDrawnPixels(page, '[data-testid=graph]', [KIND_COLORS.Person, KIND_COLORS.State, RELATION_COLORS.EXPELLED]);
    await page.screenshot({ path: artifactPath('viewer-seed.png') });
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.005);
    // Person and State nodes and EXPELLED edges are there in their own colours.
    for (const count of pixels.byColor) expect(count).toBeGreaterThan(20);
    const drawn = await hook((h) => h.drawn());
    expect(drawn).toMatchObject({ nodes: seed.order, edges: seed.size });
  });

  it('lists exactly the kinds present in the legend, with counts', async () => {
    const legend = page.getByTestId('legend');
    const rows = await legend.locator('li').allInnerTexts();
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['Person', 'State', 'Agency', 'Group', 'Event']);
    expect(rows[0]).toMatch(/Person\s+5/);
    await expect(legend.innerText()).resolves.not.toContain('Place');
  });

  it('finds Putin, opens his details with the CONGRATULATED edge from Donald Trump and its evidence', async () => {
    const search = page.getByTestId('search');
    await search.fill('Putin');
    await expect(page.locator('#suggestions li').first().innerText()).resolves.toContain('Vladimir Putin');
    await search.press('Enter');
    const details = page.getByTestId('details');
    await details.waitFor({ state: 'visible' });
    await expect(details.getByTestId('details-title').innerText()).resolves.toBe('Vladimir Putin');
    const card = details.locator('[data-testid=edges-in] li[data-relation=CONGRATULATED]');
    await expect(card.count()).resolves.toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Donald Trump');
    expect(text).toContain('calling Putin to congratulate him on his reelection');
    expect(text).toContain('US and allies expel over 100 Russian diplomats'); // the article it came from
    expect(new URL(page.url()).searchParams.get('node')).toBe('vladimir-putin');
    await hook((h) => h.state().selectedNode).then((node) => expect(node).toBe('vladimir-putin'));
    await cameraAtRest();
    await page.screenshot({ path: artifactPath('viewer-putin.png') });
    // The camera came to Putin: he is on the canvas, clear of the details panel, and zoomed in.
    const putin = await nodeOnPage('vladimir-putin');
    const panel = (await details.boundingBox())!;
    const canvas = (await page.getByTestId('graph').boundingBox())!;
    expect(putin.x).toBeGreaterThan(canvas.x);
    expect(putin.x).toBeLessThan(panel.x);
    expect(putin.y).toBeGreaterThan(canvas.y);
    expect(putin.y).toBeLessThan(canvas.y + canvas.height);
    await expect(hook((h) => (h.renderer as { getCamera(): { ratio: number } }).getCamera().ratio)).resolves.toBeLessThan(1);
  });

  it('hovering a node keeps its neighbours and dims the rest', async () => {
    await resetView();
    const position = await nodeOnPage('united-kingdom');
    await page.mouse.move(position.x - 30, position.y - 30);
    await page.mouse.move(position.x, position.y, { steps: 5 });
    await page.waitForFunction(() => (window as ViewerWindow).__newsgraph?.state().hoveredNode === 'united-kingdom', null, { timeout: 5_000 });
    const neighbour = await hook((h) => h.display('node', 'russia'));
    const stranger = await hook((h) => h.display('node', 'vladimir-putin'));
    expect(neighbour?.color).toBe(KIND_COLORS.State);
    expect(stranger?.color).not.toBe(KIND_COLORS.Person);
    await page.mouse.move(5, 400);
    await page.waitForFunction(() => (window as ViewerWindow).__newsgraph?.state().hoveredNode === null);
  });

  it('dragging a node moves it and leaves the camera where it was', async () => {
    await resetView();
    const camera = () => hook((h) => JSON.stringify((h.renderer as { getCamera(): { getState(): unknown } }).getCamera().getState()));
    const cameraBefore = await camera();
    const start = await nodeOnPage('sergei-skripal');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, start.y + 30, { steps: 4 });
    await page.mouse.move(start.x + 80, start.y + 60, { steps: 4 });
    await page.mouse.up();
    const end = await nodeOnPage('sergei-skripal');
    expect(end.x - start.x).toBeCloseTo(80, -1);
    expect(end.y - start.y).toBeCloseTo(60, -1);
    await expect(camera()).resolves.toBe(cameraBefore);
  });

  it('toggling a relation type off hides those edges, and the link keeps the filter', async () => {
    await page.getByTestId('search').fill('putin');
    await page.getByTestId('search').press('Enter');
    const before = await hook((h) => h.drawn());
    expect(before.relations.CONGRATULATED).toBe(1);
    await page.getByTestId('filters').locator('input[data-value=CONGRATULATED]').uncheck();
    const after = await hook((h) => h.drawn());
    expect(after.relations.CONGRATULATED).toBeUndefined();
    expect(after.edges).toBe(before.edges - 1);
    await expect(page.getByTestId('stats').innerText()).resolves.toContain(`${seed.size - 1} of ${seed.size} edges`);
    expect(new URL(page.url()).searchParams.get('hideRelations')).toBe('CONGRATULATED');

    // The same link reopens the same view: filter applied, Putin selected.
    const reopened = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(reopened, page.url());
    await expect(reopened.getByTestId('filters').locator('input[data-value=CONGRATULATED]').isChecked()).resolves.toBe(false);
    await expect(reopened.getByTestId('details-title').innerText()).resolves.toBe('Vladimir Putin');
    const reopenedDrawn = await reopened.evaluate(() => (window as ViewerWindow).__newsgraph!.drawn());
    expect(reopenedDrawn.relations.CONGRATULATED).toBeUndefined();
    await reopened.close();
  });

  it('hiding a node kind hides its nodes and their edges', async () => {
    await page.getByTestId('legend').locator('input[data-value=Agency]').uncheck();
    const drawn = await hook((h) => h.drawn());
    expect(drawn.nodes).toBe(seed.order - 4);
    expect(drawn.relations.SPOKESPERSON_FOR).toBeUndefined();
    expect(drawn.relations.PART_OF).toBeUndefined();
    await page.getByTestId('legend').locator('input[data-value=Agency]').check();
  });

  it('clicking an edge shows its evidence', async () => {
    // Trump -> United States (LEADS) is a lone, straight edge. The layout is timing-dependent, so
    // another node may sit on its middle: walk out from the middle to the first point where sigma
    // itself picks this edge, and click there.
    await resetView();
    const a = await nodeOnPage('donald-trump');
    const b = await nodeOnPage('united-states');
    const edge = await hook((h) =>
      (h.renderer as { getGraph(): { edges(s: string, t: string): string[] } }).getGraph().edges('donald-trump', 'united-states'),
    );
    expect(edge).toHaveLength(1);
    const hovered = () => hook((h) => h.state().hoveredEdge);
    // Sigma reads the hover on its next frames; on a busy machine (the whole suite on two cores)
    // 100 ms was not always enough, so each point gets up to half a second.
    const hoversEdge = async () => {
      for (let tries = 0; tries < 10; tries++) {
        if ((await hovered()) === edge[0]) return true;
        await page.waitForTimeout(50);
      }
      return false;
    };
    let target: { x: number; y: number } | undefined;
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
      const point = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      await page.mouse.move(point.x, point.y, { steps: 4 });
      if (await hoversEdge()) {
        target = point;
        break;
      }
    }
    expect(target, 'no point on the Trump -> United States edge hovers it').toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    const details = page.getByTestId('details');
    await details.waitFor({ state: 'visible' });
    await expect(details.getByTestId('evidence').innerText()).resolves.toContain('President Trump announced that he would kick 60 Russians');
    await expect(details.innerText()).resolves.toContain('LEADS');
    expect(new URL(page.url()).searchParams.get('edge')).toMatch(/^e-/);
  });

  it('downloads the visible graph as GraphML and the view as PNG', async () => {
    const [graphmlDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-graphml').click()]);
    const graphmlPath = artifactPath('viewer-visible.graphml');
    await graphmlDownload.saveAs(graphmlPath);
    const exported = graphml.parse(MultiDirectedGraph, readFileSync(graphmlPath, 'utf8'));
    expect(exported.order).toBe(seed.order);
    expect(exported.size).toBe(seed.size - 1); // CONGRATULATED is still filtered out
    expect(exported.someEdge((_e, attributes) => attributes.relation === 'CONGRATULATED')).toBe(false);
    expect(exported.getNodeAttribute('vladimir-putin', 'name')).toBe('Vladimir Putin');
    expect(exported.getNodeAttribute('vladimir-putin', 'kind')).toBe('Person');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    const pngPath = artifactPath('viewer-export.png');
    await pngDownload.saveAs(pngPath);
    const png = readFileSync(pngPath);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('ran without page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
