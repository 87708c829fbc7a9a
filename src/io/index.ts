/** Data in and out: pure code that runs in Node and in a worker. */
export { readTable, readCsvText, MAX_FILE_BYTES } from './read.ts';
export { FileError, withHeaderRow, type Table } from './table.ts';
export { planImport, DEFAULT_PIPELINE, NEW_COMPANY, type ImportPlan, type ImportMode, type PlanOptions } from './plan.ts';
export { autoMapping, headerSetKey, mappableFields, supportsCustom, CUSTOM_PREFIX } from './mapping.ts';
export { toCsv, neutralise, unneutralise } from './csv.ts';
export { recordsToGrid } from './exportRecords.ts';
export { detectAndDecode, type EncodingName } from './encoding.ts';
export { toE164 } from './phones.ts';
export { planOrders, planOrderFacts, orderMapping, ORDER_FIELDS, type OrdersPlan, type OrderFactsPlan, type OrderField } from './orders.ts';
export { findDuplicatePairs, type DuplicatePair, type DuplicateReason, type PairRecord } from './duplicates.ts';
export { toParquet, type ParquetKind } from './parquet.ts';
