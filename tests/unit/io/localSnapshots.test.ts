import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../../src/io/backupFile.ts';
import { restoreBackup, tableCounts } from '../../../src/store/backup.ts';
import { listLocalSnapshots, localSnapshotBytes, snapshotIfDue, SNAPSHOTS_KEPT } from '../../../src/store/localSnapshots.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));

describe('automatic local snapshots', () => {
  it('takes one a day, keeps the newest few, and each restores the workspace as it was that day', async () => {
    const w = new Workspace(`snap-${Date.now()}`, { tabs: null });
    open.push(w);
    await w.commands.create('contacts', { firstName: 'Day one' });
    await w.docs.flushed();

    expect(await snapshotIfDue(w.db, w.name, at(1))).not.toBeNull();
    // The same day (23 hours later): not due.
    expect(await snapshotIfDue(w.db, w.name, at(2, 8))).toBeNull();
    const counts: number[] = [1];
    for (let day = 2; day <= 5; day++) {
      await w.commands.create('contacts', { firstName: `Day ${day}` });
      await w.docs.flushed();
      counts.push(day);
      expect(await snapshotIfDue(w.db, w.name, at(day, 10)), `day ${day}`).not.toBeNull();
    }
    const list = await listLocalSnapshots(w.db);
    expect(list.map((s) => s.createdAt)).toEqual([at(5, 10), at(4, 10), at(3, 10)].map((d) => d.toISOString()));
    expect(list).toHaveLength(SNAPSHOTS_KEPT);
    expect(list.map((s) => s.counts.contacts)).toEqual([5, 4, 3]);

    // Restoring the oldest kept one brings back day three's three contacts, and the snapshots stay.
    const bytes = (await localSnapshotBytes(w.db, list[2].id))!;
    const { content } = await readBackup(bytes);
    // Kept gzipped: the stored copy is smaller than the backup file it gives back.
    expect(list[2].size).toBeLessThan(bytes.length);
    await restoreBackup(w.db, content);
    expect((await tableCounts(w.db)).contacts).toBe(3);
    expect((await w.db.rows('contacts').toArray()).map((c) => c.firstName).sort()).toEqual(['Day 2', 'Day 3', 'Day one']);
    expect(await listLocalSnapshots(w.db)).toHaveLength(SNAPSHOTS_KEPT);
  });
});
