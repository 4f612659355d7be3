import type { Model, RunState, TraceEvent } from '@casus/engine';
import type { Paint } from './io.js';

/**
 * How one event reads in a story or an explanation: `#seq`, a mark for the steps that matter most
 * (an obligation's fate, a duty, a Council result), the engine's sentence, and the cause in
 * brackets with the event it followed: `#2  ▶ INVOKED  C invoked: … [obligation:a-c/defense@C ← #1]`.
 */
export function eventLine(ev: TraceEvent, colors: Paint): string {
  const mark = markOf(ev, colors);
  const cause = ev.parent === null ? ev.cause : `${ev.cause} ← #${ev.parent}`;
  return `${`#${ev.seq}`.padEnd(4)} ${mark === '' ? '' : `${mark}  `}${sentence(ev)}  ${colors.dim(`[${cause}]`)}`;
}

/** The engine's sentence, without the vote list a Council result carries (shown on its own line). */
function sentence(ev: TraceEvent): string {
  if (ev.kind !== 'draftResult') return ev.text;
  const dash = ev.text.lastIndexOf(' — ');
  return dash >= 0 && /^(\S+:(yes|no|abstain|absent|abstain_obligatory) ?)+$/.test(ev.text.slice(dash + 3)) ? ev.text.slice(0, dash) : ev.text;
}

function markOf(ev: TraceEvent, colors: Paint): string {
  const [word = '', level] = (ev.detail ?? '').split(':');
  if (ev.kind === 'obligation') {
    switch (word) {
      case 'judged': return colors.yellow('⚖ JUDGED');
      case 'invoked': return colors.yellow(level === 'pretext' ? '▶ INVOKED (pretext)' : '▶ INVOKED');
      case 'denied': return colors.red('✗ DENIED');
      case 'unrequested': return colors.dim('– NOT REQUESTED');
      case 'honoured': return colors.green(`✔ HONOURED${level ? ` (${level})` : ''}`);
      case 'defected': return colors.red(`✘ DEFECTED${level ? ` (did only ${level})` : ''}`);
      case 'lapsed': return colors.dim('– LAPSED');
      case 'not_in_force': return colors.dim('– NOT IN FORCE');
      case 'in_force': return colors.dim('– IN FORCE');
      case 'moot': return colors.dim(`– MOOT${level ? ` (${level})` : ''}`);
      default: return word.toUpperCase();
    }
  }
  if (ev.kind === 'episode') {
    // `joined:SIDE:attacked`: a state drawn in by being attacked, not one that came to help.
    if (word === 'joined' && (ev.detail ?? '').endsWith(':attacked')) return colors.yellow(level === 'defender' ? '⚑ DRAWN IN (defending side)' : '⚑ DRAWN IN (initiator\'s side)');
    if (word === 'joined') return colors.yellow(level === 'defender' ? '⚑ JOINS (defence)' : '⚑ JOINS (initiator\'s side)');
    if (word === 'moot') return colors.dim('– MOOT');
    return colors.yellow(`⚑ ${word.toUpperCase().replaceAll('_', ' ')}`);
  }
  if (ev.kind === 'duty') return word === 'breached' ? colors.red('✘ DUTY BREACHED') : word === 'consented' ? colors.green('✔ CONSENTS') : colors.green('✔ DUTY RESPECTED');
  if (ev.kind === 'draftResult') {
    switch (word) {
      case 'adopted': return colors.green('☑ ADOPTED');
      case 'vetoed': return colors.red('☒ VETOED');
      case 'failed': return colors.yellow('☐ FAILED');
      case 'presidential_statement': return colors.green('☑ PRESIDENTIAL STATEMENT');
      case 'press_statement': return colors.green('☑ PRESS STATEMENT');
      case 'blocked': return colors.red('☒ BLOCKED');
      case 'shelved': return colors.dim('☐ SHELVED (veto expected)');
      case 'no_product': return colors.dim('☐ NO PRODUCT');
      default: return colors.dim(`☐ ${word.toUpperCase()}`);
    }
  }
  return '';
}

/**
 * Each member's vote on a Council draft, e.g. `votes: B no (veto) · C yes · D yes · E abstain`,
 * or undefined for events that are not a vote. Permanent members' negative votes that blocked an
 * adoption are marked as vetoes.
 */
export function voteLine(m: Model, s: RunState, seq: number, colors: Paint): string | undefined {
  const ev = s.events[seq];
  if (!ev || ev.kind !== 'draftResult' || ev.votes === '') return undefined;
  const vetoedBy = new Set((s.drafts[ev.ref]?.vetoedBy ?? []).map((a) => m.actors[a]!.id));
  // On a statement a "no" is an objection that blocks consensus, not a veto.
  const mark = s.drafts[ev.ref]?.product === 'resolution' ? ' (veto)' : ' (objects)';
  const votes = ev.votes.split(' ').map((pair) => {
    const [actor = '', vote = ''] = pair.split(':');
    // An abstention owed as a party to the dispute (Charter Art. 27(3), format 1.6) says so.
    const shown = vote === 'abstain_obligatory' ? 'abstain (party to the dispute)' : vote;
    const text = `${actor} ${shown}${vetoedBy.has(actor) && vote === 'no' ? mark : ''}`;
    return vote === 'yes' ? colors.green(text) : vote === 'no' ? colors.red(text) : text;
  });
  return `votes: ${votes.join(' · ')}`;
}
