import { basename, dirname, join } from 'node:path';
import type { RegisterCommand } from '../context.js';
import { ServeCliError } from '../serve/cli-errors.js';
import { writeFailure } from '../output-path.js';
import { DEFAULT_ODDS_RUNS } from '../play/odds.js';
import { addRunIdentityOptions, DEFAULT_SEED } from '../run-request.js';
import type { ServeOptions } from '../serve/open.js';

function parsePort(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n > 65535) throw new ServeCliError('E_SERVE_OPTION', `--port expects a port number 0–65535 (0: any free port), got "${text}"`);
  return n;
}

function parseOddsRuns(text: string): number {
  const n = /^\d+$/.test(text.replaceAll('_', '')) ? Number(text.replaceAll('_', '')) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 1_000_000) throw new ServeCliError('E_SERVE_OPTION', `--odds-runs expects a number of runs from 1 to 1,000,000, got "${text}"`);
  return n;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `casus serve FILE [--situation S] [--team NAME=A,B …] [--session FILE] [--port N] [--host H]`:
 * a seminar in the browser — facilitator, team and wall pages on one local server, the session
 * saved after every action in `casus play`'s format. Runs until Ctrl-C. Exit 0 after Ctrl-C;
 * 1 invalid scenario; 2 bad options, an unusable session file or a port that cannot be used.
 */
export const registerServe: RegisterCommand = (program, { io }) => {
  const command = program
    .command('serve')
    .description('run a seminar in the browser: facilitator, team and wall pages with live odds')
    .argument('<file>', 'scenario file (YAML or JSON) or bundled scenario id');
  addRunIdentityOptions(command, 'reference')
    .option('--as <actors>', 'the played actors, one team each (e.g. --as USA,ROK); or give --team')
    .option('--team <name=actors>', 'a team and the actors it plays, e.g. --team seoul=ROK (repeatable)', collect)
    .option('--session <file>', 'session file (casus play\'s format): resumed when it exists, saved after every action (default: SCENARIO-seminar.json)')
    .option('--host <host>', 'address to listen on: 127.0.0.1 is this machine only, 0.0.0.0 everyone on the network', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 8765)
    .option('--odds-runs <n>', 'continuations per odds table', parseOddsRuns, DEFAULT_ODDS_RUNS)
    .addHelpText('after', `
Prints one link per role (facilitator, wall, each team); each carries its join code. The
facilitator's page shows them as QR codes. See docs/seminar.md. Default seed: ${DEFAULT_SEED}.

Exit codes: 0 stopped with Ctrl-C (the session is saved); 1 invalid scenario; 2 bad command line,
unusable session file or a port that cannot be used. See docs/errors.md.
`)
    .action(async (file: string, opts: ServeOptions) => {
      // The server (Hono, the seminar, the odds worker) is loaded only when it runs.
      const [{ openSeminar }, { startServer }] = await Promise.all([import('../serve/open.js'), import('../serve/server.js')]);
      const setup = openSeminar(file, opts, io);
      let running;
      try {
        running = await startServer(setup);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE') throw new ServeCliError('E_SERVE_LISTEN', `port ${opts.port} on ${opts.host} is in use; give another --port (or --port 0 for any free one)`);
        // A file the session needs that cannot be written (a read-only or missing directory): the
        // start wrote nothing (serve/server.ts), and the session is named.
        if (typeof e.path === 'string' && e.syscall !== 'listen') {
          // The file the user's --session names (or its server file), not the temporary file an atomic write goes through.
          const target = join(dirname(e.path), basename(e.path).replace(/^\.(.+)\.tmp-\d+-\d+$/, '$1'));
          throw new ServeCliError('E_SERVE_SESSION', `cannot write ${target}: ${writeFailure(target, e)} — nothing was written (the session goes where --session says)`);
        }
        if (e.code === 'EACCES' || e.code === 'EADDRNOTAVAIL') throw new ServeCliError('E_SERVE_LISTEN', `cannot listen on ${opts.host}:${opts.port} (${e.code}); give another --host or --port`);
        throw error;
      }
      const s = setup.session;
      io.stdout(`${s.setup.scenario.title} (${s.setup.scenario.id}) — seed ${s.setup.seed}${s.setup.situation ? `, situation ${s.setup.situation}` : ''}${setup.resumed ? ' — resumed' : ''}\n`);
      io.stdout(`serving on ${running.url} (${opts.host === '127.0.0.1' || opts.host === 'localhost' ? 'this machine only; --host 0.0.0.0 opens it to the room' : `listening on ${opts.host}`})\n\n`);
      for (const a of running.access) io.stdout(`  ${a.label.padEnd(28)} ${a.url}\n`);
      io.stdout(`\nsession saved after every action to ${opts.session ?? setup.sessionPath}; join codes in ${setup.sidecarPath} (keep it private)\n`);
      io.stdout(`replay in a terminal: ${setup.replay}\nCtrl-C stops the server.\n`);
      await new Promise<void>((resolve) => {
        const off = io.onInterrupt?.(() => { off?.(); resolve(); });
        if (off === undefined) resolve();
      });
      await running.close();
      io.stdout('stopped; the session is saved.\n');
    });
};
