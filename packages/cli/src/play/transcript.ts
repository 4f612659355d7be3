import type { Paint } from '../io.js';
import type { Frame } from './frame.js';
import type { OddsReport } from './odds.js';
import type { Session } from './session.js';
import { formatHeader, formatOdds, formatStatus, tickLabel, type TickBlock } from './view.js';

/** No colours: what transcripts and tests see. */
export const PLAIN: Paint = { green: (s) => s, red: (s) => s, yellow: (s) => s, dim: (s) => s };

/**
 * The Markdown transcript of a session, written as it goes: the setup and a replay command, each
 * tick with its events and causes, every answer, inject, change, undo, fork and odds table.
 * Each function returns one piece to append.
 */
export function transcriptHeader(session: Session, replay: string, resumed: boolean): string {
  const [title, ...rest] = formatHeader(session, PLAIN);
  const lines = [`# ${resumed ? 'Seminar session (resumed)' : 'Seminar session'} — ${title}`, '', ...rest.slice(0, -1).map((l) => `- ${l}`)];
  lines.push(`- to replay: \`${replay}\``, '');
  return `${lines.join('\n')}\n`;
}

/** One tick (or a run of quiet ticks) as Markdown. */
export function transcriptTicks(session: Session, frame: Frame, block: TickBlock): string {
  if (block.events.length === 0 && block.byState.length === 0 && !block.open) {
    return block.from === block.to
      ? `_${tickLabel(session, block.from)}: nothing happened_\n\n`
      : `_ticks ${block.from}–${block.to} (${session.dates[block.from]} to ${session.dates[block.to]}): nothing happened_\n\n`;
  }
  const lines = [`### ${tickLabel(session, block.from)}${block.continued ? ' (continued)' : ''}`, ''];
  const outcomes = frame.result.outcomes;
  if (block.events.length === 0 && block.byState.length === 0) lines.push('_(a decision is due)_');
  for (const id of block.byState) lines.push(`- **★ ${id} reached** (by the state of the world)`);
  for (const e of block.events) {
    const cause = e.parent === null ? e.cause : `${e.cause} ← #${e.parent}`;
    lines.push(`- \`#${e.seq}\` ${escape(e.text)} — \`${cause}\``);
    for (const [id, o] of Object.entries(outcomes)) if (o.event === e.seq) lines.push(`- **★ ${id} reached**`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** The state of play after an advance, as a fenced block. */
export function transcriptStatus(session: Session, frame: Frame, sinceTick: number): string {
  return fenced(formatStatus(session, frame, sinceTick, PLAIN));
}

/** A note — a person's answer, an inject, a change, undo, fork, switch, load — as a Markdown quote (`markdown` is not escaped). */
export function transcriptNote(markdown: string): string {
  return `> ${markdown}\n\n`;
}

export function transcriptOdds(session: Session, report: OddsReport): string {
  return fenced(formatOdds(session, report, PLAIN));
}

function fenced(lines: readonly string[]): string {
  return `\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n`;
}

/** Keeps Markdown from reading `*`, `<` or a leading `#` in engine sentences as markup. */
function escape(text: string): string {
  return text.replace(/([*<>`])/g, '\\$1');
}
