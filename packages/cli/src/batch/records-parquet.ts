import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { recordCells, recordColumns, type BatchContext, type RunRecord } from '@casus/engine';
import { parquetBytes, type ParquetColumnType } from './parquet.js';

/**
 * The type of each per-run record column, fixed by its name (never by its values), so a column
 * that is empty in this batch — `draw` without a nested design, `error` when no run failed, an
 * outcome that never happened — has the same type in every file.
 */
function columnType(name: string): ParquetColumnType {
  if (name === 'run' || name === 'draw' || name === 'events' || name.startsWith('metric_')) return 'int';
  if (name.startsWith('param_')) return 'double';
  if (name.startsWith('outcome_')) return name.endsWith('_date') ? 'date' : 'int';
  return 'text'; // seed (a number or a string), status, error, posture_ACTOR
}

/**
 * Per-run records as Parquet: reads the NDJSON records streamed to `ndjsonPath` during the batch
 * (in run order) and lays them out in the CSV's columns, typed. The scenario's clock and the seed
 * go into the file's key–value metadata (`casus.clock`, `casus.scenario`, `casus.seed`).
 */
export function recordsParquet(ndjsonPath: string, context: BatchContext, parameterDraws: number): Uint8Array {
  const model = context.design.model(parameterDraws > 0 ? 0 : -1);
  const parameterNames = Object.keys(context.design.drawValues(0));
  const names = recordColumns(model, parameterNames);
  const cells: (string | number | null)[][] = names.map(() => []);
  for (const line of lines(ndjsonPath)) {
    const row = recordCells(JSON.parse(line) as RunRecord, parameterNames);
    for (let c = 0; c < names.length; c++) cells[c]!.push(c === 1 && row[c] !== null ? String(row[c]) : row[c]!);
  }
  const { start, unit, horizon } = model.clock;
  return parquetBytes(names.map((name, c) => ({ name, type: columnType(name), values: cells[c]! })), {
    'casus.scenario': context.scenario.id,
    'casus.seed': String(context.options.seed),
    'casus.clock': JSON.stringify({ start, tick: unit, horizon }),
  });
}

/** The non-empty lines of a file, read in blocks so no single string holds the whole file. */
function* lines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const block = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder('utf8'); // keeps a character split across blocks whole
    let rest = '';
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
      const text = rest + decoder.write(block.subarray(0, n));
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const p of parts) if (p !== '') yield p;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
