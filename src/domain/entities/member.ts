import { defineRecordType, type BaseRecord } from '../recordType.ts';

export const ROLES = ['sales', 'support', 'marketing', 'manager', 'admin'] as const;

export interface TeamMember extends BaseRecord {
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  color?: string;
  /** Contacts a marketer may reach per week: the capacity for contact optimisation. */
  capacity?: number;
}

export const TeamMemberType = defineRecordType<TeamMember>('members', 'Team member', {
  name: { kind: 'string', required: true },
  email: { kind: 'email', required: true },
  role: { kind: 'enum', values: ROLES, required: true },
  color: { kind: 'string', max: 16 },
  capacity: { kind: 'int', min: 0 },
});
