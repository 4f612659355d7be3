/**
 * Regenerates the catalogue section of tests/conformance/README.md from the case files:
 *   ./node_modules/.bin/tsx --conditions=source tests/conformance/write-readme.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES } from './cases/index.js';
import { CATALOGUE_END, CATALOGUE_START, renderCatalogue } from './catalogue.js';

const path = fileURLToPath(new URL('./README.md', import.meta.url));
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(CATALOGUE_START);
const end = readme.indexOf(CATALOGUE_END);
if (start < 0 || end < 0) throw new Error(`README.md has no catalogue markers (${CATALOGUE_START} … ${CATALOGUE_END})`);
writeFileSync(path, readme.slice(0, start) + renderCatalogue(FAMILIES) + readme.slice(end + CATALOGUE_END.length));
console.log(`catalogue written: ${FAMILIES.reduce((n, f) => n + f.cases.length, 0)} cases`);
