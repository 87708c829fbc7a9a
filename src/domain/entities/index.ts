import { ActivityType, type Activity } from './activity.ts';
import { CampaignType, type Campaign } from './campaign.ts';
import { CompanyType, type Company } from './company.ts';
import { ContactType, type Contact } from './contact.ts';
import { DealType, type Deal } from './deal.ts';
import { LeadType, type Lead } from './lead.ts';
import { TeamMemberType, type TeamMember } from './member.ts';
import { PipelineType, type Pipeline } from './pipeline.ts';
import { ProductType, type Product } from './product.ts';
import { RuleFiringType, RuleType, type Rule, type RuleFiring } from './rule.ts';
import { SegmentType, type Segment } from './segment.ts';
import { WorkspaceSettingsType, type WorkspaceSettings } from './settings.ts';
import { TaskType, type Task } from './task.ts';
import { TicketType, type Ticket } from './ticket.ts';
import { SavedViewType, type SavedView } from './view.ts';

export * from './activity.ts';
export * from './campaign.ts';
export * from './company.ts';
export * from './contact.ts';
export * from './deal.ts';
export * from './lead.ts';
export * from './member.ts';
export * from './order.ts';
export * from './orderFacts.ts';
export * from './pipeline.ts';
export * from './product.ts';
export * from './rule.ts';
export * from './segment.ts';
export * from './settings.ts';
export * from './sources.ts';
export * from './task.ts';
export * from './ticket.ts';
export * from './view.ts';

/** Every collaborative collection and the record it holds. */
export interface Collections {
  companies: Company;
  contacts: Contact;
  leads: Lead;
  pipelines: Pipeline;
  deals: Deal;
  activities: Activity;
  tasks: Task;
  tickets: Ticket;
  products: Product;
  campaigns: Campaign;
  segments: Segment;
  members: TeamMember;
  rules: Rule;
  ruleFirings: RuleFiring;
  settings: WorkspaceSettings;
  views: SavedView;
}
export type CollectionName = keyof Collections;

export const RECORD_TYPES = {
  companies: CompanyType,
  contacts: ContactType,
  leads: LeadType,
  pipelines: PipelineType,
  deals: DealType,
  activities: ActivityType,
  tasks: TaskType,
  tickets: TicketType,
  products: ProductType,
  campaigns: CampaignType,
  segments: SegmentType,
  members: TeamMemberType,
  rules: RuleType,
  ruleFirings: RuleFiringType,
  settings: WorkspaceSettingsType,
  views: SavedViewType,
} as const;

export const COLLECTIONS = Object.keys(RECORD_TYPES) as CollectionName[];
