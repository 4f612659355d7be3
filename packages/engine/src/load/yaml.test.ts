// Invariant: every path into a YAML document maps to a line and column: the value, or the key
// when asked, or the nearest enclosing node when the path leaves the document; JSON text works
// the same; and the data read has only own properties and JSON values.
import { describe, expect, it } from 'vitest';
import { locate, parseYaml } from './yaml.js';

const text = 'a:\n  b: [1, { c: 2 }]\n  "d e": x\nf: &anchor { g: 1 }\nh: *anchor\n';

describe('locate', () => {
  const { source, data, issues } = parseYaml(text);
  it('reads the data', () => {
    expect(issues).toEqual([]);
    expect(data).toEqual({ a: { b: [1, { c: 2 }], 'd e': 'x' }, f: { g: 1 }, h: { g: 1 } });
  });
  it('points at values and keys', () => {
    expect(locate(source, ['a', 'b', 1, 'c'])).toEqual({ line: 2, column: 15 });
    expect(locate(source, ['a', 'b', 1, 'c'], 'key')).toEqual({ line: 2, column: 12 });
    expect(locate(source, ['a', 'd e'], 'key')).toEqual({ line: 3, column: 3 });
  });
  it('falls back to the enclosing node for a missing key', () => {
    expect(locate(source, ['a', 'missing'])).toEqual({ line: 2, column: 3 });
    expect(locate(source, ['zzz'])).toEqual({ line: 1, column: 1 });
  });
  it('follows aliases', () => {
    expect(locate(source, ['h', 'g'])).toEqual({ line: 4, column: 17 });
  });
  it('works on JSON text', () => {
    const json = parseYaml('{\n  "a": [\n    1,\n    true\n  ]\n}');
    expect(locate(json.source, ['a', 1])).toEqual({ line: 4, column: 5 });
  });
});

describe('parseYaml', () => {
  it('keeps __proto__ as an own key and never touches a prototype', () => {
    const { data } = parseYaml('__proto__: { polluted: 1 }\n');
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('reports non-JSON values, duplicate keys, several documents and alias loops', () => {
    for (const t of ['a: !!binary aGk=\n', 'a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', '? [a]\n: 1\n']) {
      expect(parseYaml(t).issues.map((i) => i.code), t).toEqual(['E_YAML']);
    }
  });
  it('reports one mis-indented line once, at that line, with what to check; duplicate keys all', () => {
    // A dedented key makes the parser report that line and the lines after it.
    const dedent = 'pacts:\n  - id: p\n    obligations:\n      - type: defense\n   article: Art. 5\n        casus: {}\n      - type: consult\n';
    const one = parseYaml(dedent).issues;
    expect(one.map((i) => [i.code, i.line])).toEqual([['E_YAML', 5]]);
    expect(one[0]!.hint).toContain('check this line against the lines above');
    // A tab: the tab is what is named, whatever else the parser says of that line.
    const tab = parseYaml('a:\n  b: 1\n\t- c: 2\n  d: 3\n').issues;
    expect(tab.map((i) => [i.line, i.message])).toEqual([[3, 'Tabs are not allowed as indentation']]);
    expect(tab[0]!.hint).toContain('indent with spaces, not tabs');
    const dup = parseYaml('a: 1\na: 2\nb: 1\nb: 2\n').issues;
    expect(dup.map((i) => i.message)).toEqual(['duplicate key "a"', 'duplicate key "b"']);
  });
  it('stops a billion laughs', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const { issues } = parseYaml(`${lines.join('\n')}\n`);
    expect(issues.map((i) => i.code)).toEqual(['E_YAML']);
    expect(issues[0]!.message).toContain('alias');
  });
});
