// The overview `casus list FILE` prints says how each pact can be left: the 1.6 clause, and (1.7)
// a term renewed tacitly or a minimum period that bars only the exit.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@casus/engine';
import { formatScenarioOverview } from './scenario-overview.js';

const plain = { green: (s: string) => s, red: (s: string) => s, yellow: (s: string) => s, dim: (s: string) => s };

describe('scenario overview: denunciation clauses', () => {
  it('names the notice, the minimum period and what it bars, and the term', () => {
    const pact = (id: string, clause: string) => `  - { id: ${id}, name: ${id}, parties: [A, B], inForce: 1961-09-10, denunciation: ${clause}, obligations: [{ type: defense }] }`;
    const text = [
      'version: "1.7"', 'id: o', 'title: O', 'clock: { start: 2025-01-06, tick: week, horizon: 4 }',
      'actors: { A: { name: A }, B: { name: B } }', 'pacts:',
      pact('nato', '{ noticeMonths: 12, afterYears: 20, article: Art. 13 }'),
      pact('weu', '{ noticeMonths: 12, afterYears: 50, afterYearsBars: exit }'),
      pact('u61', '{ noticeMonths: 12, term: { years: 10, renewalYears: 5 } }'),
      'outcomes: { o: { when: { happened: { event: pact } } } }',
    ].join('\n');
    const l = loadScenario(text);
    if (!l.ok) throw new Error(JSON.stringify(l.issues));
    const lines = formatScenarioOverview(l.scenario, 'o.yaml', plain).join('\n');
    expect(lines).toContain("denounceable on 12 months' notice after 20 years (Art. 13)");
    expect(lines).toContain("denounceable on 12 months' notice, leaving no earlier than 50 years in force");
    expect(lines).toContain("denounceable on 12 months' notice, at the end of a 10-year term or a 5-year renewal");
  });
});

describe('scenario overview: metrics', () => {
  it('lists each metric with its kind and title, and nothing for a scenario without them', () => {
    const text = (metrics: string) => [
      'version: "1.10"', 'id: o', 'title: O', 'clock: { start: 2025-01-06, tick: week, horizon: 4 }',
      'actors: { A: { name: A }, B: { name: B } }', 'outcomes: { o: { when: { happened: { event: armedAttack } } } }', metrics,
    ].join('\n');
    const l = loadScenario(text('metrics: { attacks: { title: Attacks, count: { happened: { event: armedAttack } } }, war: { ticks: { relation: { between: [A, B], war: true } } } }'));
    if (!l.ok) throw new Error(JSON.stringify(l.issues));
    const lines = formatScenarioOverview(l.scenario, 'o.yaml', plain);
    expect(lines).toContain('  metrics     2 — numbers each run reports (mean, interval and spread in a batch)');
    expect(lines.some((x) => /^\s+attacks\s+count\s+Attacks$/.test(x))).toBe(true);
    expect(lines.some((x) => /^\s+war\s+ticks\s*$/.test(x))).toBe(true);
    const none = loadScenario(text(''));
    if (!none.ok) throw new Error(JSON.stringify(none.issues));
    expect(formatScenarioOverview(none.scenario, 'o.yaml', plain).some((x) => x.includes('metrics'))).toBe(false);
  });
});
