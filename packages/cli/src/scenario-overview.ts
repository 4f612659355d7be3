import { nominalValue, partyLabel, quantilesOf, type Scenario } from '@casus/engine';
import type { Paint } from './io.js';
import { describePeriod } from './run-period.js';

type Parameter = Scenario['parameters'][string];

/** `beta(8, 2)`, `uniform [0.1, 0.9]`, `value 3`: a parameter's law, as the scenario writes it. */
export function law(p: Parameter): string {
  if (p.value !== undefined) return `value ${short(p.value)}`;
  if (p.uniform) return `uniform [${p.uniform.map(short).join(', ')}]`;
  if (p.beta) return `beta(${p.beta.map(short).join(', ')})`;
  if (p.triangular) return `triangular [${p.triangular.map(short).join(', ')}]`;
  if (p.normal) return `normal(${short(p.normal.mean)}, sd ${short(p.normal.sd)})${p.normal.min !== undefined || p.normal.max !== undefined ? ` in [${p.normal.min ?? '−∞'}, ${p.normal.max ?? '∞'}]` : ''}`;
  if (p.discrete) return `one of ${p.discrete.values.map(short).join(', ')}`;
  return '—';
}

function short(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

/** Items joined by commas, wrapped at `width` characters, the first line after `lead`, the others aligned under it. */
function wrap(items: readonly string[], lead: string, width: number): string[] {
  const lines: string[] = [];
  let line = lead;
  for (const [i, item] of items.entries()) {
    const piece = `${item}${i < items.length - 1 ? ',' : ''}`;
    if (line.length > lead.length && line.length + 1 + piece.length > width) { lines.push(line); line = ' '.repeat(lead.length); }
    line += `${line.trim() === '' || line === lead ? '' : ' '}${piece}`;
  }
  lines.push(line);
  return lines;
}

/** Left-aligned columns, two spaces apart, indented by four. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) => `    ${r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ')}`.trimEnd());
}

/**
 * What a scenario offers a user, without opening its YAML: its clock and actors, the situations to
 * start from, each parameter with its law, nominal value, 10th–90th percentile range, basis and
 * levels, the outcomes and the pacts. For `casus show` and `casus list --detail`.
 */
export function formatScenarioOverview(scenario: Scenario, fileName: string, colors: Paint): string[] {
  const out: string[] = [];
  const c = scenario.clock;
  out.push(`${scenario.id} — ${scenario.title} (${fileName})`);
  out.push(`  clock       ${describePeriod(c)}`);
  out.push(...wrap(Object.entries(scenario.actors).map(([id, a]) => `${id} (${a.name})`), '  actors      ', 100));

  const situations = Object.entries(scenario.situations);
  out.push(`  situations  ${situations.length === 0 ? 'none' : `${situations.length} — start from one with --situation NAME`}`);
  out.push(...columns(situations.map(([id, s]) => [id, s.title])));

  const parameters = Object.entries(scenario.parameters);
  out.push(`  parameters  ${parameters.length === 0 ? 'none' : `${parameters.length} — override with --set NAME=VALUE (a number or a level)`}`);
  if (parameters.length > 0) {
    const rows: string[][] = [['name', 'law', 'nominal', '10th–90th pct', 'basis', 'levels']];
    for (const [id, p] of parameters) {
      const [lo, hi] = quantilesOf(p, [0.1, 0.9]);
      rows.push([
        id, law(p), short(nominalValue(p)), p.value !== undefined ? '—' : `${short(lo!)} – ${short(hi!)}`, p.basis,
        p.levels === undefined ? '' : Object.entries(p.levels).map(([k, v]) => `${k}=${short(v)}`).join(' '),
      ]);
    }
    out.push(...columns(rows).map((l, i) => (i === 0 ? colors.dim(l) : l)));
  }

  const outcomes = Object.entries(scenario.outcomes);
  out.push(`  outcomes    ${outcomes.length}`);
  out.push(...columns(outcomes.map(([id, o]) => [id, o.title ?? ''])));

  const metrics = Object.entries(scenario.metrics ?? {});
  if (metrics.length > 0) {
    out.push(`  metrics     ${metrics.length} — numbers each run reports (mean, interval and spread in a batch)`);
    out.push(...columns(metrics.map(([id, x]) => [id, x.count !== undefined ? 'count' : 'ticks', x.title ?? ''])));
  }

  out.push(`  pacts       ${scenario.pacts.length === 0 ? 'none' : scenario.pacts.length}`);
  out.push(...columns(scenario.pacts.map((p) => [
    p.id, `${p.name} — ${p.parties.map(partyLabel).join(', ')}; in force ${p.inForce}${p.lapsed ? `, lapsed ${p.lapsed}` : ''}${denunciationText(p.denunciation)}; ${p.obligations.length} obligation${p.obligations.length === 1 ? '' : 's'}`,
  ])));
  return out;
}

/**
 * A pact's denunciation clause (1.6) for the overview: `; denounceable on 12 months' notice after 20
 * years (Art. 13)`; (1.7) `…, leaving no earlier than 50 years in force`, `…, at the end of a 10-year
 * term or a 5-year renewal`.
 */
function denunciationText(d: Scenario['pacts'][number]['denunciation']): string {
  if (d === undefined) return '';
  const after = d.afterYears === 0 ? '' : d.afterYearsBars === 'exit' ? `, leaving no earlier than ${d.afterYears} years in force` : ` after ${d.afterYears} years`;
  const term = d.term !== undefined ? `, at the end of a ${d.term.years}-year term or a ${d.term.renewalYears}-year renewal` : '';
  const basis = d.implied ? ', a right held implied (Vienna Convention Art. 56)' : d.article !== undefined ? ` (${d.article})` : '';
  return `; denounceable on ${d.noticeMonths} months' notice${after}${term}${basis}`;
}
