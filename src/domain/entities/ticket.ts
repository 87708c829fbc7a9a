import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { CHANNELS } from './sources.ts';
import { PRIORITIES } from './task.ts';

/** The support lifecycle: receive -> record -> assign -> process -> close (analysis reads the timestamps). */
export const TICKET_STATUSES = ['received', 'recorded', 'assigned', 'in_progress', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What a ticket is about: routes it to agents skilled in the topic and groups the analysis. */
export const TICKET_CATEGORIES = ['billing', 'delivery', 'account', 'product', 'feedback', 'other'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/** Which timestamp field records entering each status. */
export const TICKET_STEP_FIELD: Record<TicketStatus, keyof Ticket> = {
  received: 'receivedAt',
  recorded: 'recordedAt',
  assigned: 'assignedAt',
  in_progress: 'processingAt',
  closed: 'closedAt',
};

export interface Ticket extends BaseRecord {
  subject: string;
  body?: string;
  channel: (typeof CHANNELS)[number];
  status: TicketStatus;
  priority: (typeof PRIORITIES)[number];
  lang?: 'en' | 'ru' | 'zh';
  category?: TicketCategory;
  contactId?: string;
  companyId?: string;
  assigneeId?: string;
  receivedAt: string;
  recordedAt?: string;
  assignedAt?: string;
  processingAt?: string;
  closedAt?: string;
  resolution?: string;
  satisfaction?: number;
  /** Set while the agent waits on the customer's answer; a follow-up rule reacts to it. */
  waitingSince?: string;
  /** How many times a closed ticket was reopened (the analysis's reopen rate). */
  reopenCount?: number;
}

export const TicketType = defineRecordType<Ticket>('tickets', 'Ticket', {
  subject: { kind: 'string', required: true, max: 300 },
  body: { kind: 'text' },
  channel: { kind: 'enum', values: CHANNELS, required: true },
  status: { kind: 'enum', values: TICKET_STATUSES, required: true },
  priority: { kind: 'enum', values: PRIORITIES, required: true },
  lang: { kind: 'enum', values: ['en', 'ru', 'zh'] },
  category: { kind: 'enum', values: TICKET_CATEGORIES },
  contactId: { kind: 'ref', to: 'contacts' },
  companyId: { kind: 'ref', to: 'companies' },
  assigneeId: { kind: 'ref', to: 'members' },
  receivedAt: { kind: 'datetime', required: true },
  recordedAt: { kind: 'datetime' },
  assignedAt: { kind: 'datetime' },
  processingAt: { kind: 'datetime' },
  closedAt: { kind: 'datetime' },
  resolution: { kind: 'text' },
  satisfaction: { kind: 'int', min: 1, max: 5 },
  waitingSince: { kind: 'datetime' },
  reopenCount: { kind: 'int', min: 0 },
});
