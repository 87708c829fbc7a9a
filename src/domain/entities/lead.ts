import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { LEAD_SOURCES } from './sources.ts';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified', 'converted'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** One step of a lead's life, kept on the lead so converting it never loses where it came from. */
export interface LeadEvent {
  at: string;
  status: LeadStatus;
  /** Member who made the change, when known. */
  by?: string;
  reason?: string;
}

export interface Lead extends BaseRecord {
  name: string;
  email?: string;
  phone?: string;
  companyName?: string;
  source?: (typeof LEAD_SOURCES)[number];
  status: LeadStatus;
  score?: number;
  ownerId?: string;
  contactId?: string;
  /** Set by conversion: the company and deal the lead became. */
  companyId?: string;
  dealId?: string;
  /** Why the lead was disqualified. */
  reason?: string;
  convertedAt?: string;
  history?: LeadEvent[];
  notes?: string;
}

export const LeadType = defineRecordType<Lead>('leads', 'Lead', {
  name: { kind: 'string', required: true },
  email: { kind: 'email' },
  phone: { kind: 'phone' },
  companyName: { kind: 'string' },
  source: { kind: 'enum', values: LEAD_SOURCES },
  status: { kind: 'enum', values: LEAD_STATUSES, required: true },
  score: { kind: 'number', min: 0, max: 100 },
  ownerId: { kind: 'ref', to: 'members' },
  contactId: { kind: 'ref', to: 'contacts' },
  companyId: { kind: 'ref', to: 'companies' },
  dealId: { kind: 'ref', to: 'deals' },
  reason: { kind: 'string', max: 300 },
  convertedAt: { kind: 'datetime' },
  history: { kind: 'json' },
  notes: { kind: 'text' },
});
