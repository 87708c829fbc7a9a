import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { LEAD_SOURCES } from './sources.ts';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified', 'converted'] as const;

export interface Lead extends BaseRecord {
  name: string;
  email?: string;
  phone?: string;
  companyName?: string;
  source?: (typeof LEAD_SOURCES)[number];
  status: (typeof LEAD_STATUSES)[number];
  score?: number;
  ownerId?: string;
  contactId?: string;
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
  notes: { kind: 'text' },
});
