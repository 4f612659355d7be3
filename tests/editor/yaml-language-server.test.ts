// Invariant: an editor using the real yaml-language-server (the npm package, over stdio, speaking
// LSP JSON-RPC) with the schema from `casus schema` reports nothing on any bundled scenario — the
// variants (`extends`, `null` to delete) included — reports structural faults in a broken copy at
// the lines where they are, and shows the zod schema's descriptions on hover: for a key, and for an
// enum value.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/src/main.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
const BUNDLED = join(ROOT, 'packages/scenarios/scenarios');

interface Diagnostic { range: { start: { line: number; character: number } }; message: string; severity?: number }
interface Message { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown }

/** A minimal LSP client: Content-Length framed JSON-RPC over the server's stdin and stdout. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams, private readonly settings: unknown) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())![1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.id !== undefined && m.method !== undefined) {
      // Requests from the server: the settings for workspace/configuration, nothing for the rest.
      const result = m.method === 'workspace/configuration'
        ? ((m.params as { items: { section?: string }[] }).items.map((i) => (i.section === 'yaml' ? (this.settings as { yaml: unknown }).yaml : null)))
        : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const p = m.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.splice(0)) w();
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Opens a document and waits for its diagnostics (the server publishes once it has validated). */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const deadline = Date.now() + 30_000;
    while (!this.diagnostics.has(uri)) {
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, 500); });
    }
    return this.diagnostics.get(uri)!;
  }
}

/** The 0-based line of the first line of `text` matching `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  const i = text.split('\n').findIndex((l) => pattern.test(l));
  if (i < 0) throw new Error(`no line matches ${pattern}`);
  return i;
}

describe('the scenario schema in yaml-language-server', () => {
  let dir: string;
  let server: ChildProcessWithoutNullStreams;
  let client: LspClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casus-lsp-'));
    let schema = '';
    const code = await runCli(['schema'], { stdout: (s) => { schema += s; }, stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
    expect(code).toBe(0);
    const schemaFile = join(dir, 'casus.schema.json');
    writeFileSync(schemaFile, schema);
    const settings = { yaml: { validate: true, hover: true, completion: true, schemas: { [pathToFileURL(schemaFile).href]: ['*.yaml'] } } };
    server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir });
    client = new LspClient(server, settings);
    await client.request('initialize', {
      processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} }, workspace: { configuration: true } },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
  }, 60_000);

  afterAll(async () => {
    if (client) {
      await Promise.race([client.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]).catch(() => {});
      client.notify('exit', null);
    }
    if (server && server.exitCode === null) server.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const bundled = readdirSync(BUNDLED).filter((f) => f.endsWith('.yaml')).sort();

  it.each(bundled)('reports nothing on %s', async (name) => {
    const diagnostics = await client.open(pathToFileURL(join(dir, name)).href, readFileSync(join(BUNDLED, name), 'utf8'));
    expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  }, 40_000);

  it('reports the faults of a broken copy at their lines', async () => {
    const text = readFileSync(join(BUNDLED, 'tutorial.yaml'), 'utf8')
      .replace('clock: { start: 2025-01-06, tick: week, horizon: 52 }', 'clock: { start: 2025-01-06, tick: week, horizon: 0 }')
      .replace(/^( *)basis: judgment/m, '$1basis: guess')
      .replace(/^actors:/m, 'actors: 12\nactors_old:');
    const diagnostics = await client.open(pathToFileURL(join(dir, 'broken.yaml')).href, text);
    const lines = [...new Set(diagnostics.map((d) => d.range.start.line))].sort((a, b) => a - b);
    const expected = [lineOf(text, /horizon: 0/), lineOf(text, /^\s*basis: guess/), lineOf(text, /^actors: 12/), lineOf(text, /^actors_old:/)].sort((a, b) => a - b);
    expect(lines, JSON.stringify(diagnostics)).toEqual(expected);
  }, 40_000);

  it('reports a variant that lacks its id at the top, and accepts null there only where it deletes', async () => {
    const text = 'extends: tutorial\ntitle: A variant\nclock: null\nparameters:\n  ally_reliability: null\n';
    const diagnostics = await client.open(pathToFileURL(join(dir, 'variant.yaml')).href, text);
    const byLine = diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b);
    expect(byLine).toContain(0); // missing id: reported on the document's first line
    expect(byLine).toContain(2); // clock: null is not an object
    expect(byLine).not.toContain(4);
  }, 40_000);

  it('shows the schema descriptions on hover: a key, and an enum value with the meanings of all', async () => {
    const name = 'korea-2024.yaml';
    const text = readFileSync(join(BUNDLED, name), 'utf8');
    const uri = pathToFileURL(join(dir, `hover-${name}`)).href;
    await client.open(uri, text);
    const hover = async (pattern: RegExp, word: string): Promise<string> => {
      const line = lineOf(text, pattern);
      const character = text.split('\n')[line]!.indexOf(word) + 1;
      const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      return h?.contents.value ?? '';
    };
    expect(await hover(/^pacts:/, 'pacts')).toContain('treaties and their obligations');
    expect(await hover(/^\s+judgment:/, 'judgment')).toContain('how the obligated party judges whether the casus was met');
    const type = await hover(/^\s+type: defense/, 'defense');
    expect(type).toContain('come to the aid of a party attacked by another');
    expect(type).toContain('not attack a party'); // the other values' meanings are listed too
  }, 40_000);
});
