// The summary's escalation-per-pair section: grouped by theatre when the scenario declares
// theatres, pairs that never moved absent, nothing at all when no pair moved.
import { describe, expect, it } from 'vitest';
import type { EscalationGroup } from '@casus/engine';
import { formatEscalation } from '../../src/batch/format-escalation.js';
import { cli } from './helpers.js';

const plain = { green: (s: string) => s, red: (s: string) => s, yellow: (s: string) => s, dim: (s: string) => s };

describe('formatEscalation', () => {
  it('prints one block per theatre, other pairs last, aligned', () => {
    const groups: EscalationGroup[] = [
      { theatre: 'korea', title: 'Korean peninsula', pairs: [
        { pair: ['PRK', 'ROK'], from: 'crisis', runs: 271, p: 0.271, highest: { clash: 0.261, war: 0.009, nuclear: 0.001 } },
      ] },
      { theatre: null, title: 'Other pairs', pairs: [
        { pair: ['RUS', 'UKR'], from: 'war', runs: 3, p: 0.003, highest: { nuclear: 0.003 } },
      ] },
    ];
    expect(formatEscalation(groups, 1000, plain)).toEqual([
      '',
      'Escalation per pair — highest rung reached above where the pair started, share of runs (pairs that never moved are left out)',
      '  Korean peninsula',
      '    PRK–ROK  from crisis  moved  27.1%   clash 26.1%  war 0.9%  nuclear 0.1%',
      '  Other pairs',
      '    RUS–UKR  from war     moved   0.3%   nuclear 0.3%',
    ]);
  });

  it('prints no heading without theatres, and nothing when no pair moved', () => {
    const lines = formatEscalation([{ theatre: null, title: 'All pairs', pairs: [{ pair: ['A', 'B'], from: 'tension', runs: 5, p: 0.5, highest: { clash: 0.5 } }] }], 10, plain);
    expect(lines.slice(2)).toEqual(['  A–B  from tension  moved  50.0%   clash 50.0%']);
    expect(formatEscalation([], 10, plain)).toEqual([]);
  });
});

describe('casus run korea-2024 --runs: escalation per pair', () => {
  it('groups pairs by the scenario\'s theatres and does not count the wars under way at the start', async () => {
    const r = await cli(['run', 'korea-2024', '--runs', '300', '--seed', '1', '--workers', '1', '--quiet', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { escalation: EscalationGroup[]; highestRung: Record<string, Record<string, number>> };
    // Per actor, Russia is "at war" in every run: the war with Ukraine under way since 2022.
    expect(summary.highestRung.RUS!.war! + (summary.highestRung.RUS!.nuclear ?? 0)).toBe(1);
    const pairs = summary.escalation.flatMap((g) => g.pairs.map((x) => ({ theatre: g.theatre, pair: x.pair.join('–'), from: x.from, highest: Object.keys(x.highest) })));
    expect(summary.escalation[0]!.theatre).toBe('korea');
    expect(pairs.find((x) => x.pair === 'PRK–ROK')).toMatchObject({ theatre: 'korea', from: 'crisis' });
    // RUS–UKR and PRK–UKR start at war: they appear only if they went nuclear.
    for (const x of pairs.filter((p) => p.pair === 'RUS–UKR' || p.pair === 'PRK–UKR')) expect(x).toMatchObject({ theatre: 'ukraine', highest: ['nuclear'] });
    for (const x of pairs) expect(x.highest.length).toBeGreaterThan(0);
  });
});
