// Article text is untrusted: markup in names, aliases, evidence, kinds or relations must reach the
// page as text, never as live HTML.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { SerializedNewsGraph } from '../../src/graph/model.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchChromium, openViewer, repoRoot, startViewerCli, type RunningViewer, type ViewerWindow } from './browser.ts';
import { IMG_PAYLOAD, SCRIPT_PAYLOAD, SVG_PAYLOAD, buildXssGraph } from './fixtures/xssGraph.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-xss-'));
const handBuilt = join(dir, 'xss-hand.json');
writeFileSync(handBuilt, JSON.stringify(buildXssGraph().export()));
const articlePath = fileURLToPath(new URL('./fixtures/xss-article.txt', import.meta.url));
const extracted = join(dir, 'xss-extracted.json');

let browser: Browser;
const viewers: RunningViewer[] = [];

async function pageWithAlarms(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 850 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/** Every way a payload could have come alive: the flag, and elements we never create. */
async function assertInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as ViewerWindow).__pwned)).toBeUndefined();
  const live = await page.evaluate(() => ({
    scripts: [...document.scripts].map((script) => script.src),
    images: document.querySelectorAll('img').length,
    svgOutsideChrome: [...document.querySelectorAll('svg')].filter((svg) => !svg.closest('.brand, .search')).length,
    bold: document.querySelectorAll('b').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
  expect(live.scripts).toHaveLength(1);
  expect(live.scripts[0]).toMatch(/\/assets\/main\.js$/);
  expect(live).toMatchObject({ images: 0, svgOutsideChrome: 0, bold: 0, handlers: 0 });
}

beforeAll(async () => {
  const extract = spawnSync(process.execPath, [`${repoRoot}src/cli/newsgraph.js`, 'extract', articlePath, '--out', extracted], { cwd: repoRoot, encoding: 'utf8' });
  if (extract.status !== 0) throw new Error(`newsgraph extract failed: ${extract.stderr}`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(viewers.map((viewer) => viewer.stop()));
});

describe('viewer XSS', () => {
  it('shows markup from a hand-built graph literally, everywhere, and runs none of it', async () => {
    const viewer = await startViewerCli([handBuilt]);
    viewers.push(viewer);
    const { page, problems } = await pageWithAlarms();
    await openViewer(page, viewer.url);

    // The legend and the filters show the tampered kind and relation as text.
    await expect(page.getByTestId('legend').innerText()).resolves.toContain(`State${IMG_PAYLOAD}`);
    await expect(page.getByTestId('filters').innerText()).resolves.toContain(`ACCUSED${SCRIPT_PAYLOAD}`);

    // Search suggestions, then the details panel.
    await page.getByTestId('search').fill('Petrov');
    await expect(page.locator('#suggestions').innerText()).resolves.toContain(`Ivan Petrov ${IMG_PAYLOAD}`);
    await page.getByTestId('search').press('Enter');
    const details = page.getByTestId('details');
    await details.waitFor({ state: 'visible' });
    const text = await details.innerText();
    expect(text).toContain(`Ivan Petrov ${IMG_PAYLOAD}`);
    expect(text).toContain(`Petrov ${SCRIPT_PAYLOAD}`);
    expect(text).toContain(`spokesman ${SVG_PAYLOAD}`);
    expect(text).toContain(`Foreign Ministry spokesman Ivan Petrov ${IMG_PAYLOAD} denied the report ${SCRIPT_PAYLOAD} on Tuesday.`);
    expect(text).toContain(`Report ${SCRIPT_PAYLOAD} dismissed`);
    expect(text).toContain(`diplomats ${SVG_PAYLOAD}`);
    await assertInert(page);

    // The node whose key, name and kind are all markup, reached through the other party link.
    await details.locator('li[data-relation=DENIED] button.node-link').click();
    await page.getByTestId('search').fill('Britain');
    await page.getByTestId('search').press('Enter');
    await expect(details.getByTestId('details-title').innerText()).resolves.toBe(`Britain ${SCRIPT_PAYLOAD}`);
    await expect(details.innerText()).resolves.toContain(`Russia accused Britain of staging the incident ${SCRIPT_PAYLOAD}.`);
    await page.waitForTimeout(700); // camera animation, for the screenshot
    await page.screenshot({ path: artifactPath('viewer-xss.png') });

    // The URL now carries a key made of markup; reopening it must stay inert too.
    const reopened = await pageWithAlarms();
    await openViewer(reopened.page, page.url());
    await expect(reopened.page.getByTestId('details-title').innerText()).resolves.toBe(`Britain ${SCRIPT_PAYLOAD}`);
    await assertInert(reopened.page);
    await assertInert(page);
    expect([...problems, ...reopened.problems]).toEqual([]);
  });

  it('stays inert on whatever the extractor makes of an article full of markup', async () => {
    const viewer = await startViewerCli([extracted]);
    viewers.push(viewer);
    const { page, problems } = await pageWithAlarms();
    await openViewer(page, viewer.url);
    // Open every node the extractor produced (through the link form), so every name, alias and
    // evidence sentence it kept is rendered in the details panel.
    const graph = JSON.parse(readFileSync(extracted, 'utf8')) as SerializedNewsGraph;
    for (const node of graph.nodes) {
      const url = new URL(viewer.url);
      url.searchParams.set('node', node.key);
      await openViewer(page, url.href, { settled: false });
      await expect(page.getByTestId('details-title').innerText()).resolves.toBe(node.attributes?.name);
      await assertInert(page);
    }
    await assertInert(page);
    expect(problems).toEqual([]);
  });
});
