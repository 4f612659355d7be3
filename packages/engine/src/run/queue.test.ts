import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue, type Queued } from './queue.js';

describe('EventQueue', () => {
  it('pops in (tick, priority, serial) order whatever the push order', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }))), (pairs) => {
      const q = new EventQueue<Queued>();
      const pushed = pairs.map(([tick, priority]) => ({ tick, priority, serial: q.nextSerial() }));
      for (const p of pushed) q.push(p);
      const out: Queued[] = [];
      for (let x = q.pop(); x; x = q.pop()) out.push(x);
      const expected = pushed.slice().sort((a, b) => a.tick - b.tick || a.priority - b.priority || a.serial - b.serial);
      expect(out).toEqual(expected);
    }));
  });
});
