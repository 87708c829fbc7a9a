/** The apache-arrow module, loaded lazily by its users. */
export type Arrow = typeof import('apache-arrow');

/**
 * Arrow columns built straight from their buffers: arrow's generic builder
 * (tableFromArrays/vectorFromArray) costs seconds on the demo's 160,000 rows.
 */
const utf8 = new TextEncoder();

function validity(n: number, isNull: (i: number) => boolean): { bitmap: Uint8Array | undefined; nullCount: number } {
  let bitmap: Uint8Array | undefined;
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    if (!isNull(i)) continue;
    bitmap ??= new Uint8Array(Math.ceil(n / 8)).fill(0xff);
    bitmap[i >> 3] &= ~(1 << (i & 7));
    nullCount++;
  }
  return { bitmap, nullCount };
}

/** Strings into one buffer: ASCII (ids, dates, codes: nearly every fact) byte by byte, the rest through encodeInto; no array per value. */
export function utf8Column(a: Arrow, values: (string | undefined | null)[]) {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  let cap = 0;
  for (let i = 0; i < n; i++) cap += (values[i]?.length ?? 0) * 3;
  let data = new Uint8Array(cap);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v) {
      let ascii = true;
      for (let j = 0; j < v.length; j++) {
        const c = v.charCodeAt(j);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        data[size + j] = c;
      }
      size += ascii ? v.length : utf8.encodeInto(v, data.subarray(size)).written;
    }
    offsets[i + 1] = size;
  }
  data = data.slice(0, size);
  const { bitmap, nullCount } = validity(n, (i) => values[i] === undefined || values[i] === null);
  return a.makeVector(a.makeData({ type: new a.Utf8(), length: n, nullCount, nullBitmap: bitmap, valueOffsets: offsets, data }));
}

export function float64Column(a: Arrow, values: (number | undefined | null)[]) {
  const n = values.length;
  const data = Float64Array.from(values, (v) => (typeof v === 'number' ? v : 0));
  const { bitmap, nullCount } = validity(n, (i) => typeof values[i] !== 'number');
  return a.makeVector(a.makeData({ type: new a.Float64(), length: n, nullCount, nullBitmap: bitmap, data }));
}

export function boolColumn(a: Arrow, values: (boolean | undefined | null)[]) {
  const n = values.length;
  const data = new Uint8Array(Math.ceil(n / 8));
  for (let i = 0; i < n; i++) if (values[i] === true) data[i >> 3] |= 1 << (i & 7);
  const { bitmap, nullCount } = validity(n, (i) => typeof values[i] !== 'boolean');
  return a.makeVector(a.makeData({ type: new a.Bool(), length: n, nullCount, nullBitmap: bitmap, data }));
}

/** ISO timestamps as Arrow TimestampMillisecond, so SQL sees real timestamps. */
export function timestampColumn(a: Arrow, values: (string | undefined | null)[]) {
  const n = values.length;
  const ms = values.map((v) => (v ? Date.parse(v) : NaN));
  const data = BigInt64Array.from(ms, (m) => (Number.isFinite(m) ? BigInt(m) : 0n));
  const { bitmap, nullCount } = validity(n, (i) => !Number.isFinite(ms[i]));
  return a.makeVector(a.makeData({ type: new a.TimestampMillisecond(), length: n, nullCount, nullBitmap: bitmap, data }));
}
