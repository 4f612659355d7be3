// Invariant: a report made by the real CLI from a real batch opens in a real browser (Debian's
// chromium, driven by playwright-core; never a downloaded browser) without a console error and
// without a single network request, with every chart drawn. Leaves a full-page screenshot in
// tests/artifacts/report.png for people to look at.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli } from '../../packages/cli/src/main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const TUTORIAL = 'packages/scenarios/scenarios/tutorial.yaml';
const ARTIFACTS = join(ROOT, 'tests/artifacts');

async function casus(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(argv, { stdout: () => {}, stderr: (s) => { stderr += s; }, cwd: ROOT, env: {}, isTTY: false });
  return { code, stderr };
}

describe.skipIf(!existsSync(CHROMIUM))('casus report in a browser', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casus-e2e-report-'));
    const result = join(dir, 'result.json');
    // 2,000 runs: 4 parameter draws × 500, so the spread across draws has its chart too.
    const run = await casus(['run', TUTORIAL, '--runs', '500', '--parameter-draws', '4', '--seed', '2025', '--out', result, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const report = await casus(['report', result, '--out', join(dir, 'report.html'), '--quiet']);
    expect(report.code, report.stderr).toBe(0);

    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console error and no network request', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('draws every chart: SVGs per section, each a well-formed document', async () => {
    // Browser-side code is passed as text: this project compiles without the DOM library.
    const counts = await page.evaluate<Record<string, number>>(`Object.fromEntries([...document.querySelectorAll('section')].map((s) => [s.id, s.querySelectorAll('svg').length]))`);
    expect(counts).toEqual({
      outcomes: 1, timeline: 1, spread: 1, conditional: 1, paths: 0, rungs: 1, obligations: 2, council: 3, pacts: 1, assumptions: 3,
    });
    // The SVG source as written in the file, parsed by the browser's XML parser.
    const sources = [...readFileSync(join(dir, 'report.html'), 'utf8').matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(sources.length).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    const broken = await page.evaluate<number>(`${JSON.stringify(sources)}.filter((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror') !== null).length`);
    expect(broken).toBe(0);
    // Every chart has a size on the page (drawn, not collapsed).
    const sizes = await page.evaluate<number[]>(`[...document.querySelectorAll('figure.chart svg')].map((svg) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height)`);
    for (const area of sizes) expect(area).toBeGreaterThan(1000);
  });

  it('shows the header, the contents and the stories', async () => {
    expect(await page.locator('h1').textContent()).toBe('Two states and a defence pact');
    expect(await page.locator('nav.toc a').count()).toBe(10);
    expect(await page.locator('details.story').count()).toBeGreaterThan(0);
    expect(await page.locator('.badge-placeholder').count()).toBeGreaterThan(0);
  });

  it('saves a full-page screenshot as a test artefact', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'report.png');
    await page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
  });
});
