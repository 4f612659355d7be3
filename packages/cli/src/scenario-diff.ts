import { diffScenarios, type Scenario, type ScenarioChange } from '@casus/engine';
import type { Paint } from './io.js';
import { law } from './scenario-overview.js';

/** A parameter's fields that make up its law: a change to any of them is told as the law before and after. */
const LAW_FIELDS = new Set(['value', 'uniform', 'beta', 'triangular', 'normal', 'discrete']);

/** A change with the words that tell it (`russia_fight_for_dprk: normal(0.5, sd 0.15) → value 0`). */
export type DescribedChange = ScenarioChange & { readonly text: string };

/** What scenario `b` changes from scenario `a` (the engine's diffScenarios), each change with its words. */
export function describeChanges(a: Scenario, b: Scenario): DescribedChange[] {
  return diffScenarios(a, b).map((c) => ({ ...c, text: describeChange(c, a, b) }));
}

/**
 * What scenario B changes from scenario A, for a person: one line per section for the items added
 * and one for those removed, and one line per changed item saying what in it changed (a
 * parameter's law before and after), under `heading`. At most `limit` lines of changes (16); the
 * rest are counted.
 *
 *   What B changes from A (the files; --set and --vs apart): 18 changes
 *     pacts       removed rus-prk-2024
 *                 added rus-prk-2000
 *     parameters  changed russia_fight_for_dprk: normal(0.5, sd 0.15) → value 0
 */
export function formatScenarioDiff(changes: readonly DescribedChange[], colors: Paint, options: { limit?: number; heading?: string } = {}): string[] {
  if (changes.length === 0) return [];
  const limit = options.limit ?? 16;
  const rows: [string, string][] = [];
  const sections = [...new Set(changes.map((c) => c.section))];
  for (const section of sections) {
    const here = changes.filter((c) => c.section === section);
    const names = (fate: ScenarioChange['change']): string[] => here.filter((c) => c.change === fate).map((c) => c.id);
    const removed = names('removed');
    const added = names('added');
    if (removed.length > 0) rows.push([section, `removed ${list(removed)}`]);
    if (added.length > 0) rows.push([section, `added ${list(added)}`]);
    for (const c of here.filter((x) => x.change === 'changed')) rows.push([section, `changed ${c.text}`]);
  }
  const width = Math.max(...rows.map(([s]) => s.length));
  const shown = rows.slice(0, limit);
  const count = `${changes.length} change${changes.length === 1 ? '' : 's'}`;
  const out = [`${options.heading ?? 'What B changes from A (the scenarios as loaded; --set and --vs apart)'}: ${count}`];
  let last = '';
  for (const [section, text] of shown) {
    out.push(`  ${(section === last ? '' : section).padEnd(width)}  ${text}`);
    last = section;
  }
  if (rows.length > shown.length) out.push(colors.dim(`  … ${rows.length - shown.length} more line${rows.length - shown.length === 1 ? '' : 's'} (--json lists every change)`));
  return out;
}

/** `a, b, c` — or the first five and how many more. */
function list(ids: readonly string[]): string {
  const label = (id: string) => (id === '' ? '(the section)' : id);
  return ids.length <= 6 ? ids.map(label).join(', ') : `${ids.slice(0, 5).map(label).join(', ')} and ${ids.length - 5} more`;
}

/** `russia_fight_for_dprk: normal(0.5, sd 0.15) → value 0`, `us-rok-1953: source; obligation art3-us changed`. */
function describeChange(c: ScenarioChange, a: Scenario, b: Scenario): string {
  const head = c.id === '' ? '' : `${c.id}: `;
  if (c.section === 'parameters') {
    const pa = a.parameters[c.id];
    const pb = b.parameters[c.id];
    if (pa && pb && c.parts.some((p) => LAW_FIELDS.has(p))) {
      const rest = c.parts.filter((p) => !LAW_FIELDS.has(p));
      return `${head}${law(pa)} → ${law(pb)}${rest.length > 0 ? ` (and ${rest.join(', ')})` : ''}`;
    }
  }
  const parts = c.parts.length <= 6 ? c.parts : [...c.parts.slice(0, 5), `${c.parts.length - 5} more`];
  return `${head}${parts.join('; ')}`;
}
