import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, type Scenario } from '@casus/engine';
import { scenarioHash } from '../../src/batch/manifest.js';
import { Session, type SessionSetup } from '../../src/play/session.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const TUTORIAL = 'packages/scenarios/scenarios/tutorial.yaml';
export const TWO_STATES = 'packages/engine/test/scenarios/two-states.yaml';

const cache = new Map<string, Scenario>();

export function scenarioAt(path: string): Scenario {
  let sc = cache.get(path);
  if (sc === undefined) {
    const loaded = loadScenario(readFileSync(resolve(ROOT, path), 'utf8'), { filename: path });
    if (!loaded.ok) throw new Error(`${path} does not load: ${loaded.issues[0]?.message}`);
    sc = loaded.scenario;
    cache.set(path, sc);
  }
  return sc;
}

/** A new session of a test scenario; by default the tutorial's invasion, playing C (Carpania). */
export function startSession(over: Partial<Omit<SessionSetup, 'scenario' | 'scenarioHash'>> & { file?: string } = {}): Session {
  const file = over.file ?? TUTORIAL;
  const scenario = scenarioAt(file);
  return Session.start({
    scenario, scenarioArg: file, scenarioHash: scenarioHash(scenario, {}),
    seed: over.seed ?? 2, runIndex: over.runIndex ?? 0,
    situation: 'situation' in over ? over.situation : 'invasion',
    actors: over.actors ?? ['C'], engine: over.engine ?? 'reference', parameters: over.parameters ?? {},
  });
}

/** Advances until a decision is pending or the run ends. */
export function advanceToDecision(s: Session): void {
  while (!s.frame.pending && !s.frame.ended) s.advance(1);
}
