// Issue lines reach the terminal whole — place, message, code and hint — unless a value quoted from
// the input makes them absurdly long; then the middle goes and the code and hint stay.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '@casus/engine';
import { issueLines, MAX_LINE, printable } from './issue-lines.js';

describe('issue lines', () => {
  it('print the longest message the loader writes whole, code and hint included', () => {
    // A bare number in strict mode: one of the longest messages, with a long hint.
    const text = 'version: "1.7"\nid: t\ntitle: T\nclock: { start: 2025-01-06, tick: week, horizon: 4 }\nactors: { A: { name: A }, B: { name: B } }\npacts:\n  - { id: p, name: P, parties: [A, B], inForce: 2000-01-01, obligations: [{ type: defense, casus: { armedAttack: {} }, response: { atLeast: forces, levels: { forces: 2, war: 1 } } }] }\noutcomes:\n  o: { when: { relation: { between: [A, B], war: true } } }\n';
    const loaded = loadScenario(text, { filename: 'x.yaml', strict: true });
    expect(loaded.ok).toBe(false);
    const lines = issueLines(loaded.ok ? [] : loaded.issues);
    const bare = lines.find((l) => l.includes('[E_BARE_NUMBER]'));
    expect(bare, lines.join('\n')).toBeDefined();
    expect(bare!.length).toBeGreaterThan(300);
    expect(bare).not.toContain('…');
    expect(bare).toMatch(/\[E_BARE_NUMBER\] \(.*\)$/);
  });
  it('cut a flood in the middle, keeping its end', () => {
    const line = `x.yaml:1:1 id: ${'A'.repeat(5000)} [E_FORMAT] (use letters)`;
    const out = printable(line);
    expect([...out].length).toBe(MAX_LINE);
    expect(out.startsWith('x.yaml:1:1 id: AAA')).toBe(true);
    expect(out.endsWith('AAA [E_FORMAT] (use letters)')).toBe(true);
    expect(out).toContain('…');
  });
});
