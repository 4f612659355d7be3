// Invariant: every shell example of README.md and docs/cli.md, pasted as printed into one shell in a
// copy of this working tree after the README's set-up line, works (exit 0) and prints what the docs
// show where they show it; a block that cannot run is marked in the docs with its reason. The same
// from a `git clone`, with the README's second command (the whole suite), is `pnpm test:fresh-clone`.
import { defineDocsAsRun } from '../tools/docs-as-run.js';

defineDocsAsRun('working-tree', { timeoutMs: 15 * 60_000 });
