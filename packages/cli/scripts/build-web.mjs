/* global URL, console */
// `pnpm build`: writes the seminar app into packages/cli/dist/web/ (app.js, app.css), next to the
// compiled server that serves it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { buildWebApp } = require('./web-build.cjs');
const out = fileURLToPath(new URL('../dist/web/', import.meta.url));
const { js, css } = buildWebApp(fileURLToPath(new URL('../web/main.tsx', import.meta.url)));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}app.js`, js);
writeFileSync(`${out}app.css`, css);
console.log(`casus: wrote the seminar app to packages/cli/dist/web/ (${Math.round(js.length / 1024)} KB script)`);
