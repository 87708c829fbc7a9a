import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentIssues, MAX_ATTACHMENT_BYTES, previewKind } from '../../../src/domain/attachments.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { deleteAttachment, putAttachment } from '../../../src/store/attachments.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('attachments', () => {
  it('refuses files over the cap or over the free space, naming the file', () => {
    expect(attachmentIssues('a.pdf', MAX_ATTACHMENT_BYTES, null)).toEqual([]);
    expect(attachmentIssues('a.pdf', MAX_ATTACHMENT_BYTES + 1, null)).toEqual([expect.objectContaining({ field: 'a.pdf', code: 'fileTooLarge', params: { size: MAX_ATTACHMENT_BYTES + 1, max: MAX_ATTACHMENT_BYTES } })]);
    expect(attachmentIssues('a.pdf', 1000, 999)).toEqual([expect.objectContaining({ field: 'a.pdf', code: 'quota' })]);
    expect(attachmentIssues('a.pdf', 1000, 1000)).toEqual([]);
    expect(attachmentIssues('  ', 1, null)).toEqual([expect.objectContaining({ field: 'name', code: 'required' })]);
    expect([previewKind('image/png'), previewKind('application/pdf'), previewKind('image/svg+xml'), previewKind('text/html')]).toEqual(['image', 'pdf', null, null]);
  });

  it('stores a file on its record with size and author, writes nothing when refused, and deletes', async () => {
    const w = new Workspace(`files-${Date.now()}`, { tabs: null });
    open.push(w);
    const c = await w.commands.create('contacts', { firstName: 'Ada', lastName: 'L' });
    const meta = await putAttachment(w.db, 'contacts', c.id, new Blob(['hello'], { type: 'text/plain' }), 'hello.txt', 'm1', null);
    expect(meta).toMatchObject({ collection: 'contacts', recordId: c.id, name: 'hello.txt', type: 'text/plain', size: 5, by: 'm1' });
    const rows = await w.db.attachments.where('[collection+recordId]').equals(['contacts', c.id]).toArray();
    expect(rows.map((r) => r.id)).toEqual([meta.id]);

    await expect(putAttachment(w.db, 'contacts', c.id, new Blob(['x'.repeat(100)]), 'big.bin', null, 10)).rejects.toThrow(ValidationError);
    expect(await w.db.attachments.count()).toBe(1);

    await deleteAttachment(w.db, meta.id);
    expect(await w.db.attachments.count()).toBe(0);
  });
});
