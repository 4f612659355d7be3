import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { roleOf, type JoinCodes, type Role } from './access.js';
import { ServeError } from './errors.js';
import type { ActionRequest, Seminar } from './seminar.js';
import { sessionView, type AccessList } from './state-view.js';
import { sessionToText } from '../play/session-file.js';
import { renderReview } from './review.js';
import type { WebApp } from './web-bundle.js';

/** Largest request body accepted (an inject is a few hundred bytes). */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ApiOptions {
  readonly seminar: Seminar;
  readonly codes: JoinCodes;
  readonly app: WebApp;
  /** Join links and QR codes for the facilitator's page. */
  readonly access: AccessList;
  /** The `casus play` command that reopens the session file. */
  readonly replay: string;
  /** Interval of SSE keep-alive comments, ms. */
  readonly keepAliveMs?: number;
}

/**
 * The seminar's HTTP API and pages. Every /api request must carry a join code (an
 * `Authorization: Bearer CODE` header, or `?code=CODE` where a header cannot be set: the event
 * stream, downloads); the code decides the role. Errors are JSON `{ error: { code, message } }`
 * with a 4xx status; nothing a client sends can crash the server.
 */
export function seminarApi(opts: ApiOptions): Hono {
  const { seminar, codes } = opts;
  const api = new Hono();

  const role = (c: Context): Role => {
    const header = c.req.header('authorization');
    const presented = header?.startsWith('Bearer ') ? header.slice(7).trim() : c.req.query('code');
    const r = roleOf(codes, presented);
    if (r === undefined) throw new ServeError('E_UNAUTHORIZED', presented ? 'this join code is not valid for this seminar; ask the facilitator for yours' : 'a join code is needed: open the link the facilitator gave you');
    return r;
  };

  api.onError((error, c) => {
    if (error instanceof ServeError) return c.json({ error: { code: error.code, message: error.message, ...error.details } }, error.status as ContentfulStatusCode);
    return c.json({ error: { code: 'E_INTERNAL', message: `internal error (a bug in Casus; please report it): ${error.message}` } }, 500);
  });
  api.notFound((c) => c.json({ error: { code: 'E_NOT_FOUND', message: `no such page: ${c.req.method} ${c.req.path}` } }, 404));

  api.get('/', (c) => c.html(opts.app.html));
  api.get('/app.js', (c) => c.body(opts.app.js, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  api.get('/app.css', (c) => c.body(opts.app.css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));

  api.get('/api/state', (c) => c.json(sessionView(seminar, role(c), opts.access)));

  api.get('/api/events', (c) => {
    const r = role(c);
    return streamSSE(c, async (stream) => {
      let sent = '';
      const push = async (): Promise<void> => {
        const view = sessionView(seminar, r, opts.access);
        const text = JSON.stringify(view);
        if (text === sent) return;
        sent = text;
        await stream.writeSSE({ event: 'state', data: text });
      };
      const unsubscribe = seminar.subscribe(() => { void push().catch(() => undefined); });
      const keepAlive = setInterval(() => { void stream.write(': keep-alive\n\n').catch(() => undefined); }, opts.keepAliveMs ?? 15_000);
      try {
        await push();
        await new Promise<void>((resolve) => stream.onAbort(resolve));
      } finally {
        clearInterval(keepAlive);
        unsubscribe();
      }
    });
  });

  api.post('/api/action', async (c) => {
    const r = role(c);
    const body = await readJson(c);
    const { version, action } = parseAction(body);
    const done = await seminar.act(r, version, action);
    return c.json({ ok: true, ...done });
  });

  api.get('/api/session-file', (c) => {
    requireFacilitator(role(c));
    return c.body(sessionToText(seminar.current), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${seminar.current.setup.scenario.id}-session.json"`,
    });
  });

  api.get('/api/review', async (c) => {
    // The review lists every choice in order and the odds of every option at each decision: the
    // white cell's, like the session file (the wall shows no one's choices or open decisions).
    if (role(c).kind !== 'facilitator') throw new ServeError('E_FORBIDDEN', 'the after-action review is for the facilitator');
    const html = await renderReview(seminar, opts.replay);
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (c.req.query('download') !== undefined) headers['content-disposition'] = `attachment; filename="${seminar.current.setup.scenario.id}-review.html"`;
    return c.body(html, 200, headers);
  });

  api.all('/api/*', () => { throw new ServeError('E_NOT_FOUND', 'no such API endpoint; the API has GET /api/state, GET /api/events, POST /api/action, GET /api/session-file, GET /api/review'); });
  return api;
}

function requireFacilitator(r: Role): void {
  if (r.kind !== 'facilitator') throw new ServeError('E_FORBIDDEN', 'only the facilitator may do this');
}

async function readJson(c: Context): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new ServeError('E_TOO_LARGE', `the request body is ${declared} bytes; at most ${MAX_BODY_BYTES} are accepted`);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new ServeError('E_TOO_LARGE', `the request body is over ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ServeError('E_BAD_REQUEST', `the body is not JSON: ${(error as Error).message}`);
  }
}

/** Each action's fields; a `?` marks an optional one. `index`: a whole number from 0. */
const ACTION_FIELDS: Record<ActionRequest['type'], Record<string, 'string' | 'count' | 'string?' | 'index?'>> = {
  advance: { ticks: 'count' },
  answer: { actor: 'string', option: 'string', key: 'string?', occurrence: 'index?' },
  inject: { effect: 'string' },
  set: { name: 'string', value: 'string' },
  undo: {},
  fork: { name: 'string' },
  switch: { name: 'string' },
};

/** Checks `{ version, action: { type, …fields } }`; throws E_BAD_REQUEST naming the first problem. */
export function parseAction(body: unknown): { version: string; action: ActionRequest } {
  const bad = (what: string): never => { throw new ServeError('E_BAD_REQUEST', what); };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return bad('expected a JSON object { version, action: { type, … } }');
  const { version, action } = body as Record<string, unknown>;
  if (typeof version !== 'string' || version === '') return bad('version: expected the state version the action was made on (a string from GET /api/state)');
  if (typeof action !== 'object' || action === null || Array.isArray(action)) return bad('action: expected an object { type, … }');
  const a = action as Record<string, unknown>;
  const type = a.type;
  if (typeof type !== 'string' || !Object.hasOwn(ACTION_FIELDS, type)) return bad(`action.type: expected one of ${Object.keys(ACTION_FIELDS).join(', ')}, got ${JSON.stringify(type ?? null)}`);
  const fields = ACTION_FIELDS[type as ActionRequest['type']];
  for (const [field, kind] of Object.entries(fields)) {
    const v = a[field];
    if (kind.endsWith('?') && v === undefined) continue;
    if (kind.startsWith('string') && (typeof v !== 'string' || v.trim() === '')) return bad(`action.${field}: expected a non-empty string for ${type}`);
    if (kind === 'count' && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > 10_000)) return bad(`action.${field}: expected a whole number from 1 to 10000 for ${type}`);
    if (kind === 'index?' && (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > 10_000)) return bad(`action.${field}: expected a whole number from 0 to 10000 for ${type}`);
  }
  const out: Record<string, unknown> = { type };
  for (const field of Object.keys(fields)) if (a[field] !== undefined) out[field] = a[field];
  return { version, action: out as unknown as ActionRequest };
}
