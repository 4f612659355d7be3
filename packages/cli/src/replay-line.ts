import { shellWord } from './batch/replay.js';
import type { RunRequest } from './run-request.js';

/**
 * The command that reproduces a run's output exactly, to paste into a shell:
 * `casus run tutorial --seed 42 --run 7 --situation invasion`. Seed and run index are always
 * spelled out (never left to defaults); the engine only when it is not `default`.
 */
export function replayCommand(command: string, req: RunRequest, options: { defaultEngine: RunRequest['engine']; extra?: readonly string[] }): string {
  const words = ['casus', command, req.file, '--seed', String(req.seed), '--run', String(req.runIndex)];
  if (req.situation !== undefined) words.push('--situation', req.situation);
  if (req.engine !== options.defaultEngine) words.push('--engine', req.engine);
  // A run of a batch names its batch, not the values the batch drew for it.
  for (const [name, value] of Object.entries(req.batch !== undefined ? req.overrides : req.parameters)) words.push('--set', `${name}=${value}`);
  if (req.batch !== undefined) words.push('--of', String(req.batch.runs));
  words.push(...(options.extra ?? []));
  return words.map(shellWord).join(' ');
}
