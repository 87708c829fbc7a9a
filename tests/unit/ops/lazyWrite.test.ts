import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { command } from '../../../src/domain/commands.ts';
import { DOC_IDS, Workspace } from '../../../src/store/workspace.ts';
import { recordsMap } from '../../../src/store/yrecords.ts';

const STAMP = '2026-03-01T09:00:00.000Z';
let n = 0;
const open: Workspace[] = [];
function workspace(name: string): Workspace {
  const w = new Workspace(name, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** A workspace on disk with a contact and `notes` activities, then a fresh worker's view of it (nothing loaded). */
async function seeded(notes: number): Promise<{ w: Workspace; name: string; contactId: string; noteIds: string[] }> {
  const name = `lazy${++n}-${Date.now()}`;
  const a = workspace(name);
  const contact = await a.commands.create('contacts', { firstName: 'Aaron', lastName: 'Adams' });
  const many = command(['activities'], (tx, k: number) => Array.from({ length: k }, (_, i) => tx.create('activities', { type: 'note', subject: `old ${i}`, contactId: contact.id, occurredAt: STAMP }).id));
  const noteIds = await a.runner.run(many, notes);
  a.close();
  open.splice(open.indexOf(a), 1);
  return { w: workspace(name), name, contactId: contact.id, noteIds };
}

describe('writing before the collections are loaded', () => {
  it('adds a note without loading the activities (or any other collection), and the note merges with them when they load', async () => {
    const { w, name, contactId, noteIds } = await seeded(300);
    const note = await w.commands.create('activities', { type: 'note', subject: 'called back', contactId, occurredAt: STAMP });

    // On disk (row and log) at once, and no doc was read to get there.
    expect(await w.db.rows('activities').get(note.id)).toMatchObject({ subject: 'called back', contactId });
    expect(DOC_IDS.filter((d) => w.docs.isLoaded(d))).toEqual([]);

    // A command that reads the collection sees every record, old and new: it waited for the load.
    const count = command(['activities'], (tx) => tx.all('activities').length);
    expect(await w.runner.run(count, undefined)).toBe(noteIds.length + 1);
    expect(w.docs.isLoaded('activities')).toBe(true);
    expect(recordsMap(await w.docs.get('activities')).get(noteIds[7])).toBeDefined();

    // Another worker reading the workspace from disk finds the old notes and the new one.
    const ids = async () => [...recordsMap(await workspace(name).docs.get('activities')).keys()];
    const seen = await ids();
    expect(seen).toHaveLength(noteIds.length + 1);
    expect(seen).toContain(note.id);

    // Undo still takes the note back, after the load merged it with the rest.
    w.undo.undo();
    await w.docs.flushed();
    expect(await w.db.rows('activities').get(note.id)).toBeUndefined();
    expect(await w.db.rows('activities').count()).toBe(noteIds.length);
    expect(await ids()).not.toContain(note.id);
  });

  it('an edit of an existing record waits for its collection and finds the record', async () => {
    const { w, noteIds } = await seeded(50);
    const edited = await w.commands.update('activities', noteIds[3], { subject: 'renamed' });
    expect(edited).toMatchObject({ id: noteIds[3], subject: 'renamed', type: 'note' });
    expect(await w.db.rows('activities').get(noteIds[3])).toMatchObject({ subject: 'renamed' });
    expect(w.docs.isLoaded('activities')).toBe(true);
    expect(w.docs.isLoaded('contacts')).toBe(false);
  });

  it('a command that swallows the refusal to read still runs again on the loaded collection', async () => {
    const { w, noteIds } = await seeded(20);
    const sneaky = command(['activities'], (tx) => {
      let seen = -1;
      try {
        seen = tx.all('activities').length;
      } catch {
        seen = 0;
      }
      tx.create('activities', { type: 'note', subject: `after ${seen}`, occurredAt: STAMP });
      return seen;
    });
    expect(await w.runner.run(sneaky, undefined)).toBe(noteIds.length);
    const subjects = (await w.db.rows('activities').toArray()).map((a) => a.subject);
    expect(subjects.filter((s) => s === `after ${noteIds.length}`)).toHaveLength(1);
    expect(subjects).not.toContain('after 0');
  });
});
