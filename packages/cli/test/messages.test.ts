// Invariant: every user error reads the same way — one line `casus: message [E_CODE]` on stderr,
// nothing on stdout, exit 2 (1 for invalid input) — with a suggestion when a name is mistyped; and
// every command's help states its exit codes and writes defaults one way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';
import { alternatives, didYouMean, validNames } from '../src/did-you-mean.js';
import { describePeriod } from '../src/run-period.js';
import { cli, tempDir, TUTORIAL } from './batch/helpers.js';

function expectError(r: { code: number; stdout: string; stderr: string }, code: string, exit = 2): void {
  expect(r.code).toBe(exit);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`^casus: [^\\n]*\\[${code}\\]\\n$`));
}

describe('user errors', () => {
  it('carry a code, one prefix and a suggestion for a near miss', async () => {
    const cases: [string[], string, string | undefined][] = [
      [['run', TUTORIAL, '--runs', 'abc'], 'E_OPTION_VALUE', undefined],
      [['run', TUTORIAL, '--situation', 'invasoin'], 'E_SITUATION_UNKNOWN', 'did you mean "invasion"?'],
      [['run', TUTORIAL, '--set', 'ally_reliabilty=0.5'], 'E_PARAMETER_UNKNOWN', 'did you mean "ally_reliability"?'],
      [['run', TUTORIAL, '--set', 'ally_reliability'], 'E_SET', undefined],
      [['run', 'korea2024'], 'E_SCENARIO_NOT_FOUND', 'did you mean the bundled scenario korea-2024?'],
      [['explain', TUTORIAL, '--outcome', 'clsh'], 'E_OUTCOME_UNKNOWN', 'did you mean "clash"?'],
      [['rn', TUTORIAL], 'E_UNKNOWN_COMMAND', 'did you mean "run"?'],
      [['help', 'frob'], 'E_UNKNOWN_COMMAND', 'the commands are validate'],
      [['run', TUTORIAL, '--sed', '3'], 'E_UNKNOWN_OPTION', '--seed'],
      [['run'], 'E_MISSING_ARGUMENT', undefined],
      [['merge', 'a.json'], 'E_MISSING_ARGUMENT', '--out'],
    ];
    const results = await Promise.all(cases.map(([argv]) => cli(argv)));
    results.forEach((r, i) => {
      const [argv, code, hint] = cases[i]!;
      expectError(r, code);
      if (hint !== undefined) expect(r.stderr, argv.join(' ')).toContain(hint);
      expect(r.stderr).not.toMatch(/^error:/m);
    });
  });
});

describe('help', () => {
  it('states the exit codes of every command, marks required options, and writes defaults as "(default: …)"', async () => {
    // Every command the top help lists (so a new command cannot slip by), help itself aside.
    const listed = (await cli(['--help'])).stdout;
    const names = [...listed.slice(listed.indexOf('Commands:')).matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThanOrEqual(COMMANDS.length);
    expect(names).toContain('serve');
    const helps = await Promise.all(names.map((n) => cli([n, '--help'])));
    helps.forEach((h, i) => {
      expect(h.code, names[i]).toBe(0);
      expect(h.stdout, names[i]).toMatch(/Exit codes: 0 /);
      expect(h.stdout, names[i]).not.toMatch(/\(default [^:]/);
    });
    expect(helps[names.indexOf('merge')]!.stdout).toMatch(/--out <file>\s+\(required\)/);
    const top = await cli(['--help']);
    expect(top.stdout).toContain('Exit codes: 0 ok');
  });
});

describe('casus show and list --detail', () => {
  it('list situations, parameters with law, range and basis, outcomes and pacts', async () => {
    const [show, list] = await Promise.all([cli(['show', 'tutorial']), cli(['list', '--detail'])]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^ {4}invasion {2}Borduria invades Aland in week 2$/m);
    expect(show.stdout).toMatch(/^ {4}ally_reliability +beta\(8, 2\) +0\.8 +0\.6\d* – 0\.9\d* +judgment/m);
    expect(show.stdout).toMatch(/^ {4}a-c-1960 +Aland–Carpania Mutual Defence Treaty \(1960\) — A, C;/m);
    expect(show.stdout).toMatch(/^ {4}ally_intervenes +Carpania at war with Borduria$/m);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(show.stdout.trimEnd());
    expect(list.stdout).toMatch(/^korea-2024 — /m);
    expect(show.stdout).not.toContain('extends');
  });

  it('a variant says what it changes from its base; one that changes nothing says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'same.yaml'), 'extends: korea-2024\nid: same\ntitle: The same\n');
    const [taiwan, same] = await Promise.all([cli(['show', 'korea-2024-taiwan']), cli(['show', 'same.yaml'], { cwd: dir })]);
    expect(taiwan.code).toBe(0);
    expect(taiwan.stdout).toMatch(/^ {2}extends {5}korea-2024\.yaml; what it changes: \d+ changes$/m);
    expect(taiwan.stdout).toMatch(/^ {4}doctrine +changed USA: decision point answer-taiwan added$/m);
    expect(taiwan.stdout).toMatch(/^ {4}triggers +added taiwan-war, two-front-drain, /m);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^ {2}extends {5}korea-2024\.yaml, and changes nothing in it$/m);
  });
});

describe('messages read naturally, and the same in every command', () => {
  it('offer several near names as alternatives, quoted once each; a swapped pair of characters is one edit', async () => {
    const [option, scenario] = await Promise.all([cli(['run', TUTORIAL, '--runn', '3']), cli(['run', 'korea-2042'])]);
    expectError(option, 'E_UNKNOWN_OPTION');
    expect(option.stderr).toContain(`unknown option '--runn' (did you mean "--run" or "--runs"?)`);
    expect(option.stderr).not.toContain('one of');
    expectError(scenario, 'E_SCENARIO_NOT_FOUND');
    expect(scenario.stderr).toContain('did you mean the bundled scenario korea-2024?');
    expect(alternatives(['a'])).toBe('"a"');
    expect(alternatives(['a', 'b', 'c'])).toBe('"a", "b" or "c"');
    expect(didYouMean('member_ys', ['member_yes', 'member_no', 'clash_rate'])).toBe(' (did you mean "member_yes" or "member_no"?)');
    expect(didYouMean('reliability', ['ally_reliability', 'clash_rate'])).toBe(' (did you mean "ally_reliability"?)');
    expect(didYouMean('zzz', ['ally_reliability'])).toBe('');
  });

  it('word a count out of range one way in run, compare, sweep and sensitivity, each with its own code', async () => {
    const expected = '--runs expects a whole number between 1 and 1,099,511,627,776, got "-1"';
    const cases: [string[], string][] = [
      [['run', TUTORIAL, '--runs', '-1'], 'E_OPTION_VALUE'],
      [['compare', TUTORIAL, '--runs', '-1', '--set', 'ally_reliability=0.9', '--vs', 'ally_reliability=0.5'], 'E_COMPARE_OPTION'],
      [['sweep', TUTORIAL, '--runs', '-1', '--vary', 'clash_rate=0.1,0.2'], 'E_OPTION_VALUE'],
      [['sensitivity', TUTORIAL, '--runs', '-1'], 'E_OPTION_VALUE'],
      [['run', TUTORIAL, '--runs', '2000000000000'], 'E_OPTION_VALUE'],
    ];
    const results = await Promise.all(cases.map(([argv]) => cli(argv)));
    results.forEach((r, i) => {
      expectError(r, cases[i]![1]);
      expect(r.stderr, cases[i]![0].join(' ')).toBe(`casus: ${expected.replace('"-1"', `"${cases[i]![0][3]}"`)} [${cases[i]![1]}]\n`);
    });
  });

  it('for an unknown parameter, offer the nearest few and say how to list them all rather than list 182', async () => {
    const [typo, far] = await Promise.all([cli(['run', 'korea-2024', '--set', 'icbm_rat=1']), cli(['run', 'korea-2024', '--set', 'foo=1'])]);
    expectError(typo, 'E_PARAMETER_UNKNOWN');
    expect(typo.stderr).toMatch(/^casus: unknown parameter "icbm_rat" in --set \(did you mean "icbm_rate"\?\); korea-2024 has \d{3} parameters; casus show korea-2024 lists them all \[E_PARAMETER_UNKNOWN\]\n$/);
    expectError(far, 'E_PARAMETER_UNKNOWN');
    expect(far.stderr).toMatch(/^casus: unknown parameter "foo" in --set; korea-2024 has \d+ parameters; casus show korea-2024 lists them all/);
    expect(far.stderr.length).toBeLessThan(200);
    expect(validNames('s', ['a', 'b'], 'parameters', 'casus show s')).toBe('s has these: a, b');
    expect(validNames('s', [], 'parameters', 'casus show s')).toBe('s has none');
  });

  it('casus run --help lists every exit code a run or a batch can end with, 130 included', async () => {
    const help = (await cli(['run', '--help'])).stdout.replace(/\s+/g, ' ');
    for (const code of ['0 ok', '1 invalid scenario', '2 bad command line', '3 the run stopped with an error', '130 a batch interrupted by Ctrl-C']) expect(help).toContain(code);
  });

  it('casus play: a save into a missing directory names the path given and the missing directory, not a temporary file', async () => {
    const r = await cli(['play', TUTORIAL], {
      interactive: { input: Readable.from(['save /nonexistent/dir/x.json\n', 'quit\n']), output: new PassThrough(), terminal: false },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✖ cannot write /nonexistent/dir/x.json: the directory /nonexistent/dir does not exist; create it first');
    expect(r.stdout).not.toMatch(/\.tmp-/);
  });
});

describe('the period of a run', () => {
  it('is one description, the horizon being the last tick: run, show, list --detail and play say it alike', async () => {
    expect(describePeriod({ start: '2025-01-06', tick: 'week', horizon: 52 })).toBe('2025-01-06 to 2026-01-11, 53 weeks (ticks 0–52)');
    expect(describePeriod({ start: '2024-12-09', tick: 'week', horizon: 104 })).toBe('2024-12-09 to 2026-12-13, 105 weeks (ticks 0–104)');
    expect(describePeriod({ start: '2025-01-31', tick: 'month', horizon: 1 })).toBe('2025-01-31 to 2025-03-30, 2 months (ticks 0–1)');
    expect(describePeriod({ start: '2025-01-01', tick: 'day', horizon: 9 })).toBe('2025-01-01 to 2025-01-10, 10 days (ticks 0–9)');
    const period = '2024-12-09 to 2026-12-13, 105 weeks (ticks 0–104)';
    const [run, show, list, play] = await Promise.all([
      cli(['run', 'korea-2024', '--seed', '1', '--run', '1538']),
      cli(['show', 'korea-2024']),
      cli(['list', '--detail']),
      cli(['play', 'korea-2024'], { interactive: { input: Readable.from(['quit\n']), output: new PassThrough(), terminal: false } }),
    ]);
    expect(run.stdout).toContain(`\n${period}; weeks without events are not shown\n`);
    expect(show.stdout).toContain(`\n  clock       ${period}\n`);
    expect(list.stdout).toContain(`\n  clock       ${period}\n`);
    expect(play.stdout).toContain(`\n${period}. Enter advances one week;`);
  });
});
