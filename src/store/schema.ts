import Dexie, { type Table, type Transaction } from 'dexie';
import type { CollectionName, Collections, Order } from '../domain/entities/index.ts';
import { duplicateKeys } from '../domain/similarity.ts';
import { toRow, type Row } from './rows.ts';
import type { AttachmentRow } from './attachments.ts';
import type { LocalSnapshotRow } from './localSnapshots.ts';

/** One Yjs document folded into a single update: the base that later updates apply to. */
export interface DocSnapshot {
  docId: string;
  update: Uint8Array;
  /** Highest `seq` of ydocUpdates already folded in. */
  upTo: number;
}
export interface DocUpdate {
  seq?: number;
  docId: string;
  update: Uint8Array;
}
/** An immutable columnar batch of facts (Arrow IPC bytes). */
export interface FactBatch {
  id: string;
  kind: 'orders' | 'lines';
  rowCount: number;
  createdAt: string;
  bytes: Uint8Array;
}
export interface OrderRow extends Order {
  batchId: string;
}
export interface MetaRow {
  key: string;
  value: unknown;
}

type CollectionTables = { [C in CollectionName]: Table<Row<C>, string> };

/** Index layout per version. Old versions stay listed: Dexie needs them to upgrade old databases. */
export const SCHEMA_V1: Record<string, string> = {
  companies: 'id, name, country, industry, ownerId, updatedAt',
  contacts: 'id, lastName, companyId, ownerId, lifecycle, country, createdAt, updatedAt',
  leads: 'id, status, source, ownerId, updatedAt',
  pipelines: 'id',
  deals: 'id, pipelineId, stageId, [pipelineId+stageId], companyId, contactId, ownerId, expectedClose, closedAt, updatedAt',
  activities: 'id, occurredAt, contactId, companyId, dealId, ticketId',
  tasks: 'id, status, dueAt, assigneeId, contactId, dealId',
  tickets: 'id, status, priority, assigneeId, contactId, companyId, receivedAt, channel',
  products: 'id, sku, category',
  campaigns: 'id, status, segmentId',
  segments: 'id',
  members: 'id, role',
  orders: 'id, contactId, companyId, orderedAt, batchId',
  batches: 'id, kind, createdAt',
  ydocSnapshots: 'docId',
  ydocUpdates: '++seq, docId',
  meta: 'key',
};

/** v2: sort keys and multi-entry search words, so lists sort by name and search is an index lookup. */
export const SCHEMA_V2: Record<string, string> = {
  ...SCHEMA_V1,
  companies: 'id, nameKey, *words, country, industry, ownerId, updatedAt',
  contacts: 'id, nameKey, *words, companyId, ownerId, lifecycle, country, createdAt, updatedAt',
  leads: 'id, nameKey, *words, status, source, ownerId, updatedAt',
  deals: 'id, nameKey, *words, pipelineId, stageId, [pipelineId+stageId], companyId, contactId, ownerId, expectedClose, closedAt, updatedAt',
  tickets: 'id, nameKey, *words, status, priority, assigneeId, contactId, companyId, receivedAt, channel',
  products: 'id, sku, nameKey, *words, category',
  segments: 'id, nameKey',
  members: 'id, nameKey, role',
  campaigns: 'id, nameKey, status, segmentId',
};

/** v8 (campaigns): campaign touches and responses by campaign; event rules and their fired-log. */
export const SCHEMA_V8_CHANGES: Record<string, string> = {
  activities: 'id, occurredAt, contactId, companyId, dealId, ticketId, campaignId',
  rules: 'id, nameKey, trigger',
  ruleFirings: 'id, ruleId, firedAt, subjectId',
};

/** v22 (ops): files attached to records, kept on this device only (blobs stay out of the Yjs documents). */
export const SCHEMA_V22_CHANGES: Record<string, string> = {
  attachments: 'id, [collection+recordId], createdAt',
};

/** v25 (sync): possible-duplicate keys of contacts, so "is this person already here?" is an index lookup, not a scan. */
export const SCHEMA_V25_CHANGES: Record<string, string> = {
  contacts: 'id, nameKey, *words, *dupKeys, companyId, ownerId, lifecycle, country, createdAt, updatedAt',
};

/** v26 (io): automatic daily local snapshots (src/store/localSnapshots.ts). */
export const SCHEMA_V26_CHANGES: Record<string, string> = {
  localSnapshots: 'id, createdAt',
};

/** v29 (ops2): workspace-wide settings shared with the team (SLA targets), one record per workspace. */
export const SCHEMA_V29_CHANGES: Record<string, string> = {
  settings: 'id',
};

/** v30 (views): saved views of the lists (filters, search, sort, columns), shared with the workspace; read per list. */
export const SCHEMA_V30_CHANGES: Record<string, string> = {
  views: 'id, list',
};

async function addDuplicateKeys(tx: Transaction): Promise<void> {
  await tx
    .table('contacts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.dupKeys = duplicateKeys(row as { email?: string; phone?: string; country?: string; firstName?: string; lastName?: string });
    });
}

const REINDEXED: CollectionName[] = ['companies', 'contacts', 'leads', 'deals', 'tickets', 'products', 'segments', 'members', 'campaigns'];

async function addSearchKeys(tx: Transaction): Promise<void> {
  for (const c of REINDEXED) {
    await tx
      .table(c)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        const r = toRow(c, row as unknown as Collections[typeof c]) as unknown as Record<string, unknown>;
        row.nameKey = r.nameKey;
        row.words = r.words;
      });
  }
}

export class KithDB extends Dexie {
  declare ydocSnapshots: Table<DocSnapshot, string>;
  declare ydocUpdates: Table<DocUpdate, number>;
  declare batches: Table<FactBatch, string>;
  declare orders: Table<OrderRow, string>;
  declare meta: Table<MetaRow, string>;
  declare attachments: Table<AttachmentRow, string>;
  declare localSnapshots: Table<LocalSnapshotRow, string>;

  constructor(name: string, opts?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, opts);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(addSearchKeys);
    this.version(8).stores(SCHEMA_V8_CHANGES);
    this.version(22).stores(SCHEMA_V22_CHANGES);
    this.version(25).stores(SCHEMA_V25_CHANGES).upgrade(addDuplicateKeys);
    // v26 (io): the phone key became E.164 (src/domain/phones.ts), so every contact's dupKeys is recomputed; and local snapshots.
    this.version(26).stores(SCHEMA_V26_CHANGES).upgrade(addDuplicateKeys);
    this.version(29).stores(SCHEMA_V29_CHANGES);
    this.version(30).stores(SCHEMA_V30_CHANGES);
  }

  /** A collection's table, typed by its record. */
  rows<C extends CollectionName>(name: C): CollectionTables[C] {
    return this.table(name) as unknown as CollectionTables[C];
  }
}

export const DB_VERSION = 30;
