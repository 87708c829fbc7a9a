import { LIFECYCLES, LOCALES } from '../entities/contact.ts';
import { LEAD_SOURCES } from '../entities/sources.ts';
import { RFM_SEGMENTS } from './rfmSegments.ts';

/**
 * The measures of a customer profile that segment rules may test. Kept here,
 * beside the evaluator, so a rule is validated against the same list the
 * builder offers.
 */
export interface ProfileFieldSpec {
  kind: 'number' | 'enum' | 'text';
  /**
   * Money measures are integer minor units of the reporting currency (USD cents),
   * like every amount in Kith; the rule builder shows and takes major units.
   */
  unit?: 'days' | 'money' | 'count' | 'score' | 'probability' | 'points';
  values?: readonly string[];
}

export const PROFILE_FIELDS = {
  recencyDays: { kind: 'number', unit: 'days' },
  frequency: { kind: 'number', unit: 'count' },
  monetary: { kind: 'number', unit: 'money' },
  avgOrderValue: { kind: 'number', unit: 'money' },
  tenureDays: { kind: 'number', unit: 'days' },
  rScore: { kind: 'number', unit: 'score' },
  fScore: { kind: 'number', unit: 'score' },
  mScore: { kind: 'number', unit: 'score' },
  churnRisk: { kind: 'number', unit: 'probability' },
  leadScore: { kind: 'number', unit: 'points' },
  segment: { kind: 'enum', values: RFM_SEGMENTS },
  lifecycle: { kind: 'enum', values: LIFECYCLES },
  source: { kind: 'enum', values: LEAD_SOURCES },
  locale: { kind: 'enum', values: LOCALES },
  country: { kind: 'text' },
  /** A fixed list of customers (a saved mining cluster or scored list): `contactId in [...]`. */
  contactId: { kind: 'text' },
} as const satisfies Record<string, ProfileFieldSpec>;

export type ProfileField = keyof typeof PROFILE_FIELDS;
export const PROFILE_FIELD_NAMES = Object.keys(PROFILE_FIELDS) as ProfileField[];

/** What a rule sees of a customer: absent measures (no orders yet) are undefined and match no comparison. */
export type ProfileValues = { readonly [K in ProfileField]?: number | string };

export function isProfileField(f: unknown): f is ProfileField {
  return typeof f === 'string' && Object.hasOwn(PROFILE_FIELDS, f);
}
