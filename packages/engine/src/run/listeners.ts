import type { RunState } from './state.js';
import type { SimEvent } from './event.js';
import { onAct, onArmedAttack, onThreat } from './obligations.js';
import { onEvent } from './doctrine.js';

/** Offers a recorded event to everything that listens: obligations judge their casus, doctrine decides. */
export function notify(s: RunState, ev: SimEvent): void {
  if (ev.kind === 'armedAttack') onArmedAttack(s, ev);
  else if (ev.kind === 'threat') onThreat(s, ev);
  else if (ev.kind === 'signal' || ev.kind === 'hostileAct') onAct(s, ev);
  onEvent(s, ev);
}
