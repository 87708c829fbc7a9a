import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { CHANNELS } from './sources.ts';

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'running', 'done'] as const;
/** prospect: leads and prospects; single: one message; multi: a sequence with waits and branches; periodic: re-runs on the live segment. */
export const CAMPAIGN_KINDS = ['prospect', 'single', 'multi', 'periodic'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_GOALS = ['response', 'purchase', 'occasionalToRegular'] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

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
  kind?: CampaignKind;
  goal?: CampaignGoal;
  /** Message versions per contact language ({ en, ru, zh }); `template` is the fallback. */
  templates?: Partial<Record<'en' | 'ru' | 'zh', string>>;
  /** Multi-step sequences (see src/domain/campaigns/steps.ts). */
  steps?: unknown;
  /** Periodic campaigns: days between runs. */
  everyDays?: number;
  /** Target response rate 0..1 and target revenue (minor units) set at creation. */
  targetResponseRate?: number;
  targetRevenue?: number;
  /** Cost of one contact, minor units: contact optimisation weighs it against expected value. */
  costPerContact?: number;
  /** Audiences frozen at launch, one per run (see src/domain/campaigns/audience.ts). */
  runs?: unknown;
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
  kind: { kind: 'enum', values: CAMPAIGN_KINDS },
  goal: { kind: 'enum', values: CAMPAIGN_GOALS },
  templates: { kind: 'json' },
  steps: { kind: 'json' },
  everyDays: { kind: 'int', min: 1, max: 366 },
  targetResponseRate: { kind: 'number', min: 0, max: 1 },
  targetRevenue: { kind: 'money' },
  costPerContact: { kind: 'money' },
  // Frozen audiences: space-separated contact ids, ~27 characters each, so a 100k-contact segment is ~2.7 MB.
  runs: { kind: 'json', max: 8_000_000 },
});
