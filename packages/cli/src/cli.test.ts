// Invariant: the CLI is a function of (argv, io) that returns the documented exit code — 0 valid,
// 1 invalid, 2 usage error or unreadable file — and prints located issues, never a stack trace.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './main.js';
import { EXIT } from './io.js';

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'casus-cli-'));
  const tutorial = readFileSync(new URL('../../scenarios/scenarios/tutorial.yaml', import.meta.url), 'utf8');
  writeFileSync(join(cwd, 'good.yaml'), tutorial);
  writeFileSync(join(cwd, 'bad.yaml'), tutorial.replace('reliability: ally_reliability', 'reliability: 1.4'));
  writeFileSync(join(cwd, 'warn.yaml'), tutorial.replace('parameters:\n', 'parameters:\n  spare: { value: 1, basis: placeholder }\n'));
  mkdirSync(join(cwd, 'folder'));
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, cwd, env: {}, isTTY: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at /m);

describe('casus validate', () => {
  it('accepts a bundled scenario id', async () => {
    const r = await run('validate', 'tutorial');
    expect(r.code).toBe(0);
    expect(r.out).toBe('✔ tutorial.yaml: valid — 4 actors, 2 pacts, 3 triggers, 4 outcomes\n');
    expect(r.err).toBe('');
  });

  it('accepts a file, and counts warnings without failing', async () => {
    expect((await run('validate', 'good.yaml')).out).toContain('✔ good.yaml: valid');
    const w = await run('validate', 'warn.yaml');
    expect(w.code).toBe(0);
    expect(w.out).toMatch(/^warn\.yaml:\d+:\d+ parameters\.spare: warning: .*\[W_UNUSED_PARAMETER\]$/m);
    expect(w.out).toContain('4 outcomes, 1 warning');
  });

  it('rejects an invalid file with located messages and exit 1', async () => {
    const r = await run('validate', 'bad.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^bad\.yaml:\d+:\d+ pacts\[0\]\.obligations\[0\]\.reliability: expected a number in \[0, 1\] or the name of a parameter, got 1\.4 \[E_RANGE\]$/m);
    expect(r.out).toContain('✖ bad.yaml: invalid — 1 error');
    noStack(r.out + r.err);
  });

  it('exits 2 for a missing or unreadable file, naming it and the OS error, and still checks the others', async () => {
    const missing = await run('validate', 'nope.yaml', 'good.yaml');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^casus: cannot read nope\.yaml: ENOENT/);
    expect(missing.out).toContain('✔ good.yaml');
    noStack(missing.err);
    const dir = await run('validate', 'folder');
    expect(dir.code).toBe(2);
    expect(dir.err).toContain('cannot read folder: EISDIR');
  });

  it('exits 1 when any file is invalid', async () => {
    expect((await run('validate', 'good.yaml', 'bad.yaml')).code).toBe(1);
  });

  it('prints JSON with --json', async () => {
    const r = await run('validate', '--json', 'good.yaml', 'bad.yaml');
    const report = JSON.parse(r.out) as { file: string; ok: boolean; issues: { code: string; line: number }[] }[];
    expect(report.map((f) => [f.file, f.ok])).toEqual([['good.yaml', true], ['bad.yaml', false]]);
    expect(report[1]!.issues[0]!.code).toBe('E_RANGE');
    expect(r.code).toBe(1);
  });

  it('exits 2 without a file', async () => {
    const r = await run('validate');
    expect(r.code).toBe(2);
    expect(r.err).toContain("missing required argument 'files'");
  });
});

describe('casus schema', () => {
  it('prints the draft 2020-12 schema by default', async () => {
    const r = await run('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as Record<string, string>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.description).toContain('2020-12');
  });
  it('prints draft-07 on request, and rejects other drafts', async () => {
    const r = await run('schema', '--draft', '07');
    expect((JSON.parse(r.out) as Record<string, string>).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect((await run('schema', '--draft', '04')).code).toBe(2);
  });
  it('prints the schema of a variant file with --variant', async () => {
    const r = await run('schema', '--variant');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { $id: string; required: string[] };
    expect(schema.$id).toContain('variant');
    expect(schema.required).toContain('extends');
  });
});

describe('casus list', () => {
  it('lists the bundled scenarios with their titles', async () => {
    const r = await run('list');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^tutorial\s+Two states and a defence pact$/m);
  });
});

describe('usage', () => {
  it('help and version exit 0; unknown commands and options exit 2', async () => {
    expect((await run('--help')).code).toBe(0);
    expect((await run('--version')).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
    expect((await run('validate', '--frob', 'good.yaml')).code).toBe(2);
  });
});

describe('docs/errors.md', () => {
  it('documents every exit code', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    for (const code of Object.values(EXIT)) expect(doc, `exit code ${code}`).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});
