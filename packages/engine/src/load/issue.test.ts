// Invariant: an issue prints as one line, `file:line:col path: message [CODE] (hint)`, shrinking
// to what is known, and reports sort by place whatever order the rules found them in.
import { describe, expect, it } from 'vitest';
import { compareIssues, formatIssue, formatPath, type Issue } from './issue.js';

const base: Issue = { code: 'E_RANGE', severity: 'error', message: 'expected a number in [0, 1], got 1.4', path: ['pacts', 1, 'obligations', 0, 'reliability'] };

describe('formatIssue', () => {
  it('names the file, line, column, path, message and code', () => {
    expect(formatIssue({ ...base, file: 'korea.yaml', line: 42, column: 7 }))
      .toBe('korea.yaml:42:7 pacts[1].obligations[0].reliability: expected a number in [0, 1], got 1.4 [E_RANGE]');
  });
  it('adds the hint and marks warnings', () => {
    expect(formatIssue({ ...base, severity: 'warning', hint: 'did you mean "x"?', line: 1, column: 2 }))
      .toBe('1:2 pacts[1].obligations[0].reliability: warning: expected a number in [0, 1], got 1.4 [E_RANGE] (did you mean "x"?)');
  });
  it('drops what is unknown', () => {
    expect(formatIssue({ ...base, path: [] })).toBe('expected a number in [0, 1], got 1.4 [E_RANGE]');
    expect(formatIssue({ ...base, file: 'a.yaml' })).toBe('a.yaml pacts[1].obligations[0].reliability: expected a number in [0, 1], got 1.4 [E_RANGE]');
  });
});

describe('formatPath', () => {
  it('quotes keys that are not plain words', () => {
    expect(formatPath(['actors', 'b c', 'name'])).toBe('actors["b c"].name');
    expect(formatPath(['pacts', 0, 'a-c'])).toBe('pacts[0]["a-c"]');
    expect(formatPath([])).toBe('');
  });
});

describe('compareIssues', () => {
  it('orders by line, column, then path', () => {
    const a = { ...base, line: 2, column: 5 };
    const b = { ...base, line: 2, column: 1 };
    const c = { ...base, line: 1, column: 9 };
    const d = { ...base, line: 1, column: 9, path: ['a'] };
    expect([a, b, c, d].sort(compareIssues)).toEqual([d, c, b, a]);
  });
});
