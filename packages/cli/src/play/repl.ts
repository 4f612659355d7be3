import { clockCauses } from '../clock-rules.js';
import type { Paint } from '../io.js';
import type { Frame } from './frame.js';
import { PlayInputError } from './input-error.js';
import { DEFAULT_ODDS_RUNS } from './odds.js';
import type { Action, Session } from './session.js';
import { parseSessionText, sessionFromFile, sessionToText } from './session-file.js';
import { PLAIN, transcriptHeader, transcriptNote, transcriptOdds, transcriptStatus, transcriptTicks } from './transcript.js';
import {
  formatBranches, formatEnd, formatHeader, formatHelp, formatOdds, formatPending, formatStatus, formatTickBlock,
  promptText, tickBlocks, tickLabel, whereLabel,
} from './view.js';

/** The outside world of a play session: lines in, text out, files. Tests pass fakes. */
export interface PlayIo {
  /** The next line typed (without its newline), or undefined at the end of input (Ctrl-D, Ctrl-C). */
  readLine(prompt: string): Promise<string | undefined>;
  write(text: string): void;
  /** Appends Markdown to the transcript; absent without --transcript. */
  transcript?: ((markdown: string) => void) | undefined;
  readFile(path: string): string;
  /** Writes a whole file atomically. */
  writeFile(path: string, text: string): void;
  readonly colors: Paint;
}

export interface PlayOptions {
  /** `--session FILE`: saved on quit. */
  readonly sessionFile?: string | undefined;
  /** The session was loaded from `sessionFile` (say so, and show where it stands). */
  readonly resumed?: boolean | undefined;
  /** The command that starts this session afresh, for the transcript. */
  readonly replay: string;
}

/**
 * Runs a play session at a prompt until `quit` or the end of input, then saves it to the session
 * file (when given) and resolves to the final session. Every line is answered; bad input gets one
 * line saying what was wrong and the session goes on unchanged.
 */
export async function playLoop(start: Session, io: PlayIo, options: PlayOptions): Promise<Session> {
  const repl = new Repl(start, io, options);
  return repl.run();
}

class Repl {
  private session: Session;
  /** Events already shown (sequence numbers below this). */
  private shownSeq = 0;
  /** The first tick not yet shown (or the tick in progress). */
  private shownTick = 0;
  /** The last display stopped inside `shownTick`, at a decision. */
  private shownOpen = false;

  constructor(start: Session, private readonly io: PlayIo, private readonly options: PlayOptions) {
    this.session = start;
  }

  /** The session's clock rules, whose weekly lines the view leaves out (clock-rules.ts). */
  private get clocks(): ReadonlySet<string> {
    return clockCauses(this.session.baseModel);
  }

  async run(): Promise<Session> {
    const c = this.io.colors;
    this.say(formatHeader(this.session, c));
    this.note(transcriptHeader(this.session, this.options.replay, this.options.resumed === true));
    if (this.options.resumed) this.say([c.dim(`resumed ${this.options.sessionFile}: branch ${this.session.branchName}, ${whereLabel(this.session, this.session.frame)}`)]);
    this.showCurrent(true);
    for (;;) {
      const line = await this.io.readLine(promptText(this.session, this.session.frame));
      if (line === undefined) break;
      if (!this.handle(line)) break;
    }
    this.quit();
    return this.session;
  }

  /** Handles one line; false to leave. Never throws. */
  private handle(line: string): boolean {
    try {
      return this.dispatch(line.trim());
    } catch (error) {
      const c = this.io.colors;
      if (error instanceof PlayInputError) this.say([c.red(`✖ ${error.message}`)]);
      else this.say([c.red(`✖ internal error (a bug in Casus; please report it): ${error instanceof Error ? error.message : String(error)}`)]);
      return true;
    }
  }

  private dispatch(line: string): boolean {
    const space = line.search(/\s/);
    const word = (space < 0 ? line : line.slice(0, space)).toLowerCase();
    const rest = space < 0 ? '' : line.slice(space + 1).trim();
    const s = this.session;
    const frame = s.frame;
    switch (word) {
      case '':
        if (frame.pending) { this.say(formatPending(s, frame.pending, this.io.colors)); return true; }
        this.advance(1);
        return true;
      case 'next': case 'n':
        this.noArgs(word, rest);
        this.advance(1);
        return true;
      case 'run': {
        const n = /^\d+$/.test(rest) ? Number(rest) : NaN;
        if (!Number.isSafeInteger(n) || n < 1) throw new PlayInputError(`run expects a number of ticks, e.g. run 4 (got "${rest}")`);
        this.advance(n);
        return true;
      }
      case 'odds': {
        const n = rest === '' ? DEFAULT_ODDS_RUNS : /^\d+$/.test(rest.replace(/[_,]/g, '')) ? Number(rest.replace(/[_,]/g, '')) : NaN;
        if (Number.isNaN(n)) throw new PlayInputError(`odds expects a number of runs, e.g. odds 5000 (got "${rest}")`);
        const report = s.odds(n);
        this.say(formatOdds(s, report, this.io.colors));
        this.note(transcriptOdds(s, report));
        return true;
      }
      case 'inject': {
        const { action } = s.inject(rest);
        this.say([this.io.colors.yellow(`✚ white cell: inject at ${tickLabel(s, action.tick)} (inject:white-cell#${s.branch.injects.length - 1}) — applied when that tick runs`)]);
        this.note(transcriptNote(`**White cell** injects at ${tickLabel(s, action.tick)}: \`${rest.replace(/`/g, "'")}\``));
        return true;
      }
      case 'set': {
        const { action, previous } = s.set(rest);
        this.say([this.io.colors.yellow(`✎ ${action.name} = ${action.value} from ${tickLabel(s, action.tick)} on (was ${previous})`)]);
        this.note(transcriptNote(`**Parameter changed:** ${action.name} = ${action.value} from ${tickLabel(s, action.tick)} on (was ${previous})`));
        return true;
      }
      case 'status':
        this.noArgs(word, rest);
        this.showCurrent(false);
        return true;
      case 'log':
        this.noArgs(word, rest);
        this.showLog();
        return true;
      case 'undo': {
        this.noArgs(word, rest);
        const undone = s.undo();
        const text = `undo: ${describeAction(s, undone)}; back ${whereLabel(s, s.frame)}`;
        this.say([this.io.colors.yellow(`↶ ${text}`)]);
        this.note(transcriptNote(`↶ ${text}`));
        this.resync();
        return true;
      }
      case 'fork': {
        if (rest === '') throw new PlayInputError('fork needs a name for the new branch, e.g. fork deny');
        const from = s.branchName;
        s.fork(rest);
        const text = `fork: now on branch ${rest}, a copy of ${from} ${whereLabel(s, s.frame)}; ${from} stays as it is (switch ${from} to go back)`;
        this.say([this.io.colors.yellow(`⑂ ${text}`)]);
        this.note(transcriptNote(`⑂ ${text}`));
        return true;
      }
      case 'branches':
        this.noArgs(word, rest);
        this.say(formatBranches(s, s.branches()));
        return true;
      case 'switch': {
        if (rest === '') throw new PlayInputError(`switch needs a branch name: ${s.branches().map((b) => b.name).join(', ')}`);
        s.switchTo(rest);
        const text = `switch: on branch ${rest}, ${whereLabel(s, s.frame)}`;
        this.say([this.io.colors.yellow(`⇄ ${text}`)]);
        this.note(transcriptNote(`⇄ ${text}`));
        this.resync();
        return true;
      }
      case 'save': {
        if (rest === '') throw new PlayInputError('save needs a file name, e.g. save seminar.json');
        this.writeSession(rest);
        this.say([this.io.colors.dim(`saved the session (${s.allBranches.length} branch${s.allBranches.length === 1 ? '' : 'es'}) to ${rest}`)]);
        return true;
      }
      case 'load': {
        if (rest === '') throw new PlayInputError('load needs a file name, e.g. load seminar.json');
        this.load(rest);
        return true;
      }
      case 'help': case '?':
        this.say(formatHelp());
        return true;
      case 'quit': case 'exit': case 'q':
        return false;
      default:
        if (frame.pending) {
          const { frame: after, decision, request } = s.answer(line);
          const text = `${request.actor} chose ${decision.option} (${request.kind}: ${request.prompt})`;
          this.say([this.io.colors.green(`✔ ${text}`)]);
          this.note(transcriptNote(`**${request.actor} (played) chose \`${decision.option}\`** — ${request.kind}: ${request.prompt}`));
          this.showProgress(after, false);
          return true;
        }
        if (/^\d+$/.test(line)) throw new PlayInputError(`no decision is pending; to advance ${line} ticks type run ${line}`);
        throw new PlayInputError(`unknown command "${word}"; type help for the commands`);
    }
  }

  private noArgs(word: string, rest: string): void {
    if (rest !== '') throw new PlayInputError(`${word} takes no argument (got "${rest}")`);
  }

  private advance(ticks: number): void {
    const after = this.session.advance(ticks);
    this.showProgress(after, ticks > 1);
  }

  /** Shows what happened since the last display: the ticks with their events, then the state of play and what is pending. */
  private showProgress(frame: Frame, collapseQuiet: boolean): void {
    const s = this.session;
    const c = this.io.colors;
    const sinceTick = this.shownTick;
    const blocks = tickBlocks(frame, this.clocks, this.shownSeq, this.shownTick, collapseQuiet, this.shownOpen);
    const lines: string[] = [];
    for (const b of blocks) {
      lines.push(...formatTickBlock(s, frame, b, c));
      this.note(transcriptTicks(s, frame, b));
    }
    this.say(lines);
    this.markShown(frame);
    this.say(formatStatus(s, frame, sinceTick, c));
    // The transcript keeps the state of play only when something happened.
    if (blocks.some((b) => b.events.length > 0 || b.byState.length > 0) || frame.pending) this.note(transcriptStatus(s, frame, sinceTick));
    if (frame.pending) this.say(formatPending(s, frame.pending, c));
    else if (frame.ended) {
      this.say(formatEnd(s, frame, c));
      this.note(transcriptNote(formatEnd(s, frame, PLAIN)[0]!));
    }
  }

  /** Where the session stands, without repeating the events: status, and the pending decision or the end. */
  private showCurrent(first: boolean): void {
    const s = this.session;
    const frame = s.frame;
    const c = this.io.colors;
    if (first) this.markShown(frame);
    this.say([c.dim(`${whereLabel(s, frame)} — branch ${s.branchName}`)]);
    this.say(formatStatus(s, frame, 0, c));
    if (frame.pending) this.say(formatPending(s, frame.pending, c));
    else if (frame.ended) this.say(formatEnd(s, frame, c));
  }

  private showLog(): void {
    const s = this.session;
    const frame = s.frame;
    const blocks = tickBlocks(frame, this.clocks, 0, 0, true);
    const lines: string[] = [];
    for (const b of blocks) lines.push(...formatTickBlock(s, frame, b, this.io.colors));
    this.say(lines.length > 0 ? lines : [this.io.colors.dim('nothing has happened yet')]);
  }

  /** After undo, switch or load the history changed: show where things stand, count everything as shown. */
  private resync(): void {
    this.markShown(this.session.frame);
    this.showCurrent(false);
  }

  private markShown(frame: Frame): void {
    this.shownSeq = frame.result.events?.length ?? 0;
    this.shownTick = frame.position;
    this.shownOpen = frame.pending !== undefined;
  }

  private load(path: string): void {
    let text: string;
    try {
      text = this.io.readFile(path);
    } catch (error) {
      throw new PlayInputError(`cannot read ${path}: ${(error as Error).message}`);
    }
    const current = this.session.setup;
    const file = parseSessionText(text, path);
    const loaded = sessionFromFile(file, path, current.scenario, current.scenarioArg, current.scenarioHash);
    void loaded.frame; // replays now, so a session that does not fit fails here and the current one stays
    this.session = loaded;
    const text2 = `load: ${path} — seed ${loaded.setup.seed}, run ${loaded.setup.runIndex}, playing ${loaded.setup.actors.join(', ') || 'no actor'}; branch ${loaded.branchName}, ${whereLabel(loaded, loaded.frame)}`;
    this.say([this.io.colors.yellow(`⤓ ${text2}`)]);
    this.note(transcriptNote(`⤓ ${text2}`));
    this.resync();
  }

  private writeSession(path: string): void {
    try {
      this.io.writeFile(path, sessionToText(this.session));
    } catch (error) {
      throw new PlayInputError(`cannot write ${path}: ${(error as Error).message}`);
    }
  }

  private quit(): void {
    const s = this.session;
    if (this.options.sessionFile !== undefined) {
      try {
        this.writeSession(this.options.sessionFile);
        this.say([this.io.colors.dim(`saved the session to ${this.options.sessionFile}; casus play again with --session ${this.options.sessionFile} resumes it`)]);
      } catch (error) {
        this.say([this.io.colors.red(`✖ ${(error as Error).message}`)]);
      }
    }
    this.note(transcriptNote(`Session ended ${whereLabel(s, s.frame)} on branch ${s.branchName}.`));
  }

  private say(lines: readonly string[]): void {
    if (lines.length > 0) this.io.write(`${lines.join('\n')}\n`);
  }

  private note(markdown: string): void {
    this.io.transcript?.(markdown);
  }
}

/** One line about an action, for undo. */
export function describeAction(s: Session, a: Action): string {
  switch (a.type) {
    case 'decision': return `${a.action.actor}'s answer "${a.action.option}" to ${a.action.key} (${tickLabel(s, a.action.tick)})`;
    case 'inject': return `the inject at ${tickLabel(s, a.action.tick)}`;
    case 'change': return `${a.action.name} = ${a.action.value} from ${tickLabel(s, a.action.tick)}`;
  }
}
