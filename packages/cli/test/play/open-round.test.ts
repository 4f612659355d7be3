// Invariants of a round of decisions: every played decision the engine takes on the same state
// (one DecisionRequest.round) is open at once; answered in any order, the run is the same (the
// engine applies them in its own order); a decision of a later round appears only once the round
// before it is complete; and the session file, whatever the order of answers, replays identically.
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/batch/manifest.js';
import { parseSessionText, sessionFromFile, sessionToText } from '../../src/play/session-file.js';
import type { Session } from '../../src/play/session.js';
import { computeOdds } from '../../src/play/odds.js';
import { advanceToDecision, scenarioAt, startSession } from './helpers.js';

const KOREA = 'packages/scenarios/scenarios/korea-2024.yaml';
const korea = (): Session => startSession({ file: KOREA, seed: 1, situation: 'yeonpyeong-clash', actors: ['ROK', 'USA'] });
const places = (s: Session) => s.open.map((d) => [d.request.actor, d.request.key, d.occurrence, d.answer ?? null]);

describe('a round of decisions', () => {
  it('opens every played decision of the round at once, in the engine\'s order', () => {
    const s = korea();
    advanceToDecision(s);
    expect(s.frame.position).toBe(1);
    expect(places(s)).toEqual([
      ['USA', 'camp-david-2023/consult@USA', 0, null],
      ['ROK', 'ROK/answer-provocation', 0, null],
      ['USA', 'USA/answer-attack-on-ally', 0, null],
    ]);
    expect(new Set(s.open.map((d) => d.request.round)).size).toBe(1);
    // The pending decision (what casus play asks first) is the round's first unanswered one.
    expect(s.frame.pending!.request.key).toBe('camp-david-2023/consult@USA');
  });

  it('takes answers in any order; the pending decision stays the first unanswered; the run does not depend on the order', () => {
    const orders = [[0, 1, 2], [1, 2, 0], [2, 1, 0]];
    const answers = [['USA', 'camp-david-2023/consult@USA', 'deny'], ['ROK', 'ROK/answer-provocation', 'absorb_and_protest'], ['USA', 'USA/answer-attack-on-ally', 'restraint']] as const;
    const results: unknown[] = [];
    const files: string[] = [];
    const opens: unknown[] = [];
    for (const order of orders) {
      const s = korea();
      advanceToDecision(s);
      order.forEach((k, i) => {
        const [actor, key, option] = answers[k]!;
        s.answerOpen({ actor, key }, option);
        if (i < 2) {
          // The round is still open: its other decisions wait, the answered one shows its answer.
          expect(s.frame.position).toBe(1);
          expect(s.open.find((d) => d.request.key === key)!.answer).toBe(option);
          expect(s.frame.pending!.request.key).toBe(answers[order.slice(i + 1).sort()[0]!]![1]);
        }
      });
      results.push(s.frame.result);
      files.push(sessionToText(s));
      opens.push(places(s));
      // The round is complete: the next one is a later round of the same tick, known only now.
      expect(s.open.every((d) => d.request.round > 1)).toBe(true);
      expect(s.open.length).toBeGreaterThan(0);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(opens[1]).toEqual(opens[0]);
    expect(opens[2]).toEqual(opens[0]);
    // The files differ in the order the answers were given (their seq), not in what they replay.
    expect(new Set(files).size).toBe(3);
    for (const text of files) {
      const sc = scenarioAt(KOREA);
      const again = sessionFromFile(parseSessionText(text, 'f'), 'f', sc, KOREA, scenarioHash(sc, {}));
      expect(again.frame.result).toEqual(results[0]);
      expect(places(again)).toEqual(opens[0]);
    }
  });

  it('refuses an answer to a decision that is not open or already answered', () => {
    const s = korea();
    advanceToDecision(s);
    s.answerOpen({ actor: 'ROK' }, 'absorb_and_protest');
    expect(() => s.answerOpen({ actor: 'ROK' }, 'strike_origin')).toThrow(/answered already/);
    expect(() => s.answerOpen({ actor: 'PRK' }, 'threaten')).toThrow(/no decision open/);
    expect(() => s.answerOpen({ actor: 'USA', key: 'USA/answer-attack-on-ally' }, 'nonsense')).toThrow(/not an option/);
  });

  it('gives the odds with an answer of the open round withheld as if it had not been given', () => {
    const s = korea();
    advanceToDecision(s);
    s.answerOpen({ actor: 'ROK' }, 'absorb_and_protest');
    const withAnswer = s.odds(300);
    const input = { worlds: s.worlds, identity: s.identity, course: s.course(), played: s.played, frame: s.frame, runs: 300, baseline: withAnswer.baseline, decision: null };
    const withheld = computeOdds({ ...input, withhold: [{ actor: 'ROK', key: 'ROK/answer-provocation', occurrence: 0 }] });
    const fresh = korea();
    advanceToDecision(fresh);
    const unanswered = computeOdds({ ...input, course: fresh.course() });
    expect(withheld).toEqual(unanswered);
    // And it is not the odds with the answer (the model's own choice there is strike_origin): the counts differ.
    expect(withheld.columns[0]!.hits).not.toEqual(computeOdds(input).columns[0]!.hits);
  });
});
