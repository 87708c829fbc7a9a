import { command } from '../commands.ts';
import { PRIORITIES, WORKSPACE_SETTINGS_ID, type WorkspaceSettings } from '../entities/index.ts';
import { fieldIssue } from '../fields.ts';
import { ValidationError, type FieldIssue } from '../validation.ts';
import { DEFAULT_SLA, type SlaTarget } from './sla.ts';

type Priority = (typeof PRIORITIES)[number];
export type SlaTargets = Record<Priority, SlaTarget>;

const MINUTE = 60_000;
/** A target longer than a year is a typo, not a service level. */
export const MAX_SLA_MS = 365 * 24 * 60 * MINUTE;

/** The workspace's targets: what Settings stored for each priority, the defaults for the rest. */
export function slaTargets(settings: Pick<WorkspaceSettings, 'sla'> | undefined): SlaTargets {
  const out = { ...DEFAULT_SLA };
  for (const p of PRIORITIES) {
    const t = settings?.sla?.[p];
    if (t && t.firstResponse > 0 && t.resolution > 0) out[p] = { firstResponse: t.firstResponse, resolution: t.resolution };
  }
  return out;
}

/** Every problem with a set of targets, named by `sla.<priority>.<clock>`: whole minutes from 1 minute to a year, first response no later than resolution. */
export function slaIssues(targets: SlaTargets): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const p of PRIORITIES) {
    const t = targets[p];
    let ok = true;
    for (const clock of ['firstResponse', 'resolution'] as const) {
      const ms = t?.[clock];
      if (typeof ms !== 'number' || !Number.isInteger(ms / MINUTE) || ms < MINUTE || ms > MAX_SLA_MS) {
        issues.push(fieldIssue(`sla.${p}.${clock}`, 'slaRange', { max: MAX_SLA_MS / 3_600_000 }));
        ok = false;
      }
    }
    if (ok && t.firstResponse > t.resolution) issues.push(fieldIssue(`sla.${p}.firstResponse`, 'slaOrder'));
  }
  return issues;
}

/**
 * Sets the workspace's SLA targets for every priority at once (ms from
 * receipt). Stored on the shared settings record, so every device measures
 * against the same targets; any bad value is named and nothing is written.
 */
export const setSlaTargets = command(['settings'], (tx, a: { targets: SlaTargets }) => {
  const issues = slaIssues(a.targets);
  if (issues.length) throw new ValidationError('Workspace settings', issues);
  const sla = Object.fromEntries(PRIORITIES.map((p) => [p, { firstResponse: a.targets[p].firstResponse, resolution: a.targets[p].resolution }]));
  tx.ensure('settings', WORKSPACE_SETTINGS_ID, {});
  return tx.update('settings', WORKSPACE_SETTINGS_ID, { sla });
});

export const slaCommands = {
  'settings.setSla': setSlaTargets,
};
