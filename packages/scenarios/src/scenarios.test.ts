// Invariant: every scenario shipped with Casus loads with no errors, no warnings, and under the
// id its file name gives it, so `casus validate <id>` and the docs can rely on them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatIssue, loadScenario } from '@casus/engine';
import { listScenarios, resolveScenario, scenarioResolver, SCENARIO_DIR } from './index.js';

const bundled = listScenarios();

describe('bundled scenarios', () => {
  it('include the tutorial', () => {
    expect(bundled.map((s) => s.id)).toContain('tutorial');
  });

  it.each(bundled.map((s) => [s.id, s] as const))('%s validates cleanly', (_id, s) => {
    const result = loadScenario(readFileSync(s.path, 'utf8'), { filename: `${s.id}.yaml`, resolve: scenarioResolver({ baseDir: SCENARIO_DIR }) });
    const problems = result.ok ? result.warnings : result.issues;
    expect(problems.map(formatIssue)).toEqual([]);
    expect(result.ok && result.scenario.id).toBe(s.id);
    expect(result.ok && result.scenario.title).toBe(s.title);
  });
});

describe('resolveScenario', () => {
  it('finds a bundled scenario by id', () => {
    const found = resolveScenario('tutorial', { cwd: '/nonexistent-dir' });
    expect(found?.path).toMatch(/tutorial\.yaml$/);
    expect(found?.text).toContain('id: tutorial');
  });

  it('finds a file by path', () => {
    const path = bundled.find((s) => s.id === 'tutorial')!.path;
    expect(resolveScenario(path)?.path).toBe(path);
  });

  it('returns undefined for neither', () => {
    expect(resolveScenario('no-such-scenario', { cwd: '/' })).toBeUndefined();
  });
});
