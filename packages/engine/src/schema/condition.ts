import { z } from 'zod';
import { Id, Intensity, IsoDate, num, oneOf, type Num } from './primitives.js';
import { ActorPair, ActorRef } from './refs.js';

export const OBLIGATION_STATES = ['not_in_force', 'dormant', 'judged', 'invoked', 'denied', 'honoured', 'defected', 'moot', 'lapsed'] as const;
export const RESPONSE_LEVELS = ['consult', 'diplomatic', 'materiel', 'forces', 'war'] as const;
export const REGIME_STATES = ['proposed', 'in_force', 'eroding', 'lifted'] as const;
export const DRAFT_RESULTS = ['adopted', 'vetoed', 'failed', 'withdrawn'] as const;
export const DRAFT_KINDS = ['sanctions', 'panel_renewal', 'condemnation', 'ceasefire', 'relief'] as const;
export const EVENT_KINDS = [
  'armedAttack', 'threat', 'escalation', 'deescalation', 'ceasefire', 'peace', 'signal', 'variable',
  'draft', 'draftResult', 'sanctions', 'monitoring', 'obligation', 'duty', 'alliance', 'basing', 'decision',
  'hostileAct', 'episode',
] as const;

export const WarTest = z.union([z.boolean(), z.enum(['hostilities', 'declared'])]);

const Comparison = z.strictObject({
  gt: num().optional(), gte: num().optional(), lt: num().optional(), lte: num().optional(),
});

/**
 * A condition over the state of a run, written as data and never evaluated as code. Exactly one
 * key per object; combine with `all`, `any`, `not`.
 */
export interface Condition {
  all?: Condition[] | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
  relation?: { between: [string, string]; atLeast?: string | undefined; atMost?: string | undefined; war?: boolean | 'hostilities' | 'declared' | undefined } | undefined;
  posture?: { actor: string; atLeast?: string | undefined; atMost?: string | undefined } | undefined;
  variable?: { id: string; gt?: Num | undefined; gte?: Num | undefined; lt?: Num | undefined; lte?: Num | undefined } | undefined;
  obligation?: { pact: string; obligation?: string | undefined; by?: string | undefined; state?: (typeof OBLIGATION_STATES)[number][] | undefined; atLeast?: (typeof RESPONSE_LEVELS)[number] | undefined } | undefined;
  regime?: { id: string; state: (typeof REGIME_STATES)[number][] } | undefined;
  council?: { kind?: (typeof DRAFT_KINDS)[number] | undefined; target?: string | undefined; result: (typeof DRAFT_RESULTS)[number][]; atLeast?: number | undefined } | undefined;
  happened?: { event: (typeof EVENT_KINDS)[number]; kind?: string | undefined; by?: string | undefined; on?: string | undefined; minIntensity?: number | undefined; nuclear?: boolean | undefined; atLeast?: number | undefined } | undefined;
  outcome?: string | undefined;
  pactInForce?: string | undefined;
  date?: { from?: string | undefined; before?: string | undefined } | undefined;
  tick?: { gte?: number | undefined; lt?: number | undefined } | undefined;
}

const many = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

export const Condition: z.ZodType<Condition> = oneOf({
  get all() { return z.array(Condition).min(1).optional(); },
  get any() { return z.array(Condition).min(1).optional(); },
  get not() { return Condition.optional(); },
  relation: z.strictObject({
    between: ActorPair,
    atLeast: Id.optional().describe('lowest rung (inclusive)'),
    atMost: Id.optional().describe('highest rung (inclusive)'),
    war: WarTest.optional().describe('true: any war status other than none; or a specific status'),
  }).optional(),
  posture: z.strictObject({ actor: ActorRef, atLeast: Id.optional(), atMost: Id.optional() }).optional(),
  variable: Comparison.extend({ id: Id }).optional(),
  obligation: z.strictObject({
    pact: Id,
    obligation: Id.optional(),
    by: ActorRef.optional().describe('the obligated party'),
    state: many(z.enum(OBLIGATION_STATES)).optional(),
    atLeast: z.enum(RESPONSE_LEVELS).optional().describe('honoured at this response level or higher'),
  }).optional(),
  regime: z.strictObject({ id: Id, state: many(z.enum(REGIME_STATES)) }).optional(),
  council: z.strictObject({
    kind: z.enum(DRAFT_KINDS).optional(),
    target: ActorRef.optional(),
    result: many(z.enum(DRAFT_RESULTS)),
    atLeast: z.number().int().min(1).optional(),
  }).optional(),
  happened: z.strictObject({
    event: z.enum(EVENT_KINDS),
    kind: Id.optional().describe('signal kind, hostile-act kind, draft kind, obligation fate or episode step'),
    by: ActorRef.optional(),
    on: ActorRef.optional(),
    minIntensity: Intensity.optional(),
    nuclear: z.boolean().optional(),
    atLeast: z.number().int().min(1).optional().describe('how many such events (default 1)'),
  }).optional(),
  outcome: Id.optional(),
  pactInForce: Id.optional(),
  date: z.strictObject({ from: IsoDate.optional(), before: IsoDate.optional() }).optional(),
  tick: z.strictObject({ gte: z.number().int().optional(), lt: z.number().int().optional() }).optional(),
}, 'a condition') as unknown as z.ZodType<Condition>;
