import { z } from 'zod';
import { oneOf } from './primitives.js';
import { Condition, CouncilCount, HappenedCount } from './condition.js';

/**
 * (1.10) A number each run reports — how many vetoes were cast, how many weeks two states were at
 * war — beside the yes/no outcomes: its mean, distribution and interval over the runs are reported.
 * Exactly one of `count` (events of a kind, drafts with a result) and `ticks` (ticks at whose end a
 * condition holds).
 */
export const Metric = z.strictObject({
  title: z.string().optional().describe('display title'),
  description: z.string().optional().describe('what it measures'),
  count: oneOf({
    happened: HappenedCount.omit({ atLeast: true }).optional().describe('events of this kind matching the filters'),
    council: CouncilCount.omit({ atLeast: true }).optional().describe('Council drafts of this kind on this target that ended with one of these results'),
  }, 'a count').optional().describe('counts, over the run, events (happened) or Council drafts (council) matching a pattern'),
  ticks: Condition.optional().describe('counts the ticks at whose end this condition holds (0 … horizon + 1)'),
}).check((ctx) => {
  const present = (['count', 'ticks'] as const).filter((k) => ctx.value[k] !== undefined);
  if (present.length !== 1) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: present.length === 0 ? 'expected a metric with exactly one of: count, ticks' : 'expected a metric with exactly one of count and ticks, found both',
      params: { code: 'E_ONE_KEY' },
    });
  }
}).describe('(1.10) a number each run reports: its mean and 95% interval, and its distribution over the runs');

export type Metric = z.infer<typeof Metric>;
