// Invariant: every treaty-adjudication case gives, on BOTH engines and for every seed, exactly the
// fate docs/semantics.md prescribes for every obligation, duty and Council draft in its scenario —
// and the two engines give identical traces (events, causes, draws).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, obligationIds, type RunResult, type Scenario } from '@casus/engine';
import { CASES, FAMILIES } from './cases/index.js';
import type { ConformanceCase } from './case.js';
import { renderCatalogue, renderKnownFailures, CATALOGUE_START, CATALOGUE_END, KNOWN_START, KNOWN_END } from './catalogue.js';
import {
  comparable, DEFAULT_SEEDS, ENGINES, ledgerOf, loadCase, matches, missingInOrder, normaliseDraft, observedDrafts,
  observedDuties, observedObligations, observedRelation, runCase, type Engine,
} from './harness.js';

/** Runs are memoised: each (case, engine, seed) is simulated once and read by several tests. */
const runs = new Map<string, { result: RunResult; asked: Set<string> }>();
const scenarios = new Map<string, Scenario>();
function run(c: ConformanceCase, engine: Engine, seed: number | string) {
  const key = `${c.id}|${engine}|${seed}`;
  let r = runs.get(key);
  if (!r) {
    let s = scenarios.get(c.id);
    if (!s) { s = loadCase(c); scenarios.set(c.id, s); }
    r = runCase(c, s, engine, seed);
    runs.set(key, r);
  }
  return r;
}

describe('the catalogue', () => {
  it('has at least 30 cases with unique ids, each citing its source', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const ids = CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CASES) {
      expect(c.source.trim(), c.id).not.toBe('');
      expect(c.id.startsWith(FAMILIES.find((f) => f.cases.includes(c))!.id), c.id).toBe(true);
    }
  });

  it('is the one in README.md (regenerate with tests/conformance/write-readme.ts)', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const start = readme.indexOf(CATALOGUE_START);
    const end = readme.indexOf(CATALOGUE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(readme.slice(start, end + CATALOGUE_END.length)).toBe(renderCatalogue(FAMILIES));
    const kStart = readme.indexOf(KNOWN_START);
    const kEnd = readme.indexOf(KNOWN_END);
    expect(kStart).toBeGreaterThanOrEqual(0);
    expect(readme.slice(kStart, kEnd + KNOWN_END.length)).toBe(renderKnownFailures(CASES));
  });

  it('never calls a casus unreachable that a run then judges (W_CASUS_UNREACHABLE is a promise)', () => {
    // Each case's single event is the only attack its scenario makes, so the warning is common
    // in this suite; where a run reaches the clause all the same, the warning was false (RR-65).
    const false_: string[] = [];
    for (const c of CASES) {
      const loaded = loadScenario(c.yaml, { filename: `${c.id}.yaml` });
      if (!loaded.ok) continue;
      const warned = loaded.warnings.filter((w) => w.code === 'W_CASUS_UNREACHABLE').map((w) => {
        const [, i, , j] = w.path as [string, number, string, number];
        const pact = loaded.scenario.pacts[i]!;
        return `obligation:${pact.id}/${obligationIds(pact)[j]!}@`;
      });
      if (warned.length === 0) continue;
      // Judged on an armed attack, that is: a clause with a threat casus too may be judged on a threat.
      const events = run(c, 'batch', (c.seeds ?? DEFAULT_SEEDS)[0]!).result.events ?? [];
      const judged = events.filter((e) => e.kind === 'obligation' && (e.detail ?? '').startsWith('judged')
        && e.parent !== null && events[e.parent]?.kind === 'armedAttack' && warned.some((w) => e.cause.startsWith(w)));
      for (const e of judged) false_.push(`${c.id}: ${e.cause}`);
    }
    expect(false_).toEqual([]);
  });

  it('gives every known failure a diagnosis', () => {
    for (const c of CASES) if (c.knownFailure !== undefined) expect(c.knownFailure.trim(), c.id).not.toBe('');
  });
});

for (const family of FAMILIES) {
  describe(`${family.id}: ${family.title}`, () => {
    for (const c of family.cases) {
      describe(`${c.id} ${c.title}`, () => {
        it('loads cleanly and lists every obligation of its scenario', () => {
          const r = run(c, 'batch', (c.seeds ?? DEFAULT_SEEDS)[0]!);
          expect(r.result.final.obligations.map((o) => o.key).sort()).toEqual(Object.keys(c.expect.obligations).sort());
          for (const [key, want] of Object.entries(c.expect.obligations)) {
            if (want.state === 'honoured' || want.state === 'defected') expect(want.level, `${key}: an ${want.state} fate names its level`).toBeDefined();
          }
          for (const d of c.expect.drafts ?? []) {
            if (d.result !== 'withdrawn' && d.result !== 'shelved') expect([d.yes, d.no, d.abstain], `${c.id}: a voted draft names its tally`).not.toContain(undefined);
          }
        });

        for (const engine of ENGINES) {
          for (const seed of c.seeds ?? DEFAULT_SEEDS) {
            // A known failure (case.knownFailure) must fail here, and fails the suite once fixed.
            (c.knownFailure ? it.fails : it)(`${engine} engine, seed ${seed}: the expected fates${c.knownFailure ? ' (known failure)' : ''}`, () => {
              const { result, asked } = run(c, engine, seed);
              expect(result.status, result.error ?? '').toBe('ok');
              expect(observedObligations(c, result)).toEqual(c.expect.obligations);

              const ledgers: Record<string, string[]> = {};
              const wantLedgers: Record<string, string[]> = {};
              for (const [key, want] of Object.entries(c.expect.obligations)) {
                const given = c.expect.ledger?.[key];
                if (given !== undefined || want.state === 'dormant') {
                  ledgers[key] = ledgerOf(result, key);
                  wantLedgers[key] = given ?? [];
                }
              }
              expect(ledgers).toEqual(wantLedgers);

              expect(observedDrafts(result)).toEqual((c.expect.drafts ?? []).map(normaliseDraft));
              expect(observedDuties(result)).toEqual(c.expect.duties ?? []);
              const events = result.events ?? [];
              expect(missingInOrder(events, c.expect.events ?? []), 'events expected in this order').toEqual([]);
              for (const p of c.expect.absent ?? []) {
                expect(events.filter((e) => matches(e, p)).map((e) => e.text), `no event like ${JSON.stringify(p)}`).toEqual([]);
              }
              for (const rel of c.expect.relations ?? []) expect(observedRelation(result, rel)).toEqual(rel);
              expect([...asked].sort(), 'every pinned decision was asked').toEqual(Object.keys(c.decisions ?? {}).sort());
            });
          }
        }

        it('both engines give identical traces', () => {
          for (const seed of c.seeds ?? DEFAULT_SEEDS) {
            expect(comparable(run(c, 'reference', seed).result)).toEqual(comparable(run(c, 'batch', seed).result));
          }
        });
      });
    }
  });
}
