// Invariant: every user error reads the same way — one line `casus: message [E_CODE]` on stderr,
// nothing on stdout, exit 2 (1 for invalid input) — with a suggestion when a name is mistyped; and
// every command's help states its exit codes and writes defaults one way.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';
import { cli, TUTORIAL } from './batch/helpers.js';

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
  });
});
