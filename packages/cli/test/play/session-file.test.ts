// Invariant: a saved session loads back to exactly the session that was saved — the same file
// text, branches, current branch and, replayed, the same state of play on every branch. Files
// that are not sessions, or sessions of another scenario, are refused with one clear line.
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/batch/manifest.js';
import { PlayInputError } from '../../src/play/input-error.js';
import { parseSessionText, sessionFromFile, sessionToText } from '../../src/play/session-file.js';
import type { Session } from '../../src/play/session.js';
import { advanceToDecision, scenarioAt, startSession, TUTORIAL, TWO_STATES } from './helpers.js';

function reload(s: Session): Session {
  const text = sessionToText(s);
  const sc = scenarioAt(TUTORIAL);
  return sessionFromFile(parseSessionText(text, 'x.json'), 'x.json', sc, TUTORIAL, scenarioHash(sc, {}));
}

/** A session with two branches, answers, an inject and a parameter change. */
function busySession(): Session {
  const s = startSession({ seed: 4 });
  advanceToDecision(s);
  s.fork('deny');
  s.answer('deny');
  s.inject('{armedAttack: {by: B, on: C, intensity: 4}}');
  s.advance(5);
  s.switchTo('main');
  s.answer('invoke');
  s.set('ally_reliability=0.3');
  s.advance(3);
  return s;
}

describe('session files', () => {
  it('save → load → save gives the same text, and the same state of play on every branch', () => {
    const s = busySession();
    const text = sessionToText(s);
    const back = reload(s);
    expect(sessionToText(back)).toBe(text);
    expect(back.branchName).toBe('main');
    expect(back.frame).toEqual(s.frame);
    for (const name of ['deny', 'main']) {
      s.switchTo(name);
      back.switchTo(name);
      expect(back.frame).toEqual(s.frame);
    }
  });

  it('a loaded session goes on exactly as the original would', () => {
    const s = busySession();
    const back = reload(s);
    for (const x of [s, back]) {
      for (let i = 0; i < 10; i++) {
        if (x.frame.pending) x.answer('1'); else x.advance(1);
      }
    }
    expect(back.frame.result).toEqual(s.frame.result);
    expect(back.undo()).toEqual(s.undo());
    expect(back.frame).toEqual(s.frame);
  });

  it('records only what people did: answers, injects as written, changes', () => {
    const doc = JSON.parse(sessionToText(busySession())) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'scenario', 'seed', 'runIndex', 'situation', 'engine', 'actors', 'parameters', 'branch', 'branches']);
    expect(doc.format).toBe('casus-play-session');
    const deny = (doc.branches as { name: string; injects: { effect: unknown }[] }[]).find((b) => b.name === 'deny')!;
    expect(deny.injects[0]!.effect).toEqual({ armedAttack: { by: 'B', on: 'C', intensity: 4 } });
  });

  it('refuses what is not a session file, naming the problem', () => {
    const bad: [string, RegExp][] = [
      ['not json', /not JSON/],
      ['[]', /not a JSON object/],
      ['{"format":"casus-result"}', /format is "casus-result"/],
      [JSON.stringify({ ...JSON.parse(sessionToText(startSession())), version: 9 }), /version 9 is not supported/],
      [JSON.stringify({ ...JSON.parse(sessionToText(startSession())), branches: [] }), /branches must be a non-empty list/],
    ];
    for (const [text, message] of bad) {
      expect(() => parseSessionText(text, 'x.json'), text).toThrow(PlayInputError);
      expect(() => parseSessionText(text, 'x.json'), text).toThrow(message);
    }
  });

  it('refuses a session of another scenario', () => {
    const file = parseSessionText(sessionToText(startSession()), 'x.json');
    const other = scenarioAt(TWO_STATES);
    expect(() => sessionFromFile(file, 'x.json', other, TWO_STATES, scenarioHash(other, {}))).toThrow(/was saved with scenario tutorial/);
  });

  it('refuses a saved inject that does not fit the scenario', () => {
    const doc = JSON.parse(sessionToText(busySession())) as { branches: { injects: { effect: unknown }[] }[] };
    doc.branches[1]!.injects[0]!.effect = { armedAttack: { by: 'Z', on: 'C', intensity: 4 } };
    const sc = scenarioAt(TUTORIAL);
    expect(() => sessionFromFile(parseSessionText(JSON.stringify(doc), 'x.json'), 'x.json', sc, TUTORIAL, scenarioHash(sc, {}))).toThrow(/no longer fits the scenario: .*unknown actor "Z"/);
  });
});
