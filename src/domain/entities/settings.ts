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

export const WORKSPACE_SETTINGS_ID = 'workspace';

export const WorkspaceSettingsType = defineRecordType<WorkspaceSettings>('settings', 'Workspace settings', {
  sla: { kind: 'json' },
});
