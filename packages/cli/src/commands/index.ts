import type { RegisterCommand } from '../context.js';
import { registerCompare } from './compare.js';
import { registerExplain } from './explain.js';
import { registerList } from './list.js';
import { registerMerge } from './merge.js';
import { registerReport } from './report.js';
import { registerPlay } from './play.js';
import { registerRun } from './run.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerSensitivity } from './sensitivity.js';
import { registerSummary } from './summary.js';
import { registerSweep } from './sweep.js';
import { registerValidate } from './validate.js';
import { registerVerify } from './verify.js';

/** Every command, in the order `casus --help` lists them. Add one line per new command. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerSchema,
  registerList,
  registerRun,
  registerExplain,
  registerPlay,
  registerServe,
  registerCompare,
  registerSweep,
  registerSensitivity,
  registerMerge,
  registerSummary,
  registerReport,
  registerVerify,
];
