import type { CsvIssue } from '../../../domain/campaigns/index.ts';
import { ValidationError, type FieldIssue } from '../../../domain/validation.ts';
import { issueText } from '../../i18n/issues.ts';
import { t, type MessageKey } from '../../i18n/index.svelte.ts';
import { date, number } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';

/** Campaign commands say why in `params.why`; each reason has a sentence in every UI language. */
const WHY: Record<string, MessageKey> = {
  noCampaign: 'camp.issue.noCampaign',
  launched: 'camp.issue.launched',
  noMembers: 'camp.issue.noMembers',
  noneLeft: 'camp.issue.noneLeft',
  notInAudience: 'camp.issue.notInAudience',
  notAResponse: 'camp.issue.notAResponse',
  notADate: 'camp.issue.notADate',
  beforeLaunch: 'camp.issue.beforeLaunch',
  notTarget: 'camp.issue.notTarget',
  segmentGone: 'camp.issue.segmentGone',
  segmentInvalid: 'camp.issue.segmentInvalid',
};

function issueLine(i: FieldIssue): string {
  const why = i.params?.why;
  const key = typeof why === 'string' ? WHY[why] : undefined;
  if (!key) return issueText(i, 'campaigns');
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(i.params ?? {})) params[k] = k === 'launch' ? date(String(v)) : typeof v === 'number' ? number(v) : v;
  return t(key, params);
}

/** A failed campaign command or worker call, said in the UI language. */
export function campaignErrorText(e: unknown): string {
  if (e instanceof ValidationError) return e.issues.map(issueLine).join('; ');
  return errorText(e);
}

/** A campaign reason that did not come as an error (a worker's answer). */
export function whyText(why: string, params: Record<string, string | number> = {}): string {
  return WHY[why] ? t(WHY[why], params) : why;
}

/** One bad line of a response file. */
export function csvIssueText(i: CsvIssue): string {
  return t('camp.resp.line', { n: number(i.line), msg: t(`camp.csv.${i.code}`, { value: i.value ?? '' }) });
}
