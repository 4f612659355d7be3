// The play view leaves a scenario's clock lines out (clock-rules.ts), as the story does: a week of
// war in which only korea-2024's war clocks moved is quiet.
import { describe, expect, it } from 'vitest';
import { clockCauses } from '../../src/clock-rules.js';
import { tickBlocks } from '../../src/play/view.js';
import { startSession } from './helpers.js';

describe('the play view and clock rules', () => {
  it('shows every event but the clocks\' lines, and no tick for a clock alone (korea-2024, seed 1, run 198)', () => {
    const s = startSession({ file: 'packages/scenarios/scenarios/korea-2024.yaml', seed: 1, runIndex: 198, situation: undefined, actors: [], engine: 'batch' });
    const end = s.advance(1000);
    const events = end.result.events!;
    const clocks = clockCauses(s.baseModel);
    expect([...clocks].sort()).toEqual(['trigger:china-war-clock', 'trigger:war-clock']);
    const isClock = (cause: string): boolean => clocks.has(cause);
    expect(events.filter((e) => isClock(e.cause)).length).toBeGreaterThan(100);

    const shown = tickBlocks(end, clocks, 0, 0, false).flatMap((b) => b.events);
    expect(shown.some((e) => isClock(e.cause))).toBe(false);
    expect(shown).toEqual(events.filter((e) => !isClock(e.cause)));
    const busy = tickBlocks(end, clocks, 0, 0, false).filter((b) => b.events.length > 0).length;
    expect(busy).toBe(new Set(events.filter((e) => !isClock(e.cause)).map((e) => e.tick)).size);

    // Without clocks to fold, the view shows them all.
    expect(tickBlocks(end, new Set(), 0, 0, false).flatMap((b) => b.events)).toEqual(events);
  });
});
