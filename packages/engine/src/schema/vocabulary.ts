/**
 * The format's closed vocabularies as plain lists, with no zod: the model, the compiler and the run
 * loop import them from here, so a worker that simulates an already-validated scenario loads no
 * schema library (see docs/performance.md, Memory, fourth pass). The schema builds its enums from
 * these lists and re-exports them.
 */
export const OBLIGATION_STATES = ['not_in_force', 'dormant', 'judged', 'invoked', 'denied', 'unrequested', 'honoured', 'defected', 'moot', 'lapsed'] as const;
export const RESPONSE_LEVELS = ['consult', 'diplomatic', 'materiel', 'forces', 'war'] as const;
export const REGIME_STATES = ['proposed', 'in_force', 'eroding', 'lifted'] as const;
export const DRAFT_RESULTS = ['adopted', 'vetoed', 'failed', 'withdrawn', 'shelved', 'presidential_statement', 'press_statement', 'blocked', 'no_product'] as const;
/** What the Council can issue: a resolution (voted, Art. 27(3)) or a statement (agreed by consensus). */
export const COUNCIL_PRODUCTS = ['resolution', 'presidential_statement', 'press_statement'] as const;
export const STATEMENT_PRODUCTS = ['presidential_statement', 'press_statement'] as const;
export const DRAFT_KINDS = ['sanctions', 'panel_renewal', 'condemnation', 'ceasefire', 'relief', 'agenda', 'authorization', 'admission'] as const;
export const EVENT_KINDS = [
  'armedAttack', 'threat', 'escalation', 'deescalation', 'ceasefire', 'peace', 'signal', 'variable',
  'draft', 'draftResult', 'sanctions', 'monitoring', 'obligation', 'duty', 'alliance', 'basing', 'decision',
  'hostileAct', 'episode', 'pact', 'assembly',
] as const;
