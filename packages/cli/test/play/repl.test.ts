// Invariants of the play prompt (driven through its line callbacks, no terminal): every line gets
// an answer; bad input — an unknown command, an option the decision does not have, bad YAML —
// gets one line saying what was wrong and leaves the session unchanged; nothing typed crashes it;
// the transcript follows the session and the session file is written on quit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN } from '../../src/play/transcript.js';
import { playLoop, type PlayIo } from '../../src/play/repl.js';
import type { Session } from '../../src/play/session.js';
import { parseSessionText } from '../../src/play/session-file.js';
import { startSession } from './helpers.js';

interface Script {
  io: PlayIo;
  out: () => string;
  transcript: () => string;
  files: Map<string, string>;
  prompts: string[];
}

function script(lines: readonly (string | undefined)[], files = new Map<string, string>()): Script {
  let out = '';
  let md = '';
  const queue = [...lines];
  const prompts: string[] = [];
  const io: PlayIo = {
    readLine: async (prompt) => {
      prompts.push(prompt);
      const line = queue.length > 0 ? queue.shift() : undefined;
      out += `${prompt}${line ?? ''}\n`;
      return line;
    },
    write: (s) => { out += s; },
    transcript: (s) => { md += s; },
    readFile: (p) => {
      const t = files.get(p);
      if (t === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return t;
    },
    writeFile: (p, t) => { files.set(p, t); },
    colors: PLAIN,
  };
  return { io, out: () => out, transcript: () => md, files, prompts };
}

async function play(lines: readonly (string | undefined)[], session: Session = startSession(), sessionFile?: string, files?: Map<string, string>): Promise<Script & { session: Session }> {
  const s = script(lines, files);
  const final = await playLoop(session, s.io, { sessionFile, replay: 'casus play tutorial --as C --seed 2 --situation invasion' });
  return { ...s, session: final };
}

describe('the play prompt', () => {
  it('shows each tick with its date, the state of play, and a played actor\'s decision with its options', async () => {
    const r = await play(['next', 'run 4', '2', 'quit']);
    const out = r.out();
    expect(out).toContain('Two states and a defence pact (tutorial) — seed 2, run 0, reference engine');
    expect(out).toContain('── tick 0 · 2025-01-06 · nothing happened');
    expect(out).toMatch(/── tick 2 · 2025-01-20 ─+\n {2}#0 {3}B attacks A in aland \(intensity 5\); B–A tension → war {2}\[inject:invasion#0\]/);
    expect(out).toContain('▶ C (Carpania) decides — judge whether the casus foederis has arisen · tick 2 · 2025-01-20');
    expect(out).toMatch(/ {4} 1 {2}invoke\n {4} 2 {2}deny/);
    expect(out).toContain('✔ C chose deny');
    expect(out).toContain('── tick 2 · 2025-01-20 (continued)');
    expect(out).toMatch(/postures {5}A war · B war · C\* peace · D peace/);
    expect(out).toMatch(/obligations {2}C\* Aland–Carpania Mutual Defence Treaty \(1960\) Art\. 2: denied/);
    expect(r.prompts).toEqual(['start 2025-01-06> ', 't0 2025-01-06> ', 'C decides (1–2)> ', 't2 2025-01-20> ']);
  });

  it('answers bad input with one line and goes on unchanged', async () => {
    const cases: [string, string][] = [
      ['frobnicate', '✖ unknown command "frobnicate"; type help for the commands'],
      ['run', '✖ run expects a number of ticks, e.g. run 4 (got "")'],
      ['run -3', '✖ run expects a number of ticks'],
      ['7', '✖ no decision is pending; to advance 7 ticks type run 7'],
      ['next please', '✖ next takes no argument (got "please")'],
      ['odds lots', '✖ odds expects a number of runs'],
      ['inject {armedAttack: [', '✖ inject: not valid YAML:'],
      ['inject {armedAttack: {by: X, on: A, intensity: 4}}', '✖ inject armedAttack.by: unknown actor "X"'],
      ['set x', '✖ set expects name=value'],
      ['switch', '✖ switch needs a branch name: main'],
      ['fork', '✖ fork needs a name'],
      ['load nowhere.json', '✖ cannot read nowhere.json: ENOENT'],
      ['undo', '✖ nothing to undo on branch main'],
    ];
    const r = await play([...cases.map(([line]) => line), 'quit']);
    const lines = r.out().split('\n');
    for (const [input, message] of cases) {
      const i = lines.findIndex((l) => l.endsWith(`> ${input}`));
      expect(i, input).toBeGreaterThanOrEqual(0);
      expect(lines[i + 1], input).toContain(message);
    }
    expect(r.session.frame.position).toBe(0);
    expect(r.session.branch.injects).toEqual([]);
  });

  it('with a decision pending, a word that is neither a command nor an option is named as such', async () => {
    const r = await play(['run 3', 'frobnicate', 'next', '9', 'quit']);
    const out = r.out();
    expect(out).toContain('✖ unknown command "frobnicate" (and not an option of this decision); answer with a number 1–2 or an option id (invoke, deny), or type help');
    expect(out).toContain('✖ a decision is pending: answer it first');
    expect(out).toContain('✖ 9 is not an option here');
  });

  it('nothing typed crashes it: every line gets a prompt back', async () => {
    const word = fc.constantFrom('next', 'run 2', 'run 0', '1', '2', '3', 'odds 20', 'undo', 'fork b', 'switch main', 'switch b', 'branches',
      'status', 'log', 'help', 'inject {signal: {kind: talks, by: A}}', 'inject {', 'set ally_reliability=0.2', 'set ally_reliability=x', '', 'invoke', 'deny', 'save s.json', 'load s.json');
    const noise = fc.string({ maxLength: 12 }).filter((s) => !/^\s*(q|quit|exit)\s*$/i.test(s));
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(word, noise), { maxLength: 25 }), async (lines) => {
      const r = await play([...lines, 'quit']);
      expect(r.prompts).toHaveLength(lines.length + 1);
      expect(r.out()).not.toContain('internal error');
    }), { numRuns: 25 });
  });

  it('asks the odds, from here or per option', async () => {
    const r = await play(['run 3', 'odds 100', '1', 'odds 100', 'quit']);
    const out = r.out();
    expect(out).toContain('odds from tick 2 · 2025-01-20, with C\'s decision (a-c-1960/defense@C) taken each way — 100 continuations, each with new luck; baseline: 100 runs from tick 0');
    expect(out).toMatch(/ {2}outcome {17}if invoke +if deny +at the start/);
    expect(out).toContain('odds from after tick 2 · 2025-01-20 — 100 continuations');
    expect(out).toMatch(/ally_intervenes +\d+\.\d% \[\d+\.\d, \d+\.\d\]/);
    expect(out).toContain('95% Wilson interval: simulation error only');
  });

  it('injects, changes, forks, switches, saves and loads', async () => {
    const files = new Map<string, string>();
    const r = await play([
      'run 3', 'fork deny', '2', 'inject {armedAttack: {by: B, on: C, intensity: 5}}', 'set ally_reliability=0.4', 'next',
      'branches', 'save both.json', 'switch main', '1', 'undo', 'load both.json', 'status', 'quit',
    ], startSession(), undefined, files);
    const out = r.out();
    expect(out).toContain('⑂ fork: now on branch deny, a copy of main in tick 2 · 2025-01-20; main stays as it is (switch main to go back)');
    expect(out).toContain('✚ white cell: inject at tick 3 · 2025-01-27 (inject:white-cell#0) — applied when that tick runs');
    expect(out).toContain('✎ ally_reliability = 0.4 from tick 3 · 2025-01-27 on (was 0.8)');
    expect(out).toMatch(/#\d+ +B attacks C in carpania \(intensity 5\); B–C peace → war {2}\[inject:white-cell#0\]/);
    expect(out).toContain('  main  to tick 2; 0 answers, 0 injects, 0 changes\n* deny  to tick 3; 1 answer, 1 inject, 1 change; forked from main in tick 2');
    expect(out).toContain('saved the session (2 branches) to both.json');
    expect(out).toContain('↶ undo: C\'s answer "invoke" to a-c-1960/defense@C (tick 2 · 2025-01-20); back in tick 2 · 2025-01-20');
    expect(out).toContain('⤓ load: both.json — seed 2, run 0, playing C; branch deny, after tick 3 · 2025-01-27');
    expect(r.session.branchName).toBe('deny');
    expect(parseSessionText(files.get('both.json')!, 'both.json').branches.map((b) => b.name)).toEqual(['main', 'deny']);
  });

  it('keeps a Markdown transcript and saves the session on quit (and at the end of input)', async () => {
    const files = new Map<string, string>();
    const r = await play(['run 3', '1', 'odds 50', undefined], startSession(), 'seminar.json', files);
    const md = r.transcript();
    expect(md).toMatch(/^# Seminar session — Two states and a defence pact \(tutorial\)/);
    expect(md).toContain('- to replay: `casus play tutorial --as C --seed 2 --situation invasion`');
    expect(md).toContain('### tick 2 · 2025-01-20\n\n- `#0` B attacks A in aland (intensity 5); B–A tension → war — `inject:invasion#0`');
    expect(md).toContain('> **C (played) chose `invoke`** — judge:');
    expect(md).toContain('### tick 2 · 2025-01-20 (continued)');
    expect(md).toContain('```\nodds from after tick 2');
    expect(md).toContain('> Session ended after tick 2 · 2025-01-20 on branch main.');
    expect(r.out()).toContain('saved the session to seminar.json; casus play again with --session seminar.json resumes it');
    const saved = parseSessionText(files.get('seminar.json')!, 'seminar.json');
    expect(saved.branches[0]!.decisions.map((d) => d.option)).toEqual(['invoke']);
  });
});
