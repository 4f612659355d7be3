import type { z } from 'zod';
import { ISSUE_CODES, type IssueCode, type PathSegment } from './issue.js';
import { mismatch, type DraftIssue } from './draft-issue.js';
import { didYouMean } from './did-you-mean.js';
import { allowedKeysAt, numberBoundsAt, numFieldAt } from './schema-walk.js';
import { describeValue } from './value-text.js';
import { valueAt } from './value-at.js';

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const KNOWN_CODES: ReadonlySet<string> = new Set(ISSUE_CODES);

/**
 * Turns zod issues into loader issues: a stable code, the path, `expected` and `received` as
 * words, and a hint where one helps. Union failures are reduced to the branch the author most
 * likely meant, and a `num()` field says "a number … or the name of a parameter" whichever branch
 * failed. `data` is the input that was validated (to quote what was found); `root` its schema.
 */
export function fromZodIssues(issues: readonly ZodIssue[], data: unknown, root: AnySchema): DraftIssue[] {
  const out: DraftIssue[] = [];
  for (const issue of issues) convert(issue, [], { data, root, out });
  return dropRedundantOneKey(out, data);
}

interface Ctx { data: unknown; root: AnySchema; out: DraftIssue[] }

function convert(issue: ZodIssue, base: PathSegment[], ctx: Ctx): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const found = valueAt(ctx.data, path);
  const received = describeValue(found.value);
  const push = (d: Omit<DraftIssue, 'path'> & { path?: PathSegment[] }) => ctx.out.push({ path, ...d });
  const num = numFieldAt(ctx.root, path);
  const primitive = found.exists && (typeof found.value !== 'object' || found.value === null);

  switch (issue.code) {
    case 'invalid_type': {
      if (!found.exists) {
        const key = path[path.length - 1];
        const expected = num ?? typeText(issue.expected);
        push({ code: 'E_REQUIRED', message: `missing required key "${String(key)}" (${expected})`, expected, received: 'nothing' });
        return;
      }
      const expected = num ?? (issue.expected === 'int' ? integerText(ctx.root, path) : typeText(issue.expected));
      push({ code: 'E_TYPE', message: mismatch(expected, received), expected, received });
      return;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const expected = num ?? boundsText(ctx.root, path, issue);
        push({ code: 'E_RANGE', message: mismatch(expected, received), expected, received });
        return;
      }
      const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const unit = issue.origin === 'string' ? 'character' : 'item';
      const expected = issue.code === 'too_small'
        ? (n === 1 && issue.origin === 'string' ? 'a non-empty string' : `at least ${n} ${unit}${n === 1 ? '' : 's'}`)
        : `at most ${n} ${unit}${n === 1 ? '' : 's'}`;
      const size = Array.isArray(found.value) ? `${found.value.length} item${found.value.length === 1 ? '' : 's'}` : received;
      push({ code: 'E_SIZE', message: mismatch(expected, size), expected, received: size });
      return;
    }
    case 'not_multiple_of': {
      const expected = `a multiple of ${String(issue.divisor)}`;
      push({ code: 'E_RANGE', message: mismatch(expected, received), expected, received });
      return;
    }
    case 'invalid_format': {
      const expected = num ?? formatText(issue);
      push({ code: 'E_FORMAT', message: mismatch(expected, received), expected, received });
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const expected = values.length === 1 ? JSON.stringify(values[0]) : `one of: ${values.join(', ')}`;
      const suggestion = typeof found.value === 'string' ? didYouMean(found.value, values) : undefined;
      push({ code: 'E_ENUM', message: mismatch(expected, received), expected, received, ...hint(suggestion) });
      return;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(ctx.root, path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, allowed);
        ctx.out.push({
          code: 'E_UNKNOWN_KEY', path: [...path, key], anchor: 'key',
          message: `unknown key "${key}"`, expected: allowed.length > 0 ? `one of: ${allowed.join(', ')}` : 'no keys here',
          received: JSON.stringify(key), ...hint(suggestion),
        });
      }
      return;
    }
    case 'invalid_key': {
      // A map key that is not an id (or not an allowed name): point at the key and quote it.
      const key = path[path.length - 1];
      const before = ctx.out.length;
      for (const sub of issue.issues) convert(sub, path, ctx);
      for (const d of ctx.out.slice(before)) {
        d.anchor = 'key';
        d.received = JSON.stringify(String(key));
        d.message = `invalid key: ${mismatch(d.expected ?? 'an id', d.received)}`;
        d.code = d.code === 'E_ENUM' ? 'E_ENUM' : 'E_FORMAT';
        if (d.code === 'E_ENUM' && typeof key === 'string') Object.assign(d, hint(didYouMean(key, (d.expected ?? '').replace(/^one of: /, '').split(', '))));
      }
      return;
    }
    case 'invalid_element':
      for (const sub of issue.issues) convert(sub, path, ctx);
      return;
    case 'invalid_union': {
      if (num !== undefined && primitive) {
        const code: IssueCode = typeof found.value === 'number' ? 'E_RANGE' : typeof found.value === 'string' ? 'E_FORMAT' : 'E_TYPE';
        push({ code, message: mismatch(num, received), expected: num, received });
        return;
      }
      const live = issue.errors.filter((branch) => !isMismatch(branch));
      if (live.length === 0) {
        // A weight is a num() or a one-key object: say both, rather than "a number or a string or an object".
        const keys = allowedKeysAt(ctx.root, path);
        const expected = num === undefined
          ? [...new Set(issue.errors.flatMap(expectedTypes))].map(typeText).join(' or ')
          : keys.length === 0 ? num : `${num}, or an object with one of: ${keys.join(', ')}`;
        push({ code: 'E_TYPE', message: mismatch(expected, received), expected, received });
        return;
      }
      const mixed = mixedForms(found.value, live);
      if (mixed !== undefined) {
        push({
          code: 'E_ONE_KEY', anchor: 'value', received, expected: `one form: ${mixed.forms.join(', or ')}`,
          message: `this object mixes ${mixed.keys.map((k) => `"${k}"`).join(' and ')}, which belong to different forms; expected one form: ${mixed.forms.join(', or ')}`,
        });
        return;
      }
      const words = wordsOnly(live);
      const keys = words !== undefined && issue.errors.some((b) => isMismatch(b) && expectedTypes(b).includes('object')) ? allowedKeysAt(ctx.root, path) : [];
      if (words !== undefined && keys.length > 0) {
        // A word or an object (`every: tick` or `every: { month, day }`): a wrong word is told both forms.
        const expected = `${words.length === 1 ? JSON.stringify(words[0]) : `one of: ${words.join(', ')}`}, or an object with: ${keys.join(', ')}`;
        const suggestion = typeof found.value === 'string' ? didYouMean(found.value, words) : undefined;
        push({ code: 'E_ENUM', message: mismatch(expected, received), expected, received, ...hint(suggestion) });
        return;
      }
      for (const sub of bestBranch(live)) convert(sub, path, ctx);
      return;
    }
    case 'custom': {
      const given = (issue.params as { code?: unknown } | undefined)?.code;
      const code: IssueCode = typeof given === 'string' && KNOWN_CODES.has(given) ? (given as IssueCode) : 'E_FORMAT';
      const expected = issue.message.startsWith('expected ') ? issue.message.slice('expected '.length) : undefined;
      const message = code === 'E_FORMAT' && expected !== undefined ? mismatch(expected, received) : issue.message;
      push({ code, message, received, ...(expected === undefined ? {} : { expected }) });
      return;
    }
    default: {
      push({ code: 'E_TYPE', message: (issue as { message: string }).message, received });
    }
  }
}

/**
 * An object no form of a union accepts whole, though every key it has belongs to some form: it
 * mixes forms (`{ tag: great_power, except: [DEU] }` against `{ alliedWith }`, `{ except }` and
 * `{ tag }`). The closest branch would report the other forms' keys as unknown, which misleads.
 * Returns the keys that come from different forms and each form's keys.
 */
function mixedForms(value: unknown, branches: readonly (readonly ZodIssue[])[]): { keys: string[]; forms: string[] } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  // The object forms only: a branch that failed on the value as a whole (an enum of words) is no form of object.
  const objects = branches.filter((b) => b.some((i) => i.code === 'unrecognized_keys' || i.path.length > 0));
  if (keys.length < 2 || objects.length < 2) return undefined;
  const rejected = objects.map((b) => new Set(b.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []))));
  if (!rejected.every((r) => r.size > 0)) return undefined;
  if (!keys.every((k) => rejected.some((r) => !r.has(k)))) return undefined;
  const accepted = rejected.map((r) => keys.filter((k) => !r.has(k))).filter((ks) => ks.length > 0);
  const mixed = keys.filter((k) => accepted.some((ks) => ks.includes(k)) && accepted.some((ks) => !ks.includes(k)));
  if (mixed.length < 2) return undefined;
  const forms = [...new Set(accepted.map((ks) => `{ ${ks.join(', ')} }`))];
  return { keys: mixed, forms };
}

/** The words allowed, when every branch left failed only on a word not among them; else undefined. */
function wordsOnly(branches: readonly (readonly ZodIssue[])[]): string[] | undefined {
  const words: string[] = [];
  for (const b of branches) {
    if (b.length !== 1 || b[0]!.code !== 'invalid_value' || b[0]!.path.length !== 0) return undefined;
    words.push(...b[0]!.values.map((v) => String(v)));
  }
  return words.length > 0 ? words : undefined;
}

/** A branch that failed only because the input is of another type altogether. */
function isMismatch(branch: readonly ZodIssue[]): boolean {
  if (branch.length !== 1) return false;
  const only = branch[0]!;
  if (only.path.length !== 0) return false;
  if (only.code === 'invalid_type') return true;
  return only.code === 'invalid_union' && only.errors.every(isMismatch);
}

function expectedTypes(branch: readonly ZodIssue[]): string[] {
  const only = branch[0];
  if (only === undefined) return [];
  if (only.code === 'invalid_type') return [only.expected];
  if (only.code === 'invalid_union') return only.errors.flatMap(expectedTypes);
  return [];
}

/** The branch that got furthest into the input, then the one with the fewest complaints. */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  const depth = (b: readonly ZodIssue[]) => Math.max(...b.map((i) => i.path.length));
  return [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
}

/**
 * An object with only unknown keys also fails the one-key check; the unknown-key issue (with its
 * "did you mean") is the useful one, so the one-key issue is dropped there.
 */
function dropRedundantOneKey(issues: DraftIssue[], data: unknown): DraftIssue[] {
  return issues.filter((d) => {
    if (d.code !== 'E_ONE_KEY') return true;
    const at = valueAt(data, d.path).value;
    if (typeof at !== 'object' || at === null) return true;
    const unknown = issues.filter((u) => u.code === 'E_UNKNOWN_KEY' && u.path.length === d.path.length + 1 && d.path.every((s, i) => u.path[i] === s));
    return unknown.length === 0 || unknown.length < Object.keys(at).length;
  });
}

function hint(suggestion: string | undefined): { hint?: string } {
  return suggestion === undefined ? {} : { hint: `did you mean "${suggestion}"?` };
}

function typeText(t: string): string {
  switch (t) {
    case 'object': return 'an object';
    case 'array': return 'a list';
    case 'string': return 'a string';
    case 'number': return 'a number';
    case 'int': return 'an integer';
    case 'boolean': return 'true or false';
    case 'undefined': return 'nothing';
    case 'record': return 'a map';
    default: return `a ${t}`;
  }
}

function integerText(root: AnySchema, path: PathSegment[]): string {
  const b = numberBoundsAt(root, path);
  return b === undefined ? 'an integer' : rangeText({ ...b, int: true });
}

function boundsText(root: AnySchema, path: PathSegment[], issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const b = numberBoundsAt(root, path);
  if (b !== undefined) return rangeText(b);
  const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const op = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : (issue.inclusive ? '≤' : '<');
  return `a number ${op} ${n}`;
}

function rangeText(b: { min?: number; max?: number; int: boolean }): string {
  const noun = b.int ? 'an integer' : 'a number';
  if (b.min !== undefined && b.max !== undefined) return `${noun} in [${b.min}, ${b.max}]`;
  if (b.min !== undefined) return `${noun} ≥ ${b.min}`;
  if (b.max !== undefined) return `${noun} ≤ ${b.max}`;
  return noun;
}

function formatText(issue: z.core.$ZodIssueInvalidStringFormat): string {
  // The schema's own regex messages already read "expected an id (…)".
  if (issue.message.startsWith('expected ')) return issue.message.slice('expected '.length);
  if (issue.format === 'regex' && issue.pattern !== undefined) return `a string matching ${issue.pattern}`;
  return `a string in ${issue.format} format`;
}
