import { defineRecordType, type BaseRecord } from '../recordType.ts';

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;

export interface Company extends BaseRecord {
  name: string;
  domain?: string;
  industry?: string;
  size?: (typeof COMPANY_SIZES)[number];
  country?: string;
  city?: string;
  address?: string;
  phone?: string;
  website?: string;
  ownerId?: string;
  tags?: string[];
  notes?: string;
  externalId?: string;
  /** Columns of an imported file that have no field of their own, kept by their header. */
  custom?: Record<string, string>;
  /** Ids of the records merged into this one (their orders stay filed under those ids). */
  mergedFrom?: string[];
}

export const CompanyType = defineRecordType<Company>('companies', 'Company', {
  name: { kind: 'string', required: true },
  domain: { kind: 'string', max: 120 },
  industry: { kind: 'string' },
  size: { kind: 'enum', values: COMPANY_SIZES },
  country: { kind: 'string', max: 2 },
  city: { kind: 'string' },
  address: { kind: 'string', max: 300 },
  phone: { kind: 'phone' },
  website: { kind: 'url' },
  ownerId: { kind: 'ref', to: 'members' },
  tags: { kind: 'tags' },
  notes: { kind: 'text' },
  externalId: { kind: 'string', max: 100 },
  custom: { kind: 'json' },
  mergedFrom: { kind: 'json' },
});
