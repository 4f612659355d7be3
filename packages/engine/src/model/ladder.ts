import type { Ladder } from '../schema/scenario.js';

/**
 * The default escalation ladder: MID-style rungs with de-escalation hazards above crisis. The
 * hazards are placeholders a scenario should override with its own ladder when it has better
 * figures: a clash usually subsides within weeks, a war within a year or two.
 */
export const DEFAULT_LADDER: Ladder = {
  rungs: [
    { id: 'peace', name: 'Peace' },
    { id: 'tension', name: 'Tension' },
    { id: 'crisis', name: 'Crisis', intensity: 3 },
    { id: 'clash', name: 'Armed clash', intensity: 4, deescalation: { per: 'month', value: 1 } },
    { id: 'war', name: 'Conventional war', intensity: 5, war: true, deescalation: { per: 'year', value: 1 } },
    { id: 'nuclear', name: 'Nuclear use', war: true, nuclear: true, deescalation: { per: 'year', value: 0.5 } },
  ],
  crisis: 'crisis',
  responses: { diplomatic: 'tension', materiel: 'crisis', forces: 'war', war: 'war' },
};
