// Invariant: the quick reading of YAML (js-yaml, core schema) never changes what a text means —
// wherever it answers, its data is the Document reader's, exactly (-0 included); where the two
// parsers could differ, or the text has any problem, it does not answer and the Document reader's
// located issues come back as before. Every well-formed YAML file of the repository is read quickly
// (the point of it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml.js';
import { quickYaml, UNDECIDED } from './yaml-quick.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Data as text that tells -0 from 0 and keeps key order (toEqual does neither). */
function exact(data: unknown): string {
  return JSON.stringify(data, (_k, v: unknown) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : Number.isFinite(v) ? v : String(v)) : v));
}

/** Both readings of `text`: data and issues must be the same. */
function expectSameReading(text: string): void {
  const quick = parseYaml(text);
  const full = parseYaml(text, { quick: false });
  expect(exact(quick.data), text).toBe(exact(full.data));
  expect(quick.issues, text).toEqual(full.issues);
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name) && name !== 'pnpm-lock.yaml' && name !== 'pnpm-workspace.yaml') out.push(path);
  }
  return out;
}

describe('quickYaml', () => {
  it('answers where the two parsers agree, and the answer is the Document reader\'s', () => {
    for (const text of [
      'a: 1\nb: [x, "1.9", -.5, +.5, 5.e3, .inf, -.Inf, .NaN, 0o17, 0x1F, 0777, -0, 1e3, ~, true, False]\n',
      'a: |\n  x\n  y\nb: >-\n  p\n  q\nc: "\\u263A\\x41"\nd: \'it\'\'s\'\n',
      'a: 1\nb: [1, {c: d}, 2,]\n__proto__: {p: 1}\n"": empty key\n1.50: numeric key\nc: ">13,000 at |2"\n',
      '{"json": [1, 2.5, "three", null, true]}',
      'rate: 0.035667494393873245\nsmall: 1.2345678901234567e-300\n',
    ]) {
      expect(quickYaml(text, 200, 1_000_000), text).not.toBe(UNDECIDED);
      expectSameReading(text);
    }
  });

  it('leaves to the Document reader what the two read differently, and every problem', () => {
    const cases = {
      directive: '%YAML 1.1\n---\na: yes\n',
      tag: 'a: !!float 1\n',
      binary: 'a: !!binary aGk=\n',
      alias: 'a: &x 1\nb: *x\n',
      'anchored compact mapping': 'a: &x b: 1\n',
      'null key': '~: x\n',
      'empty implicit key': ': x\n',
      overflow: 'a: 1e400\n',
      'long integer': 'a: 12345678901234567\n',
      'long integer in a list': 'a: [1, -12345678901234567]\n',
      'complex key': '? [a]\n: x\n',
      duplicate: 'a: 1\na: 2\n',
      'numeric duplicate': '1: a\n"1": b\n',
      'overflowing key': '1e400: x\n',
      'tab before a key': '\ta: 1\n',
      'indentation indicator': '|1-\n\n a\n',
      'two documents': 'a: 1\n---\nb: 2\n',
      empty: '',
      'syntax error': 'a: b: c\n',
      tab: 'a:\n  b: 1\n\t- c: 2\n',
    };
    for (const [what, text] of Object.entries(cases)) {
      expect(quickYaml(text, 200, 1_000_000), what).toBe(UNDECIDED);
      expectSameReading(text);
    }
  });

  it('leaves nesting near the limit to the Document reader, for its located issue', () => {
    const deep = (n: number): string => `${'['.repeat(n)}1${']'.repeat(n)}`;
    expect(quickYaml(deep(10), 200, 1_000_000)).not.toBe(UNDECIDED);
    expect(quickYaml(deep(195), 200, 1_000_000)).toBe(UNDECIDED);
    expect(parseYaml(deep(250)).issues.map((i) => i.code)).toEqual(['E_TOO_DEEP']);
    expectSameReading(deep(250));
  });

  it('reads every YAML file of the repository as the Document reader does, every well-formed one quickly', () => {
    const files = yamlFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => f.includes(join('packages', 'scenarios', 'scenarios'))).length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expectSameReading(text);
      // Every well-formed one is read quickly: none uses what the quick reader leaves to the other.
      if (parseYaml(text, { quick: false }).issues.length === 0) expect(quickYaml(text, 200, 1_000_000), file).not.toBe(UNDECIDED);
    }
  });

  // Strings that look like other scalars, or need quoting, and numbers at the edges.
  const tricky = fc.oneof(
    fc.constantFrom('1.9', '-.5', '+.5', '0x1F', '0o17', '0b11', '1_000', '1e400', '.inf', '~', 'null', 'Null', 'true', 'TRUE', 'yes', 'no', 'on',
      '', ' ', '#', 'a: b', '- x', '[x]', '{x}', '"', "'", '&a', '*a', '!t', '%x', '|', '>', '? x', 'a\nb', 'a\n\nb', 'tab\there', '\u2028', 'é☺', '---', '...'),
    fc.string({ unit: fc.constantFrom('a', '1', '.', '-', '+', 'e', ':', ' ', '#', '\n', '"', "'", '0', 'x', '~', '[', '{', ',', '\\', '\t')
    }),
  );
  const numbers = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0.1, 1e21, 1e-7, 2 ** 53 + 2, -(2 ** 31)));
  const leaf = fc.oneof(tricky, numbers, fc.boolean(), fc.constant(null));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.oneof(tricky, fc.string()), tie('node'), { maxKeys: 4 })),
  })).node;

  it('reads what yaml and js-yaml write, in any style, as the Document reader does (property)', () => {
    const yamlStyle = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      indent: fc.integer({ min: 1, max: 4 }),
      lineWidth: fc.constantFrom(0, 20, 80),
    }, { requiredKeys: [] });
    fc.assert(fc.property(value, yamlStyle, fc.boolean(), (data, style, withJsYaml) => {
      const text = withJsYaml ? dump(data, { flowLevel: style.collectionStyle === 'flow' ? 0 : -1, lineWidth: style.lineWidth || -1 }) : stringify(data, style as never);
      expectSameReading(text);
    }), { numRuns: 400 });
  });

  it('agrees with the Document reader on texts of YAML\'s own characters, well-formed or not (property)', () => {
    const piece = fc.constantFrom('a', 'b: ', '- ', '  ', '\n', ': ', '1', '.5', '-', '"x"', "'y'", '[', ']', '{', '}', ', ', '#c', '|', '>', '~', 'null', 'true', '0x1', '? ', '&a ', '*a', '\t', 'e3', '+');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      expectSameReading(pieces.join(''));
    }), { numRuns: 2000 });
  });
});
