import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';

/** The column types Casus writes: whole numbers, other numbers, text and calendar dates. */
export type ParquetColumnType = 'int' | 'double' | 'text' | 'date';

/** One column: its name, its type (fixed by what the column means, never by its values) and its cells. */
export interface ParquetColumn {
  readonly name: string;
  readonly type: ParquetColumnType;
  readonly values: readonly (string | number | null)[];
}

/**
 * Columns as a Parquet file (one row group per 100,000 rows, Snappy-compressed, column statistics)
 * with hyparquet-writer — pure JavaScript, no native code. `int` is INT64, `double` DOUBLE, `text`
 * a UTF-8 string, `date` a DATE (an ISO `YYYY-MM-DD` cell becomes days since 1970-01-01); every
 * column is nullable and null cells stay null. The caller fixes each column's type, so a column
 * holding only nulls has the same type in every file and every reader. Key–value metadata go into
 * the file footer. The same columns give the same bytes.
 */
export function parquetBytes(columns: readonly ParquetColumn[], metadata: Readonly<Record<string, string>> = {}): Uint8Array {
  const columnData: ColumnSource[] = columns.map(({ name, type, values }) => {
    if (type === 'int') return { name, type: 'INT64', data: values.map((v) => (v === null ? null : BigInt(v))) };
    if (type === 'text') return { name, type: 'STRING', data: values.map((v) => (v === null ? null : String(v))) };
    if (type === 'date') return { name, type: 'INT32', data: values.map((v) => (v === null ? null : dayNumber(String(v)))) };
    return { name, type: 'DOUBLE', data: values.map((v) => (v === null ? null : Number(v))) };
  });
  // A DATE column is INT32 with the DATE annotation, which the writer takes only as a full schema.
  const schema = [
    { name: 'root', num_children: columns.length },
    ...columns.map(({ name, type }) => (
      type === 'int' ? { name, type: 'INT64' as const, repetition_type: 'OPTIONAL' as const }
        : type === 'text' ? { name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'OPTIONAL' as const }
          : type === 'date' ? { name, type: 'INT32' as const, converted_type: 'DATE' as const, logical_type: { type: 'DATE' as const }, repetition_type: 'OPTIONAL' as const }
            : { name, type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const })),
  ];
  const kvMetadata = Object.entries(metadata).map(([key, value]) => ({ key, value }));
  return new Uint8Array(parquetWriteBuffer({
    columnData: columnData.map(({ name, data }) => ({ name, data })), schema, createdBy: 'casus', rowGroupSize: 100_000,
    ...(kvMetadata.length > 0 ? { kvMetadata } : {}),
  }));
}

/** Days since 1970-01-01 of an ISO date (UTC, so no time zone can shift it). */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
