// Invariant: each invalid fixture file fails with the code, line and column its header announces
// (`# expect: CODE LINE:COL`), and each valid fixture loads with no issue at all.
import { describe, expect, it } from 'vitest';
import { formatIssue, loadScenario } from '../../src/index.js';
import { invalidFixtures, validFixtures } from './fixture-files.js';

describe('invalid fixtures', () => {
  it.each(invalidFixtures().map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const r = loadScenario(f.text, { filename: f.name });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.issues.find((i) => i.code === f.code && i.line === f.line && i.column === f.column);
    expect(hit, r.issues.map(formatIssue).join('\n')).toBeDefined();
  });
});

describe('valid fixtures', () => {
  it.each(validFixtures().map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const r = loadScenario(f.text, { filename: f.name });
    expect((r.ok ? r.warnings : r.issues).map(formatIssue)).toEqual([]);
  });
});
