// Invariant: a facilitator and two teams, each in its own browser context of Debian's chromium
// (driven by playwright-core; never a downloaded browser), run korea-2024 "yeonpyeong-clash"
// through `casus serve` end to end: they join with their codes; when the shelling raises decisions
// for both teams at once, each team sees only its own, both answer at the same moment and both
// answers are taken, the facilitator sees who has not decided yet, and each team's timeline holds
// only what its actors know; a team is refused when it tries another's decision; an inject is made and undone, the
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
  /** The text of the first match, waiting (up to the page's default timeout) for it to appear. */
  const text = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).first().textContent()) ?? '';
  /**
   * The text of the first match as the page is now ('' when there is none), for polls: a poll's
   * every attempt must return at once, or one absent element (a notice replaced by an error) spends
   * the page's whole timeout per attempt and the test dies on its own timeout with no message.
   */
  const textNow = async (page: Page, selector: string): Promise<string> => (await page.locator(selector).allTextContents())[0] ?? '';
  /** A poll on what the server pushes: under a loaded CI machine a push can take seconds, not the default one. */
  const poll = <T,>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000 });
  const choices = (page: Page) => page.locator('[data-testid=choices] li').count();
  /** axe-core's serious and critical findings on a page as it is now. */
  const axe = async (page: Page) => {
    await page.addScriptTag({ content: AXE });
    return page.evaluate<{ id: string; impact: string; help: string; nodes: string[] }[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`);
  };
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
      // Below the test's own timeout, so an action that cannot happen fails with Playwright's located message.
      page.setDefaultTimeout(20_000);
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
    await poll(() => textNow(f, '.eyebrow')).toContain('Facilitator');
    expect(await text(pages.seoul, '.eyebrow')).toContain('Team seoul');
    expect(await text(pages.washington, '[data-testid=team-actors]')).toBe('USA');
    expect(await text(pages.wall, '.eyebrow')).toContain('Wall');
    // The facilitator's page shows a QR code for every join code.
    expect(await f.locator('[data-testid=access] svg[role=img]').count()).toBe(4);
    expect(await text(f, '[data-testid=where]')).toContain('start');
    // A wrong code is refused with a message, not a blank page.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(`${server.url}#wrong-code`);
    await poll(() => textNow(stranger, '[data-testid=error]')).toContain('not valid for this seminar');
    await stranger.context().close();
  });

  it('opens every decision of a round at once, each to its own team; two teams answer at the same time; fog of war holds', async () => {
    const f = pages.facilitator;
    for (let i = 0; i < 6 && (await f.locator('[data-testid=decision]').count()) === 0; i++) {
      const before = await text(f, '[data-testid=where]');
      await f.click('[data-testid=advance]');
      await poll(() => textNow(f, '[data-testid=where]')).not.toBe(before);
    }
    // Tick 1: the shelling of Yeonpyeong raises decisions for both teams, taken on the same state.
    await poll(() => f.locator('[data-testid=decision]').count()).toBe(3);
    expect(await f.locator('[data-testid=decision]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(
      ['camp-david-2023/consult@USA', 'ROK/answer-provocation', 'USA/answer-attack-on-ally']);
    await poll(() => textNow(f, '[data-testid=teams] li[data-team=seoul]')).toContain('has not decided yet (1 open)');
    expect(await text(f, '[data-testid=teams] li[data-team=washington]')).toContain('has not decided yet (2 open)');
    expect(await text(f, '[data-testid=waiting]')).toContain('Waiting on team seoul and team washington');
    expect(await text(pages.wall, '[data-testid=waiting]')).toContain('Waiting on team seoul and team washington');
    expect(await pages.wall.locator('[data-testid=decision]').count()).toBe(0);
    // Each team sees its own decisions, and only those.
    await poll(() => pages.seoul.locator('[data-testid=decision]').count()).toBe(1);
    expect(await pages.seoul.locator('[data-testid=decision][data-actor=ROK]').count()).toBe(1);
    await poll(() => pages.washington.locator('[data-testid=decision]').count()).toBe(2);
    expect(await pages.washington.locator('[data-testid=decision][data-actor=USA]').count()).toBe(2);
    await shot(pages.seoul, 'team');
    // Washington tries to answer Seoul's decision anyway, with its own code, straight at the API: refused.
    const code = new URL(pages.washington.url()).hash.slice(1);
    const version = await f.evaluate<string>(`fetch('/api/state', { headers: { authorization: 'Bearer ${server.codes.facilitator}' } }).then((r) => r.json()).then((v) => v.version)`);
    const status = await pages.washington.evaluate<string>(`fetch('/api/action', { method: 'POST', headers: { authorization: 'Bearer ${code}', 'content-type': 'application/json' },
      body: JSON.stringify({ version: '${version}', action: { type: 'answer', actor: 'ROK', key: 'ROK/answer-provocation', option: 'strike_origin' } }) }).then(async (r) => r.status + ' ' + (await r.json()).error.code)`);
    expect(status).toBe('403 E_FORBIDDEN');

    // Both teams click at the same moment, on the same state: both answers are taken.
    await Promise.all([
      pages.seoul.locator('[data-testid=decision][data-key="ROK/answer-provocation"] button').first().click(),
      pages.washington.locator('[data-testid=decision][data-key="USA/answer-attack-on-ally"] button').first().click(),
    ]);
    await poll(() => f.locator('[data-testid=decision][data-answered]').count()).toBe(2);
    for (const role of ['seoul', 'washington'] as const) expect(await pages[role].locator('[data-testid=error]').count(), role).toBe(0);
    // Seoul has decided and waits on Washington; the facilitator sees who has not decided yet.
    await poll(() => textNow(pages.seoul, '[data-testid=turn]')).toContain("Your choice is in. Waiting on washington's decision.");
    expect(await pages.seoul.locator('[data-testid=decision][data-answered=absorb_and_protest]').count()).toBe(1);
    await poll(() => textNow(f, '[data-testid=teams] li[data-team=washington]')).toContain('has not decided yet (1 open)');
    expect(await text(f, '[data-testid=teams] li[data-team=seoul]')).toContain('has decided; waits for the others');
    // The wall shows no one's open decisions: its odds take none of them each way.
    await expect.poll(() => pages.wall.locator('[data-testid=odds][data-state=ready]').count(), { timeout: 50_000 }).toBe(1);
    expect(await pages.wall.locator('[data-testid=odds] thead th').allTextContents()).toEqual(['outcome', 'from here', 'at the start']);
    expect(await text(pages.wall, '[data-testid=odds] .caption')).not.toContain('taken each way');
    await shot(f, 'facilitator');
    // The round's views, answered decisions included, are accessible too.
    for (const role of ['facilitator', 'seoul', 'washington'] as const) expect(await axe(pages[role]), role).toEqual([]);

    // Washington's last decision of the round completes it; what follows in the tick appears only now.
    let answered = 2;
    for (let i = 0; i < 10 && (await f.locator('[data-testid=decision]:not([data-answered])').count()) > 0; i++) {
      const card = f.locator('[data-testid=decision]:not([data-answered])').first();
      const [actor, key] = [await card.getAttribute('data-actor'), await card.getAttribute('data-key')];
      const owner: Role = actor === 'ROK' ? 'seoul' : 'washington';
      const other: Role = owner === 'seoul' ? 'washington' : 'seoul';
      await poll(() => pages[owner].locator(`[data-testid=decision][data-key="${key}"]:not([data-answered])`).count()).toBe(1);
      if ((await pages[other].locator('[data-testid=decision]:not([data-answered])').count()) === 0) {
        await poll(() => textNow(pages[other], '[data-testid=turn]')).toContain(`Waiting on ${owner}'s decision`);
      }
      const count = await choices(f);
      await pages[owner].locator(`[data-testid=decision][data-key="${key}"] button`).first().click();
      await poll(() => choices(f)).toBe(count + 1);
      answered++;
    }
    expect(await choices(f)).toBe(answered);

    // Fog of war, in the browser: each team's timeline has its own decisions and the attacks, never
    // the other team's decisions or judgments, nor the model's variables; the facilitator's has all.
    const events = server.seminar.current.frame.result.events!;
    const seqs = (page: Page) => page.locator('[data-testid=timeline] li').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))));
    await poll(async () => (await seqs(f)).length).toBe(events.length);
    for (const [role, own] of [['seoul', 'ROK'], ['washington', 'USA']] as const) {
      const shown = new Set(await seqs(pages[role]));
      const hidden = events.filter((e) => e.kind === 'variable' || (e.kind === 'decision' && e.actor !== own) || (e.kind === 'obligation' && /^(judged|denied)/.test(e.detail ?? '') && e.actor !== own));
      expect(hidden.length, role).toBeGreaterThan(0);
      for (const e of hidden) expect(shown.has(e.seq), `${role} sees #${e.seq} ${e.text}`).toBe(false);
      expect(events.some((e) => e.kind === 'decision' && e.actor === own && shown.has(e.seq)), role).toBe(true);
      expect(events.some((e) => e.kind === 'armedAttack' && shown.has(e.seq)), role).toBe(true);
      // What the other team's actor did is its act: the cause names no decision or option of it.
      const other = own === 'ROK' ? 'USA' : 'ROK';
      const causes = await pages[role].locator('[data-testid=timeline] .cause').allTextContents();
      expect(causes.filter((c) => c.includes(`decision:${other}/`)), role).toEqual([]);
      expect(causes.some((c) => c.startsWith(`act:${other}`)), role).toBe(true);
      expect(await pages[role].locator(`[data-testid=choices] li`).count()).toBe(server.seminar.current.branch.decisions.filter((d) => d.actor === own).length);
    }
  });

  it('applies a white-cell inject and undoes it; a refused one keeps its message while the odds come in', async () => {
    const f = pages.facilitator;
    await f.fill('[data-testid=inject-text]', '{signal: {kind: talks, by: PRK}}');
    await f.click('[data-testid=inject]');
    await poll(() => f.locator('[data-testid=injects] li').count()).toBe(1);
    expect(await text(f, '[data-testid=injects]')).toContain('talks');
    // A bad inject, made while the odds of the new state are still being computed, is refused with
    // the session's message and changes nothing; the message stays while the odds' progress and
    // result are pushed to the page (they cleared it once, so a loaded machine's refusal vanished).
    await f.fill('[data-testid=inject-text]', '{armedAttack: {by: PRK, on: ATLANTIS, in: yeonpyeong, intensity: 4}}');
    await f.click('[data-testid=inject]');
    await poll(() => textNow(f, '[data-testid=error]')).toContain('unknown actor "ATLANTIS"');
    await expect.poll(() => pages.wall.locator('[data-testid=odds][data-state=ready]').count(), { timeout: 50_000 }).toBe(1);
    expect(await textNow(f, '[data-testid=error]')).toContain('unknown actor "ATLANTIS"');
    expect(await f.locator('[data-testid=injects] li').count()).toBe(1);
    await f.click('[data-testid=undo]');
    await poll(() => f.locator('[data-testid=injects] li').count()).toBe(0);
    // When the notice is missing, say what the page shows instead (an error replaces the notice).
    const noticeOr = async () => (await textNow(f, '[data-testid=notice]')) || `no notice; error shown: ${await textNow(f, '[data-testid=error]')}`;
    await poll(noticeOr).toContain('undid the inject');
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
    if ((await f.locator('[data-testid=decision]:not([data-answered])').count()) > 0) {
      const count = await choices(f);
      await f.locator('[data-testid=decision]:not([data-answered]) button').first().click();
      await poll(() => choices(f)).toBe(count + 1);
    }
    if ((await f.locator('[data-testid=decision]').count()) === 0) {
      const before = await text(f, '[data-testid=where]');
      await f.click('[data-testid=advance]');
      await poll(() => textNow(f, '[data-testid=where]')).not.toBe(before);
    }
  });

  it("shows the facilitator exactly the odds casus play gives for the same session, and the wall no decision's options", async () => {
    const wall = pages.wall;
    const f = pages.facilitator;
    for (const page of [wall, f]) await expect.poll(() => page.locator('[data-testid=odds][data-state=ready]').count(), { timeout: 120_000 }).toBe(1);
    const rowsOf = (page: Page) => page.evaluate<string[][]>(`[...document.querySelectorAll('[data-testid=odds] tbody tr[data-outcome]')].map((tr) => [tr.dataset.outcome, ...[...tr.querySelectorAll('.cell-text')].map((c) => c.textContent)])`);
    // korea-2024's metrics (1.10): a row each, the mean per run in every column.
    const metricsOf = (page: Page) => page.evaluate<string[][]>(`[...document.querySelectorAll('[data-testid=odds] tbody tr[data-metric]')].map((tr) => [tr.dataset.metric, ...[...tr.querySelectorAll('.cell-text')].map((c) => c.textContent)])`);
    const wallRows = await rowsOf(f);
    const wallMetrics = await metricsOf(f);
    const wallTitle = await text(f, '[data-testid=odds] .caption');
    await shot(wall, 'wall');
    // The wall: the same table between decisions; with a decision open, one column from here — no
    // one's options on the projector.
    const columns = await wall.locator('[data-testid=odds] thead th').allTextContents();
    if (server.seminar.current.frame.pending === undefined) {
      expect([await rowsOf(wall), await text(wall, '[data-testid=odds] .caption')]).toEqual([wallRows, wallTitle]);
    } else {
      expect(columns).toEqual(['outcome', 'from here', 'at the start']);
      expect(await text(wall, '[data-testid=odds] .caption')).toContain('its open decisions left to the doctrine');
    }

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
    const playMetrics = wallMetrics.map(([id]) => table.split('\n').find((l) => l.startsWith(`  ${id} `))!.trim().split(/\s{2,}/));
    expect(wallMetrics.map(([id]) => id)).toEqual(['launch_days', 'lethal_incidents', 'exchanges_of_fire', 'council_vetoes', 'weeks_korean_war', 'weeks_great_power_war']);
    expect(wallMetrics).toEqual(playMetrics);
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
    await poll(() => pages.facilitator.locator('[data-testid=where]').count()).toBe(1);
    for (const role of Object.keys(pages) as Role[]) expect(await axe(pages[role]), role).toEqual([]);
    expect(problems).toEqual([]);
  });
});
