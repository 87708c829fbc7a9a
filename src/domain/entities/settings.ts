import { defineRecordType, type BaseRecord } from '../recordType.ts';

/**
 * Settings the whole workspace shares (they sync like any record): one record,
 * id WORKSPACE_SETTINGS_ID, written only through named commands that check
 * each value (e.g. `settings.setSla` in src/domain/tickets/slaSettings.ts).
 */
export interface WorkspaceSettings extends BaseRecord {
  /** SLA targets by priority, ms from receipt: { urgent: { firstResponse, resolution }, ... }; absent priorities use the defaults. */
  sla?: Record<string, { firstResponse: number; resolution: number }>;
}

/** The one settings record's id: fixed (ULID-shaped), so every device writes the same record and the CRDT merges them. */
export const WORKSPACE_SETTINGS_ID = '00000000000000000000000000';

export const WorkspaceSettingsType = defineRecordType<WorkspaceSettings>('settings', 'Workspace settings', {
  sla: { kind: 'json' },
});
