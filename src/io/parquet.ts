import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';

/** How a column of a result is typed in the file. */
export type ParquetKind = 'number' | 'text' | 'timestamp' | 'date' | 'bool';

/**
 * A table of plain cells as a Parquet file, written in JavaScript
 * (hyparquet-writer): DuckDB-WASM would fetch its parquet extension from
 * the internet, and nothing here may leave the device. Whole numbers that
 * fit become INT64, other numbers DOUBLE, times TIMESTAMP; nulls stay null.
 */
export function toParquet(columns: readonly string[], kinds: readonly ParquetKind[], rows: readonly (readonly unknown[])[]): Uint8Array {
  const columnData: ColumnSource[] = columns.map((name, i) => {
    const cells = rows.map((r) => r[i] ?? null);
    const kind = kinds[i] ?? 'text';
    if (kind === 'number') {
      const whole = cells.every((v) => v === null || typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v)));
      return whole
        ? { name, type: 'INT64', data: cells.map((v) => (v === null ? null : BigInt(v as number | bigint))) }
        : { name, type: 'DOUBLE', data: cells.map((v) => (v === null ? null : Number(v))) };
    }
    if (kind === 'bool') return { name, type: 'BOOLEAN', data: cells.map((v) => (v === null ? null : Boolean(v))) };
    if (kind === 'timestamp' || kind === 'date') return { name, type: 'TIMESTAMP', data: cells.map((v) => (v === null ? null : new Date(String(v)))) };
    return { name, type: 'STRING', data: cells.map((v) => (v === null ? null : String(v))) };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
