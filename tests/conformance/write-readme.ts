/**
 * Regenerates the catalogue section of tests/conformance/README.md from the case files:
 *   ./node_modules/.bin/tsx --conditions=source tests/conformance/write-readme.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CASES, FAMILIES } from './cases/index.js';
import { CATALOGUE_END, CATALOGUE_START, KNOWN_END, KNOWN_START, renderCatalogue, renderKnownFailures } from './catalogue.js';

/** Replaces the text between two markers (inclusive) with `text`. */
function replaceBlock(readme: string, startMarker: string, endMarker: string, text: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < 0) throw new Error(`README.md has no markers ${startMarker} … ${endMarker}`);
  return readme.slice(0, start) + text + readme.slice(end + endMarker.length);
}

const path = fileURLToPath(new URL('./README.md', import.meta.url));
let readme = readFileSync(path, 'utf8');
readme = replaceBlock(readme, KNOWN_START, KNOWN_END, renderKnownFailures(CASES));
readme = replaceBlock(readme, CATALOGUE_START, CATALOGUE_END, renderCatalogue(FAMILIES));
writeFileSync(path, readme);
console.log(`catalogue written: ${CASES.length} cases, ${CASES.filter((c) => c.knownFailure !== undefined).length} known failures`);
