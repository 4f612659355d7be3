import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import { renderSVG } from 'uqr';
import { writeFileAtomic } from '../batch/atomic-file.js';
import type { Session } from '../play/session.js';
import { joinCodes, type JoinCodes } from './access.js';
import { seminarApi } from './http.js';
import { OddsWorker, type OddsSource } from './odds-service.js';
import { Seminar, type SeminarSidecar } from './seminar.js';
import type { AccessList } from './state-view.js';
import type { Team } from './teams.js';
import { loadWebApp } from './web-bundle.js';

export interface ServerSetup {
  readonly session: Session;
  readonly teams: readonly Team[];
  /** Where the session (the `casus play` file) is saved after every action. */
  readonly sessionPath: string;
  /** Where the server's own state (teams, join codes, odds) is saved; private to the facilitator. */
  readonly sidecarPath: string;
  /** The sidecar of a resumed seminar. */
  readonly saved?: SeminarSidecar | undefined;
  readonly host: string;
  /** 0: any free port. */
  readonly port: number;
  readonly oddsRuns: number;
  /** The `casus play` line that reopens the session file. */
  readonly replay: string;
  /** Replaces the odds worker (tests that must not depend on timing). */
  readonly odds?: OddsSource;
}

export interface RunningServer {
  readonly url: string;
  /** The address the server is bound to (127.0.0.1 unless --host said otherwise). */
  readonly address: string;
  readonly port: number;
  readonly codes: JoinCodes;
  readonly access: NonNullable<AccessList>;
  readonly seminar: Seminar;
  close(): Promise<void>;
}

/**
 * Starts a seminar server: the HTTP server on `host:port`, then the session, its odds worker and
 * its files. Resolves once it listens; rejects (EADDRINUSE, EACCES, EADDRNOTAVAIL…) if it cannot —
 * and then has written nothing: the server listens before the seminar saves its files, so a start
 * that fails leaves no session behind to block the retry. Should anything fail after that (a
 * session file that cannot be written), the server is closed and the files are put back as they
 * were: those it created are removed, those that existed get their content back.
 */
export async function startServer(setup: ServerSetup): Promise<RunningServer> {
  // Requests are answered once the seminar exists; none can arrive before (no I/O runs between the
  // server listening and this function going on).
  let api: ReturnType<typeof seminarApi> | undefined;
  const { server, port, address } = await listen((request, env) => (api === undefined ? new Response('starting', { status: 503 }) : api.fetch(request, env)), setup.host, setup.port);
  const s = setup.session;
  let files: Map<string, Before> | undefined;
  let odds: OddsSource | undefined;
  let seminar: Seminar | undefined;
  try {
    files = snapshot([setup.sessionPath, setup.sidecarPath]);
    const codes = joinCodes(setup.teams, setup.saved?.codes);
    odds = setup.odds ?? new OddsWorker({ scenario: s.setup.scenario, scenarioArg: s.setup.scenarioArg, scenarioHash: s.setup.scenarioHash });
    const started = Date.now();
    seminar = new Seminar(s, setup.teams, codes, {
      saveSession: (text) => writeFileAtomic(setup.sessionPath, text),
      saveSidecar: (sidecar) => {
        // The join codes: owner-only from the moment the file exists.
        writeFileAtomic(setup.sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`, 0o600);
        chmodSync(setup.sidecarPath, 0o600);
      },
    }, odds, setup.oddsRuns, setup.saved, () => Date.now() - started);

    const app = loadWebApp();
    const accessList: { label: string; url: string; code: string; qr: string }[] = [];
    const shown = displayHost(setup.host);
    const base = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
    const link = (code: string): string => `${base}#${code}`;
    const entries: [string, string][] = [['facilitator', codes.facilitator], ['wall', codes.wall], ...setup.teams.map((t): [string, string] => [`team ${t.name} (${t.actors.join(', ')})`, codes.teams[t.name]!])];
    for (const [label, code] of entries) {
      const url = link(code);
      accessList.push({ label, url, code, qr: qrSvg(url, label) });
    }
    api = seminarApi({ seminar, codes, app, access: accessList, replay: setup.replay });
    const running = seminar;
    const worker = odds;
    return {
      url: base, address, port, codes, access: accessList, seminar: running,
      close: async () => {
        running.close();
        await worker.close();
        await closeServer(server);
      },
    };
  } catch (error) {
    seminar?.close();
    await odds?.close();
    await closeServer(server);
    if (files !== undefined) restore(files);
    throw error;
  }
}

/** What a file was before the server started: none, a regular file's bytes and mode, or something else (left alone). */
type Before = { readonly kind: 'none' } | { readonly kind: 'file'; readonly content: Buffer; readonly mode: number } | { readonly kind: 'other' };

/** The files at these paths as they are now. */
function snapshot(paths: readonly string[]): Map<string, Before> {
  const out = new Map<string, Before>();
  for (const path of paths) {
    let before: Before;
    try {
      const st = statSync(path, { throwIfNoEntry: false });
      before = st === undefined ? { kind: 'none' } : st.isFile() ? { kind: 'file', content: readFileSync(path), mode: st.mode & 0o777 } : { kind: 'other' };
    } catch {
      before = { kind: 'other' };
    }
    out.set(path, before);
  }
  return out;
}

/** Puts files back as a {@link snapshot} found them: removes those that were not there, rewrites those that changed. */
function restore(files: ReadonlyMap<string, Before>): void {
  for (const [path, was] of files) {
    try {
      if (was.kind === 'none') rmSync(path, { force: true });
      else if (was.kind === 'file' && !(existsSync(path) && readFileSync(path).equals(was.content))) {
        writeFileAtomic(path, was.content);
        chmodSync(path, was.mode);
      }
    } catch {
      // Best effort: the error that made the start fail is the one to report.
    }
  }
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], host: string, port: number): Promise<{ server: ServerType; port: number; address: string }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }, (info: AddressInfo) => resolve({ server, port: info.port, address: info.address }));
    server.once('error', reject);
    // Pages poll and stream for hours: close idle keep-alive connections late, so a client never
    // reuses one the server is closing at that moment (ECONNRESET on a busy machine).
    const http = server as { keepAliveTimeout?: number; headersTimeout?: number };
    http.keepAliveTimeout = 65_000;
    http.headersTimeout = 66_000;
  });
}

/** The host to put in links: the one bound, or for a wildcard, this machine's first outside IPv4 address. */
function displayHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** A QR code as an inline SVG with an accessible name. */
function qrSvg(url: string, label: string): string {
  const svg = renderSVG(url, { pixelSize: 6, border: 2 });
  const safe = label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="QR code: join as ${safe}" `);
}
