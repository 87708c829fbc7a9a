import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../../src/ui/lib/errors.ts';

describe('quota errors are recognised however they arrive', () => {
  it('as a DOMException, a cloned error from the worker, or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }))).toBe(true);
    expect(isQuotaError(new Error('AbortError: QuotaExceededError: disk full'))).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
