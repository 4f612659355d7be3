import { obligationIds, type Model, type Scenario } from '@casus/engine';

export type Basis = 'data' | 'judgment' | 'placeholder';
export type CauseKind = 'trigger' | 'obligation' | 'duty' | 'decision' | 'council' | 'inject' | 'hazard' | 'drift' | 'pact' | 'mandate' | 'episode' | 'state' | 'other';

/** A cause id (`trigger:border-clash`, `obligation:a-c/defense@C`, …) in words, with the parameters its chance depends on. */
export interface CauseInfo {
  readonly id: string;
  readonly kind: CauseKind;
  /** Short label for a path chip. */
  readonly label: string;
  /** Longer description (tooltip, story). */
  readonly detail: string;
  /** Parameters that set this cause's chance: rate, reliability, judgment, weights or vote probabilities. */
  readonly parameters: readonly string[];
}

/** Names of every parameter referenced anywhere inside a loaded scenario fragment (`{ param, min, max }` objects). */
export function parameterRefs(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) parameterRefs(v, out);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.param === 'string' && typeof o.min === 'number') out.add(o.param);
    else for (const v of Object.values(o)) parameterRefs(v, out);
  }
  return out;
}

/** The obligation of the scenario behind a key `pact/obligation@ACTOR`. */
export function obligationOf(scenario: Scenario, key: string): { pact: Scenario['pacts'][number]; obligation: Scenario['pacts'][number]['obligations'][number]; actor: string } | undefined {
  const at = key.lastIndexOf('@');
  const slash = key.indexOf('/');
  if (at < 0 || slash < 0) return undefined;
  const pact = scenario.pacts.find((p) => p.id === key.slice(0, slash));
  if (!pact) return undefined;
  const ids = obligationIds(pact);
  const i = ids.indexOf(key.slice(slash + 1, at));
  return i < 0 ? undefined : { pact, obligation: pact.obligations[i]!, actor: key.slice(at + 1) };
}

/**
 * Reads cause ids against a scenario: labels for people, and the parameters each cause's chance
 * depends on — a trigger's rate and scale, an obligation's reliability, judgment and response
 * weights, a decision point's option weights, the Council's vote probabilities for the draft kind
 * (and withdrawal chances), the ladder's de-escalation rates, a variable's drift.
 */
export class CauseBook {
  private readonly cache = new Map<string, CauseInfo>();

  constructor(readonly scenario: Scenario, readonly model: Model) {}

  get(id: string): CauseInfo {
    let info = this.cache.get(id);
    if (!info) {
      info = this.read(id);
      this.cache.set(id, info);
    }
    return info;
  }

  /** The basis of a parameter (undefined for an unknown name). */
  basisOf(name: string): Basis | undefined {
    return this.scenario.parameters[name]?.basis;
  }

  private actorName(id: string): string {
    const a = this.scenario.actors[id];
    return a ? a.name : id;
  }

  private read(id: string): CauseInfo {
    const s = this.scenario;
    const colon = id.indexOf(':');
    const kind = colon < 0 ? id : id.slice(0, colon);
    const rest = colon < 0 ? '' : id.slice(colon + 1);
    const make = (k: CauseKind, label: string, detail: string, params: Iterable<string> = []): CauseInfo => ({ id, kind: k, label, detail, parameters: [...new Set(params)] });
    switch (kind) {
      case 'state': return make('state', 'state of the world', 'held from the start, or the state drifted into it: no event caused it');
      case 'trigger': {
        const t = s.triggers.find((x) => x.id === rest);
        if (!t) return make('trigger', rest, `trigger ${rest}`);
        return make('trigger', t.title ?? rest, `trigger ${rest}${t.title ? `: ${t.title}` : ''}`, parameterRefs([t.rate, t.scale]));
      }
      case 'obligation':
      case 'duty': {
        const o = obligationOf(s, rest);
        if (!o) return make(kind, rest, `${kind} ${rest}`);
        const article = o.obligation.article ? `${o.obligation.article} ` : '';
        const label = `${o.actor} · ${article}${o.obligation.type.replaceAll('_', ' ')}`;
        const detail = `${this.actorName(o.actor)} under ${o.pact.name}${o.obligation.article ? `, ${o.obligation.article}` : ''} (${o.obligation.type})${o.obligation.summary ? ` — ${o.obligation.summary}` : ''}`;
        return make(kind, label, detail, parameterRefs([o.obligation.reliability, o.obligation.judgment, o.obligation.response?.levels]));
      }
      case 'decision': {
        // ACTOR/POINT:OPTION
        const slash = rest.indexOf('/');
        const c2 = rest.lastIndexOf(':');
        const actor = rest.slice(0, slash);
        const pointId = rest.slice(slash + 1, c2 < 0 ? undefined : c2);
        const optionId = c2 < 0 ? '' : rest.slice(c2 + 1);
        const point = s.doctrine[actor]?.find((p) => p.id === pointId);
        const option = point?.options.find((o) => o.id === optionId);
        const label = `${actor} · ${(option?.label ?? optionId).replaceAll('_', ' ')}`;
        return make('decision', label, `${this.actorName(actor)} decides (${pointId}): ${option?.label ?? optionId}`, parameterRefs(point?.options.map((o) => o.weight) ?? []));
      }
      case 'council': {
        const [draftKind = '', result = ''] = rest.split(':');
        const params = new Set<string>();
        for (const policy of s.council?.policies ?? []) {
          for (const rule of policy.rules) {
            const kinds = rule.kind === undefined ? undefined : Array.isArray(rule.kind) ? rule.kind : [rule.kind];
            if (kinds === undefined || kinds.includes(draftKind as never)) parameterRefs(rule.vote, params);
          }
        }
        return make('council', `Council · ${draftKind.replaceAll('_', ' ')} draft ${result}`, `the Security Council: ${/^[aeiou]/.test(draftKind) ? 'an' : 'a'} ${draftKind} draft is ${result}`, params);
      }
      case 'assembly': {
        // emergency_session:ID — a veto taken up in an emergency special session (format 1.12).
        if (rest.startsWith('emergency_session:')) {
          const session = rest.slice('emergency_session:'.length);
          return make('council', `General Assembly · emergency special session ${session}`, `the General Assembly takes a veto up in its emergency special session ${session} (res. 76/262, op. 1)`);
        }
        // veto_debate:KIND — the General Assembly's debate of a veto (format 1.9).
        const kind = rest.slice(rest.indexOf(':') + 1);
        const an = /^[aeiou]/.test(kind) ? 'an' : 'a';
        return make('council', `General Assembly · debate of ${an} ${kind.replaceAll('_', ' ')} veto`, `the General Assembly debates the veto of ${an} ${kind} draft (res. 76/262)`);
      }
      case 'inject': return make('inject', `inject ${rest}`, `an event injected by situation ${rest.split('#')[0]}`);
      case 'hazard': return make('hazard', 'de-escalation', 'a de-escalation hazard', parameterRefs(s.ladder?.rungs.map((r) => r.deescalation) ?? []));
      case 'drift': {
        const v = s.variables[rest];
        return make('drift', `drift of ${rest}`, `variable ${rest} drifting toward its baseline`, parameterRefs([v?.reversion, v?.baseline]));
      }
      case 'pact': return make('pact', `pact ${rest} enters into force or lapses`, `pact ${rest} enters into force or lapses`);
      case 'denunciation': {
        // PACT@ACTOR: a notice of denunciation given in the run takes effect (format 1.6).
        const [pact = '', actor = ''] = rest.split('@');
        return make('pact', `${actor} leaves ${pact} by notice`, `${this.actorName(actor)}'s notice of denunciation of ${s.pacts.find((p) => p.id === pact)?.name ?? pact} takes effect`);
      }
      case 'episode': {
        // begun-by-ACTOR:casus-met | casus-unmet — the war-episode rule a casus was judged by.
        const [begun = '', verdict = ''] = rest.split(':');
        const by = begun.replace(/^begun-by-/, '');
        const met = verdict === 'casus-met';
        return make('episode', `war begun by ${by} · casus ${met ? 'met' : 'not met'}`,
          `the war episode this casus belongs to was begun by ${this.actorName(by)}; judged over the whole war, the clause was ${met ? 'met' : 'not met (claimed, if at all, as a pretext)'}`);
      }
      case 'mandate': return make('mandate', `mandate of ${rest} ends`, `the monitoring mandate of ${rest} runs out`);
      default: return make('other', id, id);
    }
  }

  /** Parameters a causal path's chance depends on, by basis. */
  pathParameters(path: string): { name: string; basis: Basis | undefined; causes: string[] }[] {
    const byName = new Map<string, string[]>();
    for (const cause of path.split(' → ')) {
      for (const p of this.get(cause).parameters) byName.set(p, [...(byName.get(p) ?? []), cause]);
    }
    return [...byName].map(([name, causes]) => ({ name, basis: this.basisOf(name), causes }));
  }
}

/** The weakest basis of a set: placeholder < judgment < data (undefined for none). */
export function weakestBasis(bases: Iterable<Basis | undefined>): Basis | undefined {
  let worst: Basis | undefined;
  for (const b of bases) {
    if (b === 'placeholder') return 'placeholder';
    if (b === 'judgment') worst = 'judgment';
    else if (b === 'data' && worst === undefined) worst = 'data';
  }
  return worst;
}
