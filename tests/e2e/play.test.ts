// End to end: the real `casus play` in a real pseudo-terminal (tmux), typed at like a person would.
// The screen must show the tick header, a played actor's decision prompt, an odds table and a
// one-line message for bad input; quit must save the session. Skipped, saying why, without tmux.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOCKET = `casus-e2e-${process.pid}`;
const PANE = 'play';

/** tmux on PATH, installing it with apt-get when we may (as .ci/run does); undefined with the reason otherwise. */
function findTmux(): { ok: true } | { ok: false; reason: string } {
  const has = () => spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
  if (has()) return { ok: true };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq tmux'], { stdio: 'ignore', timeout: 180_000 });
    if (has()) return { ok: true };
    return { ok: false, reason: 'tmux is not installed and `apt-get install -y tmux` failed' };
  }
  return { ok: false, reason: 'tmux is not installed (and apt-get cannot be used here); install tmux to run this test' };
}

const tmux = findTmux();
if (!tmux.ok) console.warn(`tests/e2e/play.test.ts skipped: ${tmux.reason}`);

function t(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

/** The whole pane, scrollback included. */
function screen(): string {
  return t('capture-pane', '-p', '-J', '-S', '-', '-t', PANE);
}

async function waitFor(pattern: RegExp | string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = screen();
    if (typeof pattern === 'string' ? s.includes(pattern) : pattern.test(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the screen shows:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function type(line: string): void {
  t('send-keys', '-t', PANE, '-l', line);
  t('send-keys', '-t', PANE, 'Enter');
}

describe.skipIf(!tmux.ok)('casus play in a terminal', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'casus-e2e-play-'));
    const quote = (w: string): string => `'${w.replaceAll("'", `'\\''`)}'`;
    const command = [
      process.execPath, '--conditions=source', '--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'),
      'play', 'tutorial', '--as', 'C', '--situation', 'invasion', '--seed', '2',
      '--session', join(dir, 'seminar.json'), '--transcript', join(dir, 'seminar.md'),
    ].map(quote).join(' ');
    // The pane stays open after casus exits, so its last words can still be read.
    writeFileSync(join(dir, 'play.sh'), `cd ${quote(ROOT)}\nNO_COLOR=1 ${command}\necho "[exit $?]"\nsleep 60\n`);
    t('new-session', '-d', '-s', PANE, '-x', '200', '-y', '50', `sh ${quote(join(dir, 'play.sh'))}`);
    t('set-option', '-t', PANE, 'history-limit', '10000');
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server'], { stdio: 'ignore' });
  });

  it('shows ticks, asks the played actor, gives the odds, answers bad input, saves on quit', async () => {
    await waitFor('start 2025-01-06> ');
    expect(screen()).toContain('playing C (Carpania)');

    type('run 3');
    const decision = await waitFor('C decides (1–2)> ');
    expect(decision).toContain('── tick 2 · 2025-01-20');
    expect(decision).toContain('#0   B attacks A in aland (intensity 5); B–A tension → war  [inject:invasion#0]');
    expect(decision).toContain('▶ C (Carpania) decides — judge whether the casus foederis has arisen · tick 2 · 2025-01-20');
    expect(decision).toMatch(/ 1 {2}invoke\n\s+2 {2}deny/);

    type('odds 300');
    const odds = await waitFor(/at the start\n[\s\S]*sanctions_vetoed .*\n[\s\S]*C decides \(1–2\)> $/m);
    expect(odds).toContain("odds from tick 2 · 2025-01-20, with C's decision (a-c-1960/defense@C) taken each way — 300 continuations");
    expect(odds).toMatch(/ally_intervenes +[\d.]+% \[[\d.]+, [\d.]+\] +[\d.]+% \[/);

    type('frobnicate');
    await waitFor('✖ unknown command "frobnicate" (and not an option of this decision)');

    type('1');
    await waitFor('✔ C chose invoke');
    type('next');
    await waitFor('t3 2025-01-27> ');
    type('frobnicate');
    await waitFor('✖ unknown command "frobnicate"; type help for the commands');

    type('quit');
    const end = await waitFor('[exit 0]');
    expect(end).toContain(`saved the session to ${join(dir, 'seminar.json')}`);
    const saved = JSON.parse(readFileSync(join(dir, 'seminar.json'), 'utf8')) as { branches: { decisions: { option: string }[] }[] };
    expect(saved.branches[0]!.decisions.map((d) => d.option)).toEqual(['invoke']);
    expect(existsSync(join(dir, 'seminar.md'))).toBe(true);
    expect(readFileSync(join(dir, 'seminar.md'), 'utf8')).toContain('### tick 2 · 2025-01-20');
  });
});
