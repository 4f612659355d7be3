/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, loaded synchronously by the server from source */
// Bundles the seminar app (packages/cli/web/main.tsx: preact, JSX) into one script and one
// stylesheet with esbuild. Used by build-web.mjs (`pnpm build`, into dist/web/) and, from
// source, by src/serve/web-bundle.ts (in memory).
'use strict';

function buildWebApp(entry) {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: ['chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic', jsxImportSource: 'preact', minify: true, write: false, outdir: 'out', logLevel: 'silent',
    legalComments: 'none',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js) throw new Error('esbuild produced no script for the seminar app');
  return { js: js.text, css: css ? css.text : '' };
}

module.exports = { buildWebApp };
