import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { Table } from './tables.js';

/** Columns of whole numbers (written as INT64). Every other numeric column is DOUBLE. */
const INTEGER_COLUMNS = new Set(['point', 'runs', 'hits', 'rank', 'src_rank']);
/** Columns of text (written as UTF-8 strings), besides `NAME_level`. */
const TEXT_COLUMNS = new Set(['outcome', 'role', 'parameter', 'basis']);

/**
 * A tidy table as a Parquet file (one row group per 100,000 rows, Snappy-compressed, column
 * statistics), with hyparquet-writer — pure JavaScript, no native code. Integer counts are INT64,
 * other numbers DOUBLE, names UTF-8 strings; empty cells are nulls. The same table gives the same
 * bytes. Column types are fixed by the column's name, so shards and merges agree even when a
 * column happens to hold only nulls.
 */
export function toParquet(t: Table): Uint8Array {
  const columnData: ColumnSource[] = t.columns.map((name, i) => {
    const values = t.rows.map((r) => r[i] ?? null);
    if (INTEGER_COLUMNS.has(name)) return { name, type: 'INT64', data: values.map((v) => (v === null ? null : BigInt(v as number))) };
    if (TEXT_COLUMNS.has(name) || name.endsWith('_level')) return { name, type: 'STRING', data: values.map((v) => (v === null ? null : String(v))) };
    return { name, type: 'DOUBLE', data: values.map((v) => (v === null ? null : Number(v))) };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'casus', rowGroupSize: 100_000 }));
}
