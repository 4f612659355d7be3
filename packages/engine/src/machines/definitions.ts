import { setup } from 'xstate';

/*
 * The lifecycles of the model as xstate machines: the specification both engines follow.
 *
 * The machines hold only the discrete lifecycle state. Which event to send is decided by the
 * run's rules (a Council tally decides between ADOPT, VETO and FAIL; a judgment between INVOKE and
 * DENY), and what follows is returned as data by those rules and queued. So the machines carry no
 * guards and execute no effects, and a transition table compiled from their configuration is
 * exactly equivalent to stepping them with xstate — which `machines/table.test.ts` checks.
 */

/** War status of a relation between two actors: `none`, `hostilities`, `declared`. */
export const relationMachine = setup({
  types: {} as { events: { type: 'OPEN_HOSTILITIES' } | { type: 'DECLARE' } | { type: 'CEASEFIRE' } | { type: 'PEACE' } },
}).createMachine({
  id: 'relation',
  initial: 'none',
  states: {
    none: { on: { OPEN_HOSTILITIES: 'hostilities', DECLARE: 'declared' } },
    hostilities: { on: { DECLARE: 'declared', CEASEFIRE: 'none', PEACE: 'none' } },
    // A declared state of war outlives a ceasefire (the 1953 armistice): only peace ends it.
    declared: { on: { PEACE: 'none' } },
  },
});

/**
 * One obligation of one party. It re-arms for each new casus foederis: from a settled state
 * (denied, honoured, defected, moot) a new CASUS starts a new judgment. An obligation whose pact has
 * not yet entered into force starts in `not_in_force` (a fate of its own, not `dormant`) and
 * becomes dormant on ENTER_FORCE. `moot`: the war episode it answered ended before the response
 * fell due, so no forces were sent. `unrequested`: the clause acts only at the attacked party's
 * request (Rio Treaty Art. 3(2)), and none was made, so the duty was never invoked. `lapsed`: the
 * duty no longer binds — its pact ended, or its party left the pact. It is not final: a party that
 * rejoins (a later spell of membership, format 1.5) has its duty come back into force (ENTER_FORCE,
 * dormant again, every earlier casus forgotten). The run never sends ENTER_FORCE once the pact
 * itself has ended, so a lapsed pact stays lapsed.
 */
export const obligationMachine = setup({
  types: {} as {
    events:
      | { type: 'CASUS' } | { type: 'INVOKE' } | { type: 'DENY' }
      | { type: 'HONOUR' } | { type: 'DEFECT' } | { type: 'LAPSE' } | { type: 'ENTER_FORCE' } | { type: 'MOOT' } | { type: 'UNREQUESTED' };
  },
}).createMachine({
  id: 'obligation',
  initial: 'dormant',
  states: {
    dormant: { on: { CASUS: 'judged', LAPSE: 'lapsed' } },
    not_in_force: { on: { ENTER_FORCE: 'dormant', LAPSE: 'lapsed' } },
    judged: { on: { INVOKE: 'invoked', DENY: 'denied', LAPSE: 'lapsed', UNREQUESTED: 'unrequested' } },
    invoked: { on: { HONOUR: 'honoured', DEFECT: 'defected', MOOT: 'moot', LAPSE: 'lapsed' } },
    denied: { on: { CASUS: 'judged', LAPSE: 'lapsed' } },
    honoured: { on: { CASUS: 'judged', LAPSE: 'lapsed' } },
    defected: { on: { CASUS: 'judged', LAPSE: 'lapsed' } },
    moot: { on: { CASUS: 'judged', LAPSE: 'lapsed' } },
    lapsed: { on: { ENTER_FORCE: 'dormant' } },
    // Last, so that the numbers of the older states (kept in saved runs) do not move.
    unrequested: { on: { CASUS: 'judged', LAPSE: 'lapsed' } },
  },
});

/**
 * A Security Council draft: a resolution is voted under the adoption rule (adopted, vetoed or
 * failed); a presidential or press statement is agreed in consultations by consensus (issued) or
 * blocked by any member's objection. A sponsor may withdraw a draft, or shelve a resolution it
 * expects to be vetoed, so that no vote (and no veto) is ever recorded.
 */
export const draftMachine = setup({
  types: {} as {
    events: { type: 'PUT_TO_VOTE' } | { type: 'WITHDRAW' } | { type: 'SHELVE' } | { type: 'CONSULT' }
      | { type: 'ADOPT' } | { type: 'VETO' } | { type: 'FAIL' } | { type: 'AGREE' } | { type: 'BLOCK' };
  },
}).createMachine({
  id: 'draft',
  initial: 'drafted',
  states: {
    drafted: { on: { PUT_TO_VOTE: 'voting', CONSULT: 'consulting', WITHDRAW: 'withdrawn', SHELVE: 'shelved' } },
    voting: { on: { ADOPT: 'adopted', VETO: 'vetoed', FAIL: 'failed' } },
    consulting: { on: { AGREE: 'issued', BLOCK: 'blocked' } },
    adopted: { type: 'final' },
    vetoed: { type: 'final' },
    failed: { type: 'final' },
    withdrawn: { type: 'final' },
    shelved: { type: 'final' },
    issued: { type: 'final' },
    blocked: { type: 'final' },
  },
});

/**
 * A sanctions regime. "Eroding" is about enforcement and monitoring, not legal status: the regime
 * stays in law while it erodes, and lifting it is a Council decision that can itself be vetoed.
 */
export const regimeMachine = setup({
  types: {} as { events: { type: 'IMPOSE' } | { type: 'ERODE' } | { type: 'RESTORE' } | { type: 'LIFT' } },
}).createMachine({
  id: 'regime',
  initial: 'proposed',
  states: {
    proposed: { on: { IMPOSE: 'in_force', LIFT: 'lifted' } },
    in_force: { on: { ERODE: 'eroding', LIFT: 'lifted' } },
    eroding: { on: { RESTORE: 'in_force', LIFT: 'lifted' } },
    lifted: { on: { IMPOSE: 'in_force' } },
  },
});

/** A trigger: armed → fired → cooldown → armed, or spent once its limit is reached. */
export const triggerMachine = setup({
  types: {} as { events: { type: 'FIRE' } | { type: 'COOL' } | { type: 'REARM' } | { type: 'SPEND' } },
}).createMachine({
  id: 'trigger',
  initial: 'armed',
  states: {
    armed: { on: { FIRE: 'fired' } },
    fired: { on: { COOL: 'cooldown', REARM: 'armed', SPEND: 'spent' } },
    cooldown: { on: { REARM: 'armed' } },
    spent: { type: 'final' },
  },
});

export const MACHINES = {
  relation: relationMachine,
  obligation: obligationMachine,
  draft: draftMachine,
  regime: regimeMachine,
  trigger: triggerMachine,
} as const;

export type MachineKind = keyof typeof MACHINES;
