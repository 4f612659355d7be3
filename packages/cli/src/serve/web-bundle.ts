import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The single-page app: its HTML shell, script and stylesheet (no network needed at run time). */
export interface WebApp {
  readonly html: string;
  readonly js: string;
  readonly css: string;
}

const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Casus seminar</title>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<div id="app"><main><h1>Casus seminar</h1><p>Loading…</p></main></div>
<script type="module" src="/app.js"></script>
</body>
</html>
`;

/**
 * The app as built into the package (`dist/web/`, made by `pnpm build` through
 * scripts/build-web.mjs) or, running from source (tsx, vitest), bundled now with esbuild from
 * packages/cli/web/ — the same build, in memory.
 */
export function loadWebApp(): WebApp {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const js = new URL('../web/app.js', here);
    const css = new URL('../web/app.css', here);
    if (!existsSync(js) || !existsSync(css)) throw new Error(`the seminar app is missing from ${fileURLToPath(new URL('../web/', here))}: run pnpm build`);
    return { html: SHELL, js: readFileSync(js, 'utf8'), css: readFileSync(css, 'utf8') };
  }
  const entry = fileURLToPath(new URL('../../web/main.tsx', here));
  const { buildWebApp } = createRequire(here)('../../scripts/web-build.cjs') as { buildWebApp(entry: string): { js: string; css: string } };
  return { html: SHELL, ...buildWebApp(entry) };
}
