import type { EscalationGroup } from '@casus/engine';
import type { Paint } from '../io.js';

/**
 * The "escalation per pair" section of a batch summary: for each pair of actors whose relation
 * rose above the rung it started on, the share of runs by the highest rung it reached, grouped by
 * the scenario's theatres. A pair at war from the first day shows only if it went higher (nuclear),
 * so a war under way is never read as a war reached. Returns the lines, heading first (empty when
 * no pair moved in any run), for the summary to place where it wants.
 */
export function formatEscalation(groups: readonly EscalationGroup[], runs: number, colors: Paint): string[] {
  if (runs === 0 || groups.length === 0) return [];
  const share = (p: number): string => `${(p * 100).toFixed(1)}%`;
  const label = (pair: readonly [string, string]): string => `${pair[0]}–${pair[1]}`;
  const width = Math.max(...groups.flatMap((g) => g.pairs.map((x) => [...label(x.pair)].length)));
  const fromWidth = Math.max(...groups.flatMap((g) => g.pairs.map((x) => x.from.length)));
  const out = ['', colors.dim('Escalation per pair — highest rung reached above where the pair started, share of runs (pairs that never moved are left out)')];
  const titled = groups.length > 1 || groups[0]!.theatre !== null;
  for (const g of groups) {
    if (titled) out.push(`  ${g.title}`);
    const indent = titled ? '    ' : '  ';
    for (const x of g.pairs) {
      const rungs = Object.entries(x.highest).map(([rung, p]) => `${rung} ${share(p)}`).join('  ');
      out.push(`${indent}${label(x.pair).padEnd(width)}  from ${x.from.padEnd(fromWidth)}  moved ${share(x.p).padStart(6)}   ${rungs}`);
    }
  }
  return out;
}
