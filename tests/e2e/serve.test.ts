// Invariant: a facilitator and two teams, each in its own browser context of Debian's chromium
// (driven by playwright-core; never a downloaded browser), run korea-2024 "yeonpyeong-clash"
// through `casus serve` end to end: they join with their codes, each team answers only its own
// actors' decisions (and is refused when it tries another's), an inject is made and undone, the
// server restarts and every page resumes where it was, the wall's odds are exactly what `casus
// play` prints for the same session file, and axe-core finds no serious or critical issue in any
// view. Screenshots go to tests/artifacts/ (and to docs/images/ with CASUS_DOCS_SCREENSHOTS=1).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCli } from '../../packages/cli/src/main.js';
import { openSeminar, type ServeOptions } from '../../packages/cli/src/serve/open.js';
import { startServer, type RunningServer } from '../../packages/cli/src/serve/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const DOC_IMAGES = join(ROOT, 'docs/images');
const RUNS = 200;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const io = { stdout: () => {}, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false };

type Role = 'facilitator' | 'wall' | 'seoul' | 'washington';

describe.skipIf(!existsSync(CHROMIUM))('casus serve in a browser: a short seminar', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  const pages = {} as Record<Role, Page>;
  const problems: string[] = [];

  const options = (first: boolean, port: number): ServeOptions => ({
    seed: 1, run: 0, engine: 'reference', session: join(dir, 'seminar.json'), host: '127.0.0.1', port, oddsRuns: RUNS,
    ...(first ? { situation: 'yeonpyeong-clash', team: ['seoul=ROK', 'washington=USA'] } : {}),
  });
  const text = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).first().textContent()) ?? '';
  const choices = (page: Page) => page.locator('[data-testid=choices] li').count();
  const shot = async (page: Page, name: string): Promise<void> => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `serve-${name}.png`), fullPage: true });
    if (process.env.CASUS_DOCS_SCREENSHOTS) {
      // For the guide, the odds as people will mostly see them: computed.
      await expect.poll(() => page.locator('[data-testid=odds][data-state=ready]').count(), { timeout: 120_000 }).toBe(1);
      await page.screenshot({ path: join(DOC_IMAGES, `serve-${name}.png`), fullPage: name !== 'wall' });
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casus-e2e-serve-'));
    server = await startServer(openSeminar('korea-2024', options(true, 0), io));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const codes: Record<Role, string> = { facilitator: server.codes.facilitator, wall: server.codes.wall, seoul: server.codes.teams.seoul!, washington: server.codes.teams.washington! };
    for (const role of Object.keys(codes) as Role[]) {
      // Separate contexts: nothing (storage, cookies) is shared between the roles' pages.
      const context = await browser.newContext({ viewport: role === 'wall' ? { width: 1600, height: 900 } : { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`${role}: ${String(e)}`));
      page.on('request', (r) => { if (!r.url().startsWith(server.url)) problems.push(`${role} requested ${r.url()}`); });
      await page.goto(`${server.url}#${codes[role]}`);
      pages[role] = page;
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('each role joins with its code and sees its own view', async () => {
    const f = pages.facilitator;
    await expect.poll(() => text(f, '.eyebrow')).toContain('Facilitator');
    expect(await text(pages.seoul, '.eyebrow')).toContain('Team seoul');
    expect(await text(pages.washington, '[data-testid=team-actors]')).toBe('USA');
    expect(await text(pages.wall, '.eyebrow')).toContain('Wall');
    // The facilitator's page shows a QR code for every join code.
    expect(await f.locator('[data-testid=access] svg[role=img]').count()).toBe(4);
    expect(await text(f, '[data-testid=where]')).toContain('start');
    // A wrong code is refused with a message, not a blank page.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`${server.url}#wrong-code`);
    await expect.poll(() => text(stranger, '[data-testid=error]')).toContain('not valid for this seminar');
    await stranger.context().close();
  });

  it('moves time until a team must decide; each team answers only for its own actors', async () => {
    const f = pages.facilitator;
    for (let i = 0; i < 6 && (await f.locator('[data-testid=decision]').count()) === 0; i++) {
      const before = await text(f, '[data-testid=where]');
      await f.click('[data-testid=advance]');
      await expect.poll(() => text(f, '[data-testid=where]')).not.toBe(before);
    }
    let answered = 0;
    const teamsThatAnswered = new Set<string>();
    while (answered < 8 && (await f.locator('[data-testid=decision]').count()) > 0) {
      const actor = (await f.locator('[data-testid=decision]').getAttribute('data-actor'))!;
      const owner: Role = actor === 'ROK' ? 'seoul' : 'washington';
      const other: Role = owner === 'seoul' ? 'washington' : 'seoul';
      await expect.poll(() => text(f, `[data-testid=teams] li[data-team=${owner}]`)).toContain('has not decided yet');
      await expect.poll(() => pages[owner].locator(`[data-testid=decision][data-actor=${actor}]`).count()).toBe(1);
      await expect.poll(() => text(pages[other], '[data-testid=turn]')).toContain(`Waiting for team ${owner}`);
      expect(await pages[other].locator('[data-testid=decision]').count()).toBe(0);
      if (answered === 0) {
        await shot(pages[owner], 'team');
        // The other team tries anyway, with its own code, straight at the API: refused.
        const code = new URL(pages[other].url()).hash.slice(1);
        const version = await f.evaluate<string>(`fetch('/api/state', { headers: { authorization: 'Bearer ${server.codes.facilitator}' } }).then((r) => r.json()).then((v) => v.version)`);
        const status = await pages[other].evaluate<string>(`fetch('/api/action', { method: 'POST', headers: { authorization: 'Bearer ${code}', 'content-type': 'application/json' },
          body: JSON.stringify({ version: '${version}', action: { type: 'answer', actor: '${actor}', option: 'x' } }) }).then(async (r) => r.status + ' ' + (await r.json()).error.code)`);
        expect(status).toBe('403 E_FORBIDDEN');
      }
      const count = await choices(f);
      await pages[owner].locator('[data-testid=decision] button').first().click();
      await expect.poll(() => choices(f)).toBe(count + 1);
      teamsThatAnswered.add(owner);
      answered++;
    }
    expect(answered).toBeGreaterThan(0);
    expect(await choices(pages.facilitator)).toBe(answered);
  });

  it('applies a white-cell inject and undoes it', async () => {
    const f = pages.facilitator;
    await f.fill('[data-testid=inject-text]', '{signal: {kind: talks, by: PRK}}');
    await f.click('[data-testid=inject]');
    await expect.poll(() => f.locator('[data-testid=injects] li').count()).toBe(1);
    expect(await text(f, '[data-testid=injects]')).toContain('talks');
    await shot(f, 'facilitator');
    await f.click('[data-testid=undo]');
    await expect.poll(() => f.locator('[data-testid=injects] li').count()).toBe(0);
    await expect.poll(() => text(f, '[data-testid=notice]')).toContain('undid the inject');
    // A bad inject is refused with the session's message and changes nothing.
    await f.fill('[data-testid=inject-text]', '{armedAttack: {by: PRK, on: ATLANTIS, in: yeonpyeong, intensity: 4}}');
    await f.click('[data-testid=inject]');
    await expect.poll(() => text(f, '[data-testid=error]')).toContain('unknown actor "ATLANTIS"');
  });

  it('resumes every page after a server restart', async () => {
    const f = pages.facilitator;
    const where = await text(f, '[data-testid=where]');
    const events = await pages.wall.locator('[data-testid=timeline] li').count();
    const port = server.port;
    await server.close();
    server = await startServer(openSeminar('korea-2024', options(false, port), io));
    // EventSource reconnects by itself; the pages keep their codes (saved with the session).
    for (const role of Object.keys(pages) as Role[]) await expect.poll(() => pages[role].locator('.offline').count(), { timeout: 30_000 }).toBe(0);
    expect(await text(f, '[data-testid=where]')).toBe(where);
    expect(await pages.wall.locator('[data-testid=timeline] li').count()).toBe(events);
    // And play goes on: the facilitator advances (after answering for an absent team if need be).
    if ((await f.locator('[data-testid=decision]').count()) > 0) {
      const count = await choices(f);
      await f.locator('[data-testid=decision] button').first().click();
      await expect.poll(() => choices(f)).toBe(count + 1);
    }
    if ((await f.locator('[data-testid=decision]').count()) === 0) {
      const before = await text(f, '[data-testid=where]');
      await f.click('[data-testid=advance]');
      await expect.poll(() => text(f, '[data-testid=where]')).not.toBe(before);
    }
  });

  it("shows on the wall exactly the odds casus play gives for the same session", async () => {
    const wall = pages.wall;
    await expect.poll(() => wall.locator('[data-testid=odds][data-state=ready]').count(), { timeout: 120_000 }).toBe(1);
    const wallRows = await wall.evaluate<string[][]>(`[...document.querySelectorAll('[data-testid=odds] tbody tr')].map((tr) => [tr.dataset.outcome, ...[...tr.querySelectorAll('.cell-text')].map((c) => c.textContent)])`);
    const wallTitle = await text(wall, '[data-testid=odds] .caption');
    await shot(wall, 'wall');

    const copy = join(dir, 'play-copy.json');
    copyFileSync(join(dir, 'seminar.json'), copy);
    let out = '';
    const code = await runCli(['play', 'korea-2024', '--session', copy], {
      ...io, stdout: (s: string) => { out += s; },
      interactive: { input: Readable.from([`odds ${RUNS}\n`, 'quit\n']), output: new PassThrough(), terminal: false },
    });
    expect(code, out).toBe(0);
    const table = out.slice(out.indexOf('odds from '));
    expect(table.split('\n')[0]).toBe(wallTitle);
    const playRows = wallRows.map(([id]) => {
      const line = table.split('\n').find((l) => l.startsWith(`  ${id} `))!;
      return line.trim().split(/\s{2,}/);
    });
    expect(wallRows.length).toBeGreaterThan(5);
    expect(wallRows).toEqual(playRows);
  });

  it('opens the after-action review: the decisions in order, the odds after each action, the story; it loads nothing', async () => {
    const f = pages.facilitator;
    const choicesShown = await choices(f);
    const href = (await f.locator('[data-testid=review-link]').getAttribute('href'))!;
    const review = await f.context().newPage();
    const requests: string[] = [];
    review.on('request', (r) => requests.push(r.url()));
    await review.goto(new URL(href, server.url).href);
    expect(await text(review, 'h1')).toBe('Korean peninsula after the Russia–DPRK treaty (2024)');
    expect(await review.locator('#decisions tbody tr').count()).toBe(choicesShown);
    expect(await review.locator('#odds svg').count()).toBe(1);
    expect(await review.locator('#story tbody tr').count()).toBe(await pages.wall.locator('[data-testid=timeline] li').count());
    expect(requests).toHaveLength(1);
    if (process.env.CASUS_DOCS_SCREENSHOTS) await review.screenshot({ path: join(DOC_IMAGES, 'serve-review.png') });
    await review.close();
  });

  it('has no serious or critical accessibility issue in any view (axe-core)', async () => {
    await pages.facilitator.reload();
    await expect.poll(() => pages.facilitator.locator('[data-testid=where]').count()).toBe(1);
    for (const role of Object.keys(pages) as Role[]) {
      const page = pages[role];
      await page.addScriptTag({ content: AXE });
      const found = await page.evaluate<{ id: string; impact: string; help: string; nodes: string[] }[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`);
      expect(found, role).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});
