// Invariant: the reference docs keep up with the code. Every property name anywhere in the
// format's JSON Schema is mentioned in docs/scenario-format.md as a code span, and every issue code
// the loader's source uses is documented in docs/errors.md (and no documented code is stale).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, scenarioJsonSchema } from '../../src/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const formatDoc = readFileSync(join(root, 'docs/scenario-format.md'), 'utf8');
const errorsDoc = readFileSync(join(root, 'docs/errors.md'), 'utf8');

/** Every code span's text; `a.b.c` also counts as mentioning `c`. */
function codeSpans(markdown: string): Set<string> {
  const spans = new Set<string>();
  for (const m of markdown.matchAll(/`([^`\n]+)`/g)) {
    spans.add(m[1]!);
    const dotted = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.exec(m[1]!);
    if (dotted !== null) spans.add(m[1]!.slice(m[1]!.lastIndexOf('.') + 1));
  }
  return spans;
}

function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (typeof node === 'object' && node !== null) {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props !== undefined && typeof props === 'object') for (const k of Object.keys(props)) out.add(k);
    for (const v of Object.values(node)) propertyNames(v, out);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('docs/scenario-format.md', () => {
  it('mentions every property of the format as a code span', () => {
    const spans = codeSpans(formatDoc);
    const names = [...propertyNames(scenarioJsonSchema())].sort();
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !spans.has(n))).toEqual([]);
  });
});

describe('docs/errors.md', () => {
  const documented = new Set([...errorsDoc.matchAll(/`([EW]_[A-Z0-9_]+)`/g)].map((m) => m[1]!));

  it('documents every issue code used in the loader source', () => {
    const used = new Set<string>(ISSUE_CODES);
    for (const file of sourceFiles(join(root, 'packages/engine/src/load'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'([EW]_[A-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect([...used].filter((c) => !documented.has(c)).sort()).toEqual([]);
  });

  it('documents no code that neither the loader nor the command line has', () => {
    const known = new Set<string>(ISSUE_CODES);
    for (const file of sourceFiles(join(root, 'packages/cli/src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'([EW]_[A-Z0-9_]+)'/g)) known.add(m[1]!);
    }
    expect([...documented].filter((c) => !known.has(c))).toEqual([]);
  });
});
