import { ValidationError } from '../../domain/validation.ts';
import { issueText } from '../i18n/issues.ts';
import { errorText } from './errors.ts';

/** A failed command as a sentence in the UI language: each validation issue through its translation, anything else as it came. */
export function commandErrorText(e: unknown, collection?: string): string {
  if (e instanceof ValidationError) return e.issues.map((i) => issueText(i, collection)).join('; ');
  return errorText(e);
}
