// Fallback source-mode entry of a batch worker, used only when esbuild cannot be loaded (see
// pool.ts). Node 20 cannot start a .ts worker under tsx directly, so this plain-JS file registers
// tsx inside the worker thread and then imports the TypeScript worker. The compiled CLI (dist/)
// starts dist/batch/worker.js and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.target);
