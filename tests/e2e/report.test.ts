// Invariant: a report made by the real CLI from a real batch opens in a real browser (Debian's
// chromium, driven by playwright-core; never a downloaded browser) without a console error and
// without a single network request, with every chart drawn; axe-core (the npm package, injected
// into the page) finds no WCAG 2 A/AA or best-practice violation — contrast, landmarks,
// keyboard-reachable scroll regions — in the light and the dark scheme; at a phone's 390 px the
// page never scrolls sideways and chart text stays readable. Comparison and sweep reports are held
// to the same. Leaves screenshots in tests/artifacts/ for people to look at.
import { createRequire } from 'node:module';
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
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; nodes: { target: string[]; failureSummary?: string }[] }

/** axe-core's violations on the page as it is now, as readable lines (rule: element: why). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>('typeof axe !== "undefined"'))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then((r) => r.violations)`);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`));
}

/**
 * At a phone's width: how far the page scrolls sideways, and the smallest font size of chart
 * text as drawn (the SVG's font size times its scale on screen).
 */
async function narrowLayout(page: Page): Promise<{ scrollWidth: number; smallestChartText: number }> {
  return page.evaluate(`(() => {
    const sizes = [...document.querySelectorAll('figure.chart svg text')].map((t) => {
      const svg = t.ownerSVGElement;
      const drawn = svg.getBoundingClientRect().width;
      const own = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal.width : Number(svg.getAttribute('width')) || drawn;
      return parseFloat(getComputedStyle(t).fontSize) * drawn / own;
    }).filter((x) => x > 0);
    return { scrollWidth: document.documentElement.scrollWidth, smallestChartText: Math.min(...sizes) };
  })()`);
}

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
    const counts = await page.evaluate<Record<string, number>>(`Object.fromEntries([...document.querySelectorAll('section[id]')].map((s) => [s.id, s.querySelectorAll('svg').length]))`);
    expect(counts).toEqual({
      outcomes: 1, timeline: 1, spread: 1, conditional: 1, pairs: 0, paths: 0, rungs: 1, obligations: 2, council: 3, pacts: 1, assumptions: 17,
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
    expect(await page.locator('nav.toc a').count()).toBe(11);
    expect(await page.locator('details.story').count()).toBeGreaterThan(0);
    expect(await page.locator('.badge-placeholder').count()).toBeGreaterThan(0);
  });

  it('passes axe-core (WCAG 2 A/AA and best practice) in the light and the dark scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('has a dark scheme: dark paper and light ink when the system asks for it', async () => {
    const colours = async () => page.evaluate<string[]>(`[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]`);
    await page.emulateMedia({ colorScheme: 'dark' });
    const [darkBg, darkInk] = await colours();
    await page.emulateMedia({ colorScheme: 'light' });
    const [lightBg] = await colours();
    const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(lum(darkBg!)).toBeLessThan(60);
    expect(lum(darkInk!)).toBeGreaterThan(180);
    expect(lum(lightBg!)).toBeGreaterThan(200);
  });

  it('draws its charts in the page\'s scheme: light on dark in the dark scheme, every chart text legible on its panel', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const found = await page.evaluate<{ panels: number[]; worst: { contrast: number; text: string; where: string } | null; texts: number }>(`(() => {
        const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
        const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        const lum = (c) => { const [r, g, b] = rgb(c); return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b); };
        const background = (el) => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            const a = rgb(bg)[3];
            if (bg !== 'transparent' && !(a === 0)) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const panels = [...document.querySelectorAll('figure.chart')].map((f) => lum(background(f)));
        let worst = null;
        let texts = 0;
        for (const t of document.querySelectorAll('figure.chart svg text')) {
          // Text drawn on a mark of its own (a heat-map cell) is judged against that mark, below.
          if (t.closest('[aria-roledescription="text mark"]') && getComputedStyle(t).fill === 'rgb(255, 255, 255)') continue;
          if (!t.textContent.trim()) continue;
          texts++;
          const fg = lum(getComputedStyle(t).fill);
          const bg = lum(background(t));
          const contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          if (worst === null || contrast < worst.contrast) worst = { contrast, text: t.textContent.trim().slice(0, 40), where: t.closest('section') ? t.closest('section').id : '?' };
        }
        return { panels, worst, texts };
      })()`);
      expect(found.texts).toBeGreaterThan(50);
      // Chart panels are the page's own paper: dark in the dark scheme, light in the light one.
      for (const l of found.panels) {
        if (colorScheme === 'dark') expect(l, 'a chart panel in the dark scheme').toBeLessThan(0.05);
        else expect(l).toBeGreaterThan(0.8);
      }
      expect(found.worst!.contrast, `${colorScheme}: "${found.worst!.text}" in #${found.worst!.where}`).toBeGreaterThanOrEqual(4.5);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('gives each colour one meaning: the pact diagram uses no colour that names something in another chart', async () => {
    const colours = await page.evaluate<{ pacts: string[]; meaning: string[] }>(`(() => {
      // Greys (ink, muted text, paper) are the page's neutrals, not a meaning: only colours count.
      const chromatic = (c) => { const v = (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number); return v.length === 3 && Math.max(...v) - Math.min(...v) >= 25; };
      const paint = (el) => [getComputedStyle(el).fill, getComputedStyle(el).stroke].filter((c) => c && c !== 'none' && !/rgba\\(.*, 0\\)$/.test(c) && chromatic(c));
      const pactSvg = document.querySelector('#pacts svg');
      const pacts = new Set([...pactSvg.querySelectorAll('path, circle, text, tspan')].flatMap(paint));
      const legendSwatches = [...document.querySelectorAll('#pacts .legend-row *')].flatMap((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]).filter(chromatic);
      for (const c of legendSwatches) pacts.add(c);
      // Colours that name something: legend symbols, and the marks that data are drawn with
      // (bars, areas, lines, points), in every other chart of the page.
      const meaning = new Set();
      for (const svg of document.querySelectorAll('figure.chart svg')) {
        if (svg === pactSvg) continue;
        for (const el of svg.querySelectorAll('.role-legend-symbol path, [aria-roledescription="bar"], [aria-roledescription="area mark"], [aria-roledescription="line mark"], [aria-roledescription="point"], [aria-roledescription="circle"], [aria-roledescription="square"]')) {
          for (const c of paint(el)) meaning.add(c);
        }
      }
      return { pacts: [...pacts], meaning: [...meaning] };
    })()`);
    expect(colours.meaning.length).toBeGreaterThan(3);
    expect(colours.pacts.filter((c) => colours.meaning.includes(c))).toEqual([]);
  });

  it('fits every table in its box on a desktop screen', async () => {
    const overflowing = await page.evaluate<string[]>(`[...document.querySelectorAll('.table-wrap')].filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.closest('section')?.id ?? '?')`);
    expect(overflowing).toEqual([]);
  });

  it('fits a 390 px screen: no sideways scroll, chart text at least 9 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const layout = await narrowLayout(page);
    expect(layout.scrollWidth).toBe(390);
    expect(layout.smallestChartText).toBeGreaterThanOrEqual(9);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('holds comparison and sweep reports to the same: axe-clean, no sideways scroll at 390 px', async () => {
    const cmp = join(dir, 'compare.json');
    const sweep = join(dir, 'sweep');
    expect((await casus(['compare', TUTORIAL, '--set', 'ally_reliability=0.95', '--vs', 'ally_reliability=0.3', '--runs', '400', '--out', cmp, '--quiet'])).code).toBe(0);
    expect((await casus(['sweep', TUTORIAL, '--vary', 'ally_reliability=0.3,0.9', '--runs', '200', '--out', sweep, '--quiet'])).code).toBe(0);
    for (const [input, out] of [[cmp, join(dir, 'compare.html')], [sweep, join(dir, 'sweep.html')]] as const) {
      const r = await casus(['report', input, '--out', out, '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      const other = await context.newPage();
      try {
        await other.setViewportSize({ width: 390, height: 844 });
        await other.goto(pathToFileURL(out).href, { waitUntil: 'load' });
        expect((await narrowLayout(other)).scrollWidth, out).toBe(390);
        for (const colorScheme of ['light', 'dark'] as const) {
          await other.emulateMedia({ colorScheme });
          expect(await axeViolations(other), `${out} ${colorScheme}`).toEqual([]);
        }
      } finally {
        await other.close();
      }
    }
  });

  it('saves a full-page screenshot as a test artefact', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'report.png');
    await page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
  });
});
