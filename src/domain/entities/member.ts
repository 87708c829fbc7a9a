import { defineRecordType, type BaseRecord } from '../recordType.ts';

export const ROLES = ['sales', 'support', 'marketing', 'manager', 'admin'] as const;

export interface TeamMember extends BaseRecord {
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  color?: string;
  /** Contacts a marketer may reach per week: the capacity for contact optimisation. */
  capacity?: number;
  /** Support skill 1-10 by key: `lang:ru`, `topic:billing`; the best-skill ticket strategy reads it. */
  skills?: Record<string, number>;
  /** Open tickets a support agent can hold; automatic assignment passes over an agent at it. */
  ticketCapacity?: number;
  /** Monthly sales target by 'YYYY-MM' (or '*': every month), minor units of the reporting currency; see src/domain/deals/targets.ts. */
  salesTargets?: Record<string, number>;
}

export const TeamMemberType = defineRecordType<TeamMember>('members', 'Team member', {
  name: { kind: 'string', required: true },
  email: { kind: 'email', required: true },
  role: { kind: 'enum', values: ROLES, required: true },
  color: { kind: 'string', max: 16 },
  capacity: { kind: 'int', min: 0 },
  skills: { kind: 'json' },
  ticketCapacity: { kind: 'int', min: 0 },
  salesTargets: { kind: 'json' },
});
