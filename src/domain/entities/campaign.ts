import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { CHANNELS } from './sources.ts';

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'running', 'done'] as const;

export interface Campaign extends BaseRecord {
  name: string;
  status: (typeof CAMPAIGN_STATUSES)[number];
  channel: (typeof CHANNELS)[number];
  segmentId?: string;
  /** Share of the segment held back as a control group, 0..0.5. */
  controlShare: number;
  template?: string;
  startAt?: string;
  endAt?: string;
  /** Integer minor units. */
  budget?: number;
  currency?: string;
  ownerId?: string;
}

export const CampaignType = defineRecordType<Campaign>('campaigns', 'Campaign', {
  name: { kind: 'string', required: true },
  status: { kind: 'enum', values: CAMPAIGN_STATUSES, required: true },
  channel: { kind: 'enum', values: CHANNELS, required: true },
  segmentId: { kind: 'ref', to: 'segments' },
  controlShare: { kind: 'share', required: true, min: 0, max: 0.5 },
  template: { kind: 'text' },
  startAt: { kind: 'datetime' },
  endAt: { kind: 'datetime' },
  budget: { kind: 'money' },
  currency: { kind: 'currency' },
  ownerId: { kind: 'ref', to: 'members' },
});
