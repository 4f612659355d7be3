import { describe, expect, it } from 'vitest';
import { shortenApart } from '../../src/batch/format-summary.js';

describe('shortenApart: the headline paths of one outcome', () => {
  const root = 'trigger:dprk-offensive';
  const end = 'decision:USA/answer-great-power-entry:fight_in_theatre';
  const a = [root, 'decision:ROK/answer-invasion:counteroffensive', 'decision:CHN/intervene-from-interest:intervene', end].join(' → ');
  const b = [root, 'decision:ROK/answer-invasion:counteroffensive', 'decision:RUS/intervene-from-interest:intervene', end].join(' → ');

  it('never shows two different paths as the same text', () => {
    const [x, y] = shortenApart([a, b], 90);
    expect(x).not.toBe(y);
    expect(x).toContain('CHN');
    expect(y).toContain('RUS');
  });

  it('leaves out middle steps when the shortened paths already differ', () => {
    const c = [root, 'decision:ROK/answer-invasion:counteroffensive', 'decision:PRK/wartime-nuclear:nuclear_strike_theatre'].join(' → ');
    const [x, y] = shortenApart([a, c], 90);
    expect(x).toBe(`${root} → … → ${end}`);
    expect(y).toContain('nuclear_strike_theatre');
    expect(x).not.toBe(y);
  });
});
