// Regions form a DAG: a region lies within every region reachable through any of its parents, and
// takes its administrator from itself, else from its first parent (in written order) that has one.
// Overlapping treaty areas (Alaska in North America and in the Pacific area) rest on both rules.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load/index.js';
import { compile } from './compile.js';
import { liesWithin } from './regions.js';

const yaml = `
version: "1.1"
id: areas
title: Overlapping treaty areas
clock: { start: 2025-01-06, tick: week, horizon: 4 }
regions:
  art6_area: { name: NATO Art. 6 area }
  north_america: { within: art6_area }
  pacific_area: { name: Pacific area }
  usa: { within: north_america, administeredBy: USA }
  alaska: { within: [usa, pacific_area] }
  aleutians: { within: [pacific_area, alaska] }
  hawaii: { within: pacific_area, administeredBy: USA }
  japan_administered: { within: pacific_area, administeredBy: JPN }
  northern_territories: { within: [pacific_area], administeredBy: RUS, claimedBy: [JPN] }
actors:
  USA: { name: United States, territory: usa }
  JPN: { name: Japan, territory: japan_administered }
  RUS: { name: Russia }
outcomes:
  o: { when: { tick: { gte: 1 } } }
`;

function model() {
  const r = loadScenario(yaml);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.warnings).toEqual([]);
  return compile(r.scenario);
}

describe('regions with several parents', () => {
  const m = model();
  const at = (id: string) => m.regionIndex.get(id)!;
  const admin = (id: string) => {
    const a = m.regions[at(id)]!.administrator;
    return a < 0 ? null : m.actors[a]!.id;
  };

  it('lie within every area reachable through any parent', () => {
    expect(liesWithin(m.regions, at('alaska'), at('pacific_area'))).toBe(true);
    expect(liesWithin(m.regions, at('alaska'), at('art6_area'))).toBe(true);
    expect(liesWithin(m.regions, at('aleutians'), at('art6_area'))).toBe(true);
    expect(liesWithin(m.regions, at('hawaii'), at('art6_area'))).toBe(false);
    expect(liesWithin(m.regions, at('usa'), at('pacific_area'))).toBe(false);
    expect(liesWithin(m.regions, at('alaska'), at('alaska'))).toBe(true);
  });

  it('keep their parents in written order and their ancestors sorted', () => {
    expect(m.regions[at('aleutians')]!.parents).toEqual([at('pacific_area'), at('alaska')]);
    const anc = m.regions[at('aleutians')]!.ancestors;
    expect([...anc].sort((x, y) => x - y)).toEqual(anc);
    expect(anc.map((i) => m.regions[i]!.id).sort()).toEqual(['alaska', 'art6_area', 'north_america', 'pacific_area', 'usa']);
  });

  it('take their own administrator, else the first parent that yields one', () => {
    expect(admin('alaska')).toBe('USA'); // from usa, the first parent
    expect(admin('aleutians')).toBe('USA'); // pacific_area yields none, alaska yields USA
    expect(admin('northern_territories')).toBe('RUS'); // its own, whoever claims it
    expect(admin('pacific_area')).toBeNull();
    expect(admin('RUS')).toBe('RUS'); // an implicit home region
  });
});
