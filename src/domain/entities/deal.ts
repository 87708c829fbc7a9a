import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { LEAD_SOURCES } from './sources.ts';

export interface Deal extends BaseRecord {
  title: string;
  pipelineId: string;
  stageId: string;
  /** Integer minor units (cents) in `currency`. */
  amount: number;
  currency: string;
  companyId?: string;
  contactId?: string;
  ownerId?: string;
  source?: (typeof LEAD_SOURCES)[number];
  expectedClose?: string;
  closedAt?: string;
  lostReason?: string;
  notes?: string;
  /** Every stage the deal entered, oldest first (see src/domain/deals/stageHistory.ts); absent: never moved. */
  stageHistory?: { stageId: string; at: string; by?: string | null }[];
}

export const DealType = defineRecordType<Deal>('deals', 'Deal', {
  title: { kind: 'string', required: true },
  pipelineId: { kind: 'ref', to: 'pipelines', required: true },
  stageId: { kind: 'string', required: true, max: 64 },
  amount: { kind: 'money', required: true },
  currency: { kind: 'currency', required: true },
  companyId: { kind: 'ref', to: 'companies' },
  contactId: { kind: 'ref', to: 'contacts' },
  ownerId: { kind: 'ref', to: 'members' },
  source: { kind: 'enum', values: LEAD_SOURCES },
  expectedClose: { kind: 'date' },
  closedAt: { kind: 'datetime' },
  lostReason: { kind: 'string' },
  notes: { kind: 'text' },
  stageHistory: { kind: 'json' },
});
