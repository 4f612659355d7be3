// Invariant: the real `casus` binary, run as a process, prints the same as runCli and exits with
// the documented codes (0 valid, 2 unreadable file), with no stack trace.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const casus = (...args: string[]) => spawnSync(
  'node_modules/.bin/tsx', ['--conditions=source', 'packages/cli/src/bin.ts', ...args],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
);

describe('the casus binary', () => {
  it('validates the bundled tutorial', () => {
    const r = casus('validate', 'tutorial');
    expect(r.stdout).toBe('✔ tutorial.yaml: valid — 4 actors, 2 pacts, 3 triggers, 4 outcomes\n');
    expect(r.status).toBe(0);
  });
  it('exits 2 for a missing file without a stack trace', () => {
    const r = casus('validate', 'no-such-file.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read no-such-file.yaml: ENOENT');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
