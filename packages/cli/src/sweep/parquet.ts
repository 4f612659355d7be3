import { parquetBytes, type ParquetColumnType } from '../batch/parquet.js';
import type { Table } from './tables.js';

/** Columns of whole numbers (written as INT64). Every other numeric column is DOUBLE. */
const INTEGER_COLUMNS = new Set(['point', 'runs', 'hits', 'rank', 'src_rank', 'median', 'p90', 'max']);
/** Columns of text (written as UTF-8 strings), besides `NAME_level`. */
const TEXT_COLUMNS = new Set(['outcome', 'metric', 'role', 'parameter', 'basis']);

/**
 * A tidy table as a Parquet file (see `parquetBytes`): integer counts are INT64, other numbers
 * DOUBLE, names UTF-8 strings; empty cells are nulls. Column types are fixed by the column's
 * name, so shards and merges agree even when a column happens to hold only nulls.
 */
export function toParquet(t: Table): Uint8Array {
  const typeOf = (name: string): ParquetColumnType =>
    INTEGER_COLUMNS.has(name) ? 'int' : TEXT_COLUMNS.has(name) || name.endsWith('_level') ? 'text' : 'double';
  return parquetBytes(t.columns.map((name, i) => ({ name, type: typeOf(name), values: t.rows.map((r) => (r[i] ?? null) as string | number | null) })));
}
