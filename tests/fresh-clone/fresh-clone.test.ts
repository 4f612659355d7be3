// Opt-in (pnpm test:fresh-clone; CASUS_FRESH_CLONE=1): the done-when of issue 14 as written — a
// `git clone` of this repository's HEAD, the README's two commands (set-up and a first run; set-up and
// the whole suite), then every shell example of README.md and docs/cli.md pasted as printed: each
// works and prints what the docs show. Slow (it runs the suite again inside the clone), hence opt-in;
// tests/e2e/docs-as-run.test.ts runs the examples on a copy of the working tree in the suite.
import { describe } from 'vitest';
import { defineDocsAsRun } from '../tools/docs-as-run.js';

describe.runIf(process.env.CASUS_FRESH_CLONE === '1')('a fresh clone, the README followed as printed', () => {
  defineDocsAsRun('fresh-clone', { timeoutMs: 120 * 60_000 });
});
