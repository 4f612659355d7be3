import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Issue, PathSegment } from './issue.js';
import { quickYaml, UNDECIDED } from './yaml-quick.js';

/**
 * A YAML text kept for locating paths in it. Its Document (nodes with their offsets) is built
 * the first time a path is located: a text read quickly (load/yaml-quick.ts) without a problem
 * is never parsed twice unless a later rule has something to report in it.
 */
export class YamlSource {
  private parsed: { readonly doc: Document.Parsed; readonly lineCounter: LineCounter } | undefined;

  constructor(readonly text: string) {}

  get doc(): Document.Parsed {
    return this.document().doc;
  }

  get lineCounter(): LineCounter {
    return this.document().lineCounter;
  }

  private document(): { readonly doc: Document.Parsed; readonly lineCounter: LineCounter } {
    if (this.parsed === undefined) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
      this.parsed = { doc, lineCounter };
    }
    return this.parsed;
  }
}

/** The plain data of a YAML text, and the problems met reading it (all located). */
export interface ParsedYaml {
  readonly source: YamlSource;
  readonly data: unknown;
  readonly issues: Issue[];
}

/** Deeper nesting than this is not a scenario, and would risk exhausting the stack later on. */
export const MAX_DEPTH = 200;
/** Caps alias expansion ("billion laughs"); real scenarios have a few thousand nodes. */
const MAX_NODES = 1_000_000;

/**
 * Parses YAML (and therefore JSON) as the `yaml` Document API reads it. Syntax errors, duplicate
 * keys, unresolved tags and aliases come back as located `E_YAML` issues. The data is built by hand
 * rather than with `toJS()` so that every key becomes an own property (a `__proto__` key can never
 * reach a prototype), only JSON-like values come out (no binary or dates), and alias bombs stop.
 *
 * A text the quick reader can answer for (load/yaml-quick.ts: the same data, by construction and
 * by test) is read by it, and its Document built only if a path in it must be located; `quick:
 * false` always builds the Document (the tests compare the two).
 */
export function parseYaml(text: string, options: { readonly quick?: boolean } = {}): ParsedYaml {
  const source = new YamlSource(text);
  if (options.quick !== false) {
    const data = quickYaml(text, MAX_DEPTH, MAX_NODES);
    if (data !== UNDECIDED) return { source, data, issues: [] };
  }
  const { doc, lineCounter } = source;
  const issues: Issue[] = [];
  for (const e of firstSyntaxError([...doc.errors, ...doc.warnings], lineCounter)) {
    const issue = yamlIssue(source, e.pos[0], yamlMessage(e.code, e.message, keyAt(text, e.pos[0])));
    const hint = syntaxHint(e.code);
    issues.push(hint === undefined ? issue : { ...issue, hint });
  }
  const data = issues.length > 0 ? undefined : new Converter(source, issues).convert(doc.contents as Node | null, [], 0);
  return { source, data, issues };
}

function yamlMessage(code: string, message: string, token: string): string {
  // The yaml package's messages are good; these two gain from naming the key, or lose a pointer
  // to another API that means nothing to an author.
  if (code === 'DUPLICATE_KEY' && token.trim() !== '') return `duplicate key ${JSON.stringify(token.trim().replace(/^["']|["']$/g, ''))}`;
  if (code === 'MULTIPLE_DOCS') return 'a scenario file holds a single YAML document (found a second "---")';
  return message.replace(/\s+/g, ' ').trim();
}

/** The parser's reports that are not about the structure of the text: each stands on its own. */
const STANDALONE = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'BAD_ALIAS', 'ALIAS_PROPS']);

/**
 * One mis-indented line makes the parser report errors on that line and the lines after it, most
 * of them consequences ("All mapping items must start at the same column" three lines on). So of
 * the structural errors only the first line's are kept, and only one of them — a tab used as
 * indentation first, since that is what the author must change — while the reports that stand on
 * their own (a duplicate key) are all kept.
 */
function firstSyntaxError<E extends { code: string; pos: [number, number] }>(errors: readonly E[], lines: LineCounter): E[] {
  const structural = errors.filter((e) => !STANDALONE.has(e.code)).sort((a, b) => a.pos[0] - b.pos[0]);
  const first = structural[0];
  const kept = errors.filter((e) => STANDALONE.has(e.code));
  if (first === undefined) return kept;
  const line = lines.linePos(first.pos[0]).line;
  const tab = structural.find((e) => e.code === 'TAB_AS_INDENT' && lines.linePos(e.pos[0]).line === line);
  return [tab ?? first, ...kept];
}

/** What to check for a structural error, and that later ones are left out. */
function syntaxHint(code: string): string | undefined {
  if (STANDALONE.has(code)) return undefined;
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs; later syntax errors, which usually follow from this one, are not shown';
  return 'YAML reads the structure from indentation: check this line against the lines above (spaces only; the keys of one mapping start at the same column, and a value that continues a key is indented further); later syntax errors, which usually follow from this one, are not shown';
}

/** The key written at an offset: a quoted string, or plain text up to the colon. */
function keyAt(text: string, offset: number): string {
  const m = /^("[^"\n]*"|'[^'\n]*'|[^:\n,{}]+)/.exec(text.slice(offset, offset + 200));
  return m === null ? '' : m[1]!;
}

function yamlIssue(source: YamlSource, offset: number, message: string, path: PathSegment[] = []): Issue {
  const { line, col } = source.lineCounter.linePos(Math.max(0, offset));
  return { code: 'E_YAML', severity: 'error', message, path, line, column: col };
}

class Converter {
  private nodes = 0;
  private readonly expanding = new Set<Node>();

  constructor(private readonly source: YamlSource, private readonly issues: Issue[]) {}

  convert(node: Node | null | undefined, path: PathSegment[], depth: number): unknown {
    if (node === null || node === undefined) return null;
    if (this.issues.length > 0) return null;
    if (++this.nodes > MAX_NODES) {
      this.fail(node, `the document expands to more than ${MAX_NODES} nodes (alias expansion?)`, path);
      return null;
    }
    if (depth > MAX_DEPTH) {
      // The path is cut: two hundred [0]s name nothing an author can act on.
      this.issues.push({ ...yamlIssue(this.source, node.range?.[0] ?? 0, `nesting deeper than ${MAX_DEPTH} levels`, path.slice(0, 4)), code: 'E_TOO_DEEP' });
      return null;
    }
    if (isAlias(node)) {
      const target = node.resolve(this.source.doc) as Node | undefined;
      if (target === undefined) return this.fail(node, `unknown alias *${node.source}`, path);
      if (this.expanding.has(target)) return this.fail(node, `alias *${node.source} refers to itself`, path);
      this.expanding.add(target);
      const value = this.convert(target, path, depth);
      this.expanding.delete(target);
      return value;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      return this.fail(node, `unsupported value${node.tag === undefined ? '' : ` of type ${node.tag}`}; scenarios hold strings, numbers, booleans, lists and maps`, path);
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => this.convert(item as Node | null, [...path, i], depth + 1));
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = (isAlias(pair.key) ? pair.key.resolve(this.source.doc) : pair.key) as Node | null;
        if (keyNode !== null && keyNode !== undefined && !isScalar(keyNode)) {
          this.fail(pair.key as Node, 'a key must be a plain string, not a list or a map', path);
          continue;
        }
        const key = keyNode === null || keyNode === undefined || keyNode.value === null ? '' : String(keyNode.value);
        if (Object.prototype.hasOwnProperty.call(out, key)) {
          this.fail(pair.key as Node, `duplicate key "${key}"`, [...path, key]);
          continue;
        }
        // defineProperty, not assignment: assigning "__proto__" would replace the prototype.
        Object.defineProperty(out, key, {
          value: this.convert(pair.value as Node | null, [...path, key], depth + 1),
          enumerable: true, writable: true, configurable: true,
        });
      }
      return out;
    }
    return this.fail(node, 'unsupported YAML node', path);
  }

  private fail(node: Node | null, message: string, path: PathSegment[]): null {
    this.issues.push(yamlIssue(this.source, node?.range?.[0] ?? 0, message, path));
    return null;
  }
}

/**
 * The 1-based line and column of the YAML node at `path`: the value, or with `anchor: 'key'` the
 * key that names it. Where the path leaves the document (a missing key), the deepest node that
 * exists answers, which is the map the key is missing from. Never fails: line 1 column 1 at worst.
 */
export function locate(source: YamlSource, path: readonly PathSegment[], anchor: 'value' | 'key' = 'value'): { line: number; column: number } {
  const { doc } = source;
  let node: Node | null = doc.contents as Node | null;
  let found: Node | null = node;
  let keyNode: Node | null = null;
  let complete = true;
  for (const seg of path) {
    if (node !== null && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
    let next: Node | null | undefined;
    keyNode = null;
    if (node !== null && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String((p.key as { value: unknown }).value) === String(seg));
      if (pair !== undefined) {
        keyNode = pair.key as Node;
        next = (pair.value as Node | null) ?? keyNode;
      }
    } else if (node !== null && isSeq(node) && typeof seg === 'number') {
      next = node.items[seg] as Node | null | undefined;
    }
    if (next === undefined || next === null) {
      complete = false;
      break;
    }
    node = next;
    found = next;
  }
  const target = complete && anchor === 'key' && keyNode !== null ? keyNode : found;
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: Math.max(1, line), column: Math.max(1, col) };
}
