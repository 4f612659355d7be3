import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from '../context.js';
import { writeFileAtomic } from '../batch/atomic-file.js';
import { checkOutputFile, writeFailure } from '../output-path.js';
import { didYouMean } from '../did-you-mean.js';
import { scenarioHash } from '../batch/manifest.js';
import { EXIT, paint, type CliIo } from '../io.js';
import { PlayInputError } from './input-error.js';
import { playLoop, type PlayIo } from './repl.js';
import { Session } from './session.js';
import { parseSessionText, sessionFromFile, type SessionFile } from './session-file.js';
import { replayCommand } from '../replay-line.js';
import { choices, resolveRunRequest, type RunIdentityOptions } from '../run-request.js';

/** The options of `casus play`, as commander parsed them. */
export interface PlayOptions extends RunIdentityOptions {
  as?: string;
  session?: string;
  transcript?: string;
}

/**
 * The body of `casus play` (commands/play.ts declares its options and loads this file when it
 * runs): opens or resumes the session, then reads the prompt until the session ends.
 * `optionSource` tells which options were given on the command line (they must agree with a
 * resumed session).
 */
export async function playCommand(file: string, opts: PlayOptions, optionSource: (key: string) => string | undefined, io: CliIo): Promise<void> {
  const req = resolveRunRequest(file, opts, io);
  const hash = scenarioHash(req.scenario, {});
  const sessionPath = opts.session !== undefined ? resolve(io.cwd, opts.session) : undefined;
  // Saved on quit and appended to as the session goes: refuse an unusable path before it starts.
  if (sessionPath !== undefined) checkOutputFile('--session', sessionPath);
  if (opts.transcript !== undefined) checkOutputFile('--transcript', resolve(io.cwd, opts.transcript));
  let session: Session;
  let resumed = false;
  try {
    if (sessionPath !== undefined && existsSync(sessionPath)) {
      const saved = readSession(sessionPath, opts.session!);
      checkNoConflict(saved, opts, optionSource, opts.session!);
      session = sessionFromFile(saved, opts.session!, req.scenario, file, hash);
      resumed = true;
    } else {
      const actors = parseActors(opts.as, Object.keys(req.scenario.actors), req.scenario.id);
      session = Session.start({
        scenario: req.scenario, scenarioArg: file, scenarioHash: hash, seed: req.seed, runIndex: req.runIndex,
        situation: req.situation, actors, engine: req.engine, parameters: req.parameters,
      });
    }
    void session.frame; // a session file that does not replay fails here, before the prompt
  } catch (error) {
    if (error instanceof PlayInputError) throw new CliError(error.message, EXIT.usage, 'E_SESSION');
    throw error;
  }

  const setup = session.setup;
  const replay = replayCommand('play', { ...req, batch: undefined, seed: setup.seed, runIndex: setup.runIndex, situation: setup.situation, engine: setup.engine, parameters: setup.parameters }, {
    defaultEngine: 'reference',
    extra: [...(setup.actors.length > 0 ? ['--as', setup.actors.join(',')] : []), ...(opts.session !== undefined ? ['--session', opts.session] : [])],
  });
  const transcriptPath = opts.transcript !== undefined ? resolve(io.cwd, opts.transcript) : undefined;
  const lines = lineReader(io);
  const playIo: PlayIo = {
    readLine: lines.read,
    write: (s) => io.stdout(s),
    transcript: transcriptPath === undefined ? undefined : (md) => appendTranscript(transcriptPath, opts.transcript!, md),
    readFile: (p) => readFileSync(resolve(io.cwd, p), 'utf8'),
    writeFile: (p, text) => {
      const path = resolve(io.cwd, p);
      try {
        writeFileAtomic(path, text);
      } catch (error) {
        // Name the path the user gave, not the temporary file the atomic write goes through.
        throw new Error(writeFailure(path, error));
      }
    },
    colors: paint(io),
  };
  try {
    await playLoop(session, playIo, { sessionFile: opts.session, resumed, replay });
  } finally {
    lines.close();
  }
}

/** `--as USA,ROK` → ['USA', 'ROK'], each an actor of the scenario; none given: observe. */
export function parseActors(text: string | undefined, actors: readonly string[], scenarioId: string): string[] {
  if (text === undefined) return [];
  const list = text.split(',').map((a) => a.trim()).filter((a) => a !== '');
  if (list.length === 0) throw new CliError(`--as expects actor ids separated by commas, e.g. --as ${actors[0] ?? 'A'}; ${scenarioId} has ${choices(actors)}`, EXIT.usage, 'E_OPTION_VALUE');
  for (const a of list) {
    if (!actors.includes(a)) throw new CliError(`unknown actor "${a}" in --as${didYouMean(a, actors)}; ${scenarioId} has ${choices(actors)}`, EXIT.usage, 'E_ACTOR_UNKNOWN');
  }
  return [...new Set(list)];
}

function readSession(path: string, name: string): SessionFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${name}: ${(error as Error).message}`, EXIT.usage, 'E_READ');
  }
  return parseSessionText(text, name);
}

/** Options given on the command line must agree with the session being resumed. */
function checkNoConflict(saved: SessionFile, opts: PlayOptions, source: (key: string) => string | undefined, name: string): void {
  const given = (key: string): boolean => source(key) === 'cli';
  const clash = (option: string, theirs: string): never => {
    throw new CliError(`${name} holds a session with ${option} ${theirs}; drop ${option} to resume it, or start a new session with another --session file`, EXIT.usage, 'E_SESSION');
  };
  if (given('seed') && String(opts.seed) !== String(saved.seed)) clash('--seed', String(saved.seed));
  if (given('run') && opts.run !== saved.runIndex) clash('--run', String(saved.runIndex));
  if (given('situation') && (opts.situation ?? null) !== saved.situation) clash('--situation', saved.situation ?? '(none)');
  if (given('engine') && opts.engine !== saved.engine) clash('--engine', saved.engine);
  if (opts.as !== undefined && opts.as.split(',').map((a) => a.trim()).filter(Boolean).join(',') !== saved.actors.join(',')) clash('--as', saved.actors.join(',') || '(none)');
  if (opts.set !== undefined) clash('--set', Object.entries(saved.parameters).map(([k, v]) => `${k}=${v}`).join(' ') || '(none)');
}

function appendTranscript(path: string, name: string, markdown: string): void {
  try {
    // appendFileSync writes before returning: the transcript is complete up to the last tick shown.
    appendFileSync(path, markdown);
  } catch (error) {
    throw new PlayInputError(`cannot write the transcript ${name}: ${writeFailure(path, error)}`);
  }
}

/**
 * Lines from the terminal (with line editing and history) or from piped input (echoed after the
 * prompt, so a scripted session reads like a typed one). Ctrl-C and Ctrl-D end the input.
 */
function lineReader(io: CliIo): { read: (prompt: string) => Promise<string | undefined>; close: () => void } {
  const term = io.interactive;
  if (term === undefined) throw new CliError('casus play needs an input to read commands from (a terminal or piped lines)', EXIT.usage, 'E_USAGE');
  const rl = createInterface({ input: term.input, output: term.output, terminal: term.terminal, historySize: 200 });
  rl.on('SIGINT', () => rl.close());
  const lines = rl[Symbol.asyncIterator]();
  let closed = false;
  rl.on('close', () => { closed = true; });
  return {
    read: async (prompt) => {
      // Piped input may end (closing the interface) while lines are still buffered: read them all.
      if (!closed) {
        rl.setPrompt(prompt);
        rl.prompt();
      } else if (!term.terminal) {
        io.stdout(prompt);
      }
      const next = await lines.next();
      if (next.done) {
        io.stdout('\n');
        return undefined;
      }
      if (!term.terminal) io.stdout(`${next.value}\n`);
      return next.value;
    },
    close: () => rl.close(),
  };
}
