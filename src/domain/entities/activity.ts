import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { CHANNELS, LEAD_SOURCES } from './sources.ts';

/** How a contact answered a campaign; 'sent' marks a touch (a message that went out). */
export const RESPONSE_KINDS = ['sent', 'opened', 'clicked', 'replied', 'converted', 'declined', 'optedOut'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'note', 'message'] as const;

export interface Activity extends BaseRecord {
  type: (typeof ACTIVITY_TYPES)[number];
  /** How it travelled; a note has none (see CHANNELS_FOR_TYPE). */
  channel?: (typeof CHANNELS)[number];
  direction?: 'in' | 'out';
  source?: (typeof LEAD_SOURCES)[number];
  subject: string;
  body?: string;
  occurredAt: string;
  durationMin?: number;
  contactId?: string;
  companyId?: string;
  dealId?: string;
  ticketId?: string;
  ownerId?: string;
  /** Campaign touches and responses are activities, so they show on the contact's timeline. */
  campaignId?: string;
  response?: ResponseKind;
  /** Index of the campaign step a touch belongs to. */
  step?: number;
}

export const ActivityType = defineRecordType<Activity>('activities', 'Activity', {
  type: { kind: 'enum', values: ACTIVITY_TYPES, required: true },
  channel: { kind: 'enum', values: CHANNELS },
  direction: { kind: 'enum', values: ['in', 'out'] },
  source: { kind: 'enum', values: LEAD_SOURCES },
  subject: { kind: 'string', required: true, max: 300 },
  body: { kind: 'text' },
  occurredAt: { kind: 'datetime', required: true },
  durationMin: { kind: 'int', min: 0, max: 1440 },
  contactId: { kind: 'ref', to: 'contacts' },
  companyId: { kind: 'ref', to: 'companies' },
  dealId: { kind: 'ref', to: 'deals' },
  ticketId: { kind: 'ref', to: 'tickets' },
  ownerId: { kind: 'ref', to: 'members' },
  campaignId: { kind: 'ref', to: 'campaigns' },
  response: { kind: 'enum', values: RESPONSE_KINDS },
  step: { kind: 'int', min: 0, max: 50 },
});
