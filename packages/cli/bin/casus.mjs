#!/usr/bin/env node
// The `casus` command that `pnpm install` links into node_modules/.bin. In a checkout (the
// TypeScript sources are here and tsx is installed) it runs the sources, so it is never staler
// than the code; in an installed package it runs the compiled dist/bin.js. Both run in this very
// process, so Ctrl-C, stdin (play) and the exit code behave exactly as the compiled binary's.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { URL } from 'node:url';

const source = new URL('../src/bin.ts', import.meta.url);
let tsx;
if (existsSync(source)) {
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    tsx = undefined;
  }
}
if (tsx !== undefined) {
  // The workspace packages export their sources under the "source" condition, as
  // `tsx --conditions=source` would select them.
  register('data:text/javascript,' + encodeURIComponent(
    'export async function resolve(s, c, next) { return next(s, { ...c, conditions: [...new Set([...c.conditions, "source"])] }); }',
  ));
  tsx.register();
  await import(source.href);
} else {
  await import(new URL('../dist/bin.js', import.meta.url).href);
}
