// Invariant: every shell example of README.md and docs/cli.md, pasted as printed into one shell in a
// copy of this working tree after the README's set-up line, works (exit 0) and prints what the docs
// show where they show it; a block that cannot run is marked in the docs with its reason. The same
// from a `git clone`, with the README's second command (the whole suite), is `pnpm test:fresh-clone`.
//
// Opt-in (`pnpm test:docs`, CASUS_DOCS_AS_RUN=1): it takes about 2.5 minutes of one core, which
// would put CI past its ten-minute budget. tests/e2e/cli-docs.test.ts, in the suite, checks the
// same documented outputs in-process.
import { describe, it } from 'vitest';
import { defineDocsAsRun } from '../tools/docs-as-run.js';

if (process.env.CASUS_DOCS_AS_RUN === '1') defineDocsAsRun('working-tree', { timeoutMs: 15 * 60_000 });
else describe('docs as run (opt-in: pnpm test:docs)', () => { it.skip('every README.md and docs/cli.md example, pasted as printed', () => {}); });
