import { describe, expect, it } from 'vitest';
import { STORED_PER_FILE_BYTE, storageFit } from '../../../src/domain/storageFit.ts';

const MB = 1024 * 1024;

describe('storageFit', () => {
  it('says nothing when the browser gives no estimate', () => {
    expect(storageFit(10 * MB, 'import', null)).toEqual({ kind: 'unknown' });
    expect(storageFit(10 * MB, 'import', { usage: 5 })).toEqual({ kind: 'unknown' });
  });

  it('scales the file to what it takes once stored, and compares with the free space', () => {
    const need = 10 * MB * STORED_PER_FILE_BYTE.import;
    expect(storageFit(10 * MB, 'import', { usage: 100 * MB, quota: 100 * MB + need * 2 })).toEqual({ kind: 'fits', need, free: need * 2 });
    expect(storageFit(10 * MB, 'import', { usage: 0, quota: need + 1 })).toEqual({ kind: 'tight', need, free: need + 1 });
    expect(storageFit(10 * MB, 'import', { usage: 0, quota: need - 1 })).toEqual({ kind: 'wontFit', need, free: need - 1 });
  });

  it('a restore needs less per byte than an import, and a full disk leaves no room', () => {
    expect(STORED_PER_FILE_BYTE.restore).toBeLessThan(STORED_PER_FILE_BYTE.import);
    expect(storageFit(1, 'restore', { usage: 50, quota: 40 })).toEqual({ kind: 'wontFit', need: STORED_PER_FILE_BYTE.restore, free: 0 });
  });
});
