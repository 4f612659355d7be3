// (Engine 0.13.0) A sponsor votes for its own draft, whatever its policy says of drafts of that kind:
// no state tables a text and then abstains on it or opposes it. Before, korea-2024's China could
// table a ceasefire draft and abstain on it, as its policy on ceasefire drafts allowed. The
// sponsor's number is still drawn, so the other members' votes are the same draws as before.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { simulate } from './simulate.js';

const TEXT = (sponsor: string): string => `version: "1.13"
id: sponsor-vote
title: a sponsor's own draft
clock: { start: 2025-01-06, tick: week, horizon: 2 }
actors:
  T: { name: Target }
  A: { name: A }
  B: { name: B }
  C: { name: C }
council:
  rule: { minYes: 2, permanentVeto: true }
  seats: [{ actor: A, permanent: true }, { actor: B }, { actor: C }]
  policies:
    - { member: A, rules: [{ vote: { abstain: 1 } }] }
    - { member: B, rules: [{ vote: { no: 1 } }] }
    - { member: C, rules: [{ vote: { yes: 1 } }] }
situations:
  s: { title: a draft, inject: [{ at: 1, effect: { draft: { kind: condemnation, target: T, sponsor: ${sponsor} } } }] }
outcomes:
  voted: { when: { happened: { event: draftResult } } }
`;

function votes(sponsor: string, engine: 'batch' | 'reference'): string {
  const loaded = loadScenario(TEXT(sponsor), { filename: 's.yaml' });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const r = simulate(loaded.scenario, { seed: 1, situation: 's', trace: true, engine });
  const ev = r.events!.find((e) => e.kind === 'draftResult')!;
  return `${ev.detail} ${ev.votes}`;
}

describe('a sponsor\'s vote on its own draft', () => {
  for (const engine of ['batch', 'reference'] as const) {
    it(`is yes whatever its policy says (${engine})`, () => {
      // A permanent member whose policy abstains votes for its own draft, which then passes 2–1;
      // a member that would vote no does the same; a sponsor outside the Council changes nothing.
      expect(votes('A', engine)).toBe('adopted:condemnation A:yes B:no C:yes');
      expect(votes('B', engine)).toBe('adopted:condemnation A:abstain B:yes C:yes');
      expect(votes('T', engine)).toBe('failed:condemnation A:abstain B:no C:yes');
    });
  }
});
