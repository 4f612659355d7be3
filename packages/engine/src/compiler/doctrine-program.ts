/**
 * The scenario compiler, fourth part: the weights of every doctrine option, generated as one
 * function per model with a `switch` on the decision point. Each weight is an expression
 * (compiler/weight-code.ts) with the point's owner as `$self` and the event's actor and target
 * bound at run time; a weight the generator does not cover calls its closure. The draw, the
 * clamping at zero and the choice stay in run/doctrine.ts `chooseOption`, shared with the
 * interpreted path.
 *
 * @module
 */
import type { Model } from '../model/model.js';
import type { RunState } from '../run/state.js';
import { codeGenerationAllowed, idx, instantiate, Slots } from './code.js';
import { WEIGHT_HELPERS, weightCode } from './weight-code.js';

/** Writes the raw weights of decision point `point`'s options into `w` (before clamping at zero). */
export type OptionWeights = (s: RunState, point: number, actor: number, target: number, w: Float64Array) => void;

/** The generated source of a model's option weights (for tests and inspection). */
export function optionWeightsSource(m: Model): { body: string; slots: Slots } {
  const K = new Slots();
  const lines: string[] = ['switch (point) {'];
  for (const dp of m.decisionPoints) {
    lines.push(`  case ${idx(dp.index)}:`);
    dp.options.forEach((o, k) => {
      const code = weightCode(dp.spec.options[k]!.weight, m, { self: idx(dp.actor), actor: 'actor', target: 'target' }, (x) => K.value(x));
      lines.push(`    w[${idx(k)}] = ${code ?? `${K.ref(o.weight)}(s, ${idx(dp.actor)}, actor, target)`};`);
    });
    lines.push('    return;');
  }
  lines.push('}');
  return { body: lines.join('\n'), slots: K };
}

/** The compiled option weights of `m`, or undefined where code generation is not allowed. */
export function compileOptionWeights(m: Model): OptionWeights | undefined {
  if (!codeGenerationAllowed()) return undefined;
  const { body, slots } = optionWeightsSource(m);
  return instantiate<OptionWeights>('optionWeights', 's, point, actor, target, w', body, slots, WEIGHT_HELPERS);
}
