import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, readBackup, writeBackup, PBKDF2_ITERATIONS } from '../../../src/io/backupFile.ts';
import { restoreBackup, takeBackup } from '../../../src/store/backup.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { encodeLines, encodeOrders, FACTS_DOC, writeBatch } from '../../../src/store/facts.ts';
import { COLLECTIONS } from '../../../src/domain/entities/index.ts';
import type { KithDB } from '../../../src/store/schema.ts';

const open: Workspace[] = [];
let n = 0;
function workspace(): Workspace {
  const w = new Workspace(`bk${++n}-${Date.now()}`);
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Every row of every projected table, in key order: equal checksums mean equal tables. */
async function tables(db: KithDB): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of [...COLLECTIONS, 'orders', 'batches', 'meta']) {
    const rows = await db.table(t).toArray();
    out[t] = JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? Array.from(v).join(',') : v));
  }
  return out;
}

async function seed(w: Workspace) {
  const co = await w.commands.create('companies', { name: 'Acme' });
  const c = await w.commands.create('contacts', { firstName: 'Ada', email: 'ada@example.com', companyId: co.id, birthday: '1815-12-10' });
  await w.commands.update('contacts', c.id, { city: 'London' });
  const gone = await w.commands.create('contacts', { firstName: 'Gone' });
  await w.commands.remove('contacts', gone.id);
  const facts = await w.docs.get(FACTS_DOC);
  const order = { id: 'o1', number: 'N1', contactId: c.id, orderedAt: '2025-01-02T00:00:00.000Z', status: 'paid' as const, channel: 'web' as const, currency: 'EUR', total: 1234, lineCount: 1 };
  const orders = await encodeOrders([order]);
  const lines = await encodeLines([{ orderId: 'o1', productId: 'p1', quantity: 1, unitPrice: 1234 }]);
  facts.transact(() => {
    writeBatch(facts, { id: 'orders-2025Q1', kind: 'orders', rowCount: 1, createdAt: 'x', bytes: orders });
    writeBatch(facts, { id: 'lines-2025Q1', kind: 'lines', rowCount: 1, createdAt: 'x', bytes: lines });
  }, 'user');
  await w.db.meta.put({ key: 'workspace', value: { kind: 'empty', createdAt: '2026-01-01T00:00:00.000Z' } });
  await w.docs.flushed();
}

describe('backup and restore', () => {
  it('restores into an empty database with every table identical, encrypted with a passphrase', async () => {
    const a = workspace();
    await seed(a);
    const before = await tables(a.db);
    const file = await writeBackup(await takeBackup(a.db), a.name, 'correct horse');
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    // The plain text of a record is not in an encrypted file.
    expect(Buffer.from(file).includes(Buffer.from('ada@example.com'))).toBe(false);

    const b = workspace();
    const { content } = await readBackup(file, 'correct horse');
    await restoreBackup(b.db, content);
    expect(await tables(b.db)).toEqual(before);
    expect(await b.db.rows('contacts').count()).toBe(1);
    // The restored docs are the real source: a reopened workspace reads and edits them.
    const ada = (await b.db.rows('contacts').toArray())[0];
    expect(await b.commands.get('contacts', ada.id)).toMatchObject({ city: 'London', birthday: '1815-12-10' });
  });

  it('a wrong passphrase or a damaged file is a clear error and leaves the workspace untouched', async () => {
    const a = workspace();
    await seed(a);
    const plain = await writeBackup(await takeBackup(a.db), a.name);
    const locked = await writeBackup(await takeBackup(a.db), a.name, 'secret');
    const b = workspace();
    await b.commands.create('contacts', { firstName: 'Keep me' });
    await b.docs.flushed();
    const before = await tables(b.db);

    const wrong = await readBackup(locked, 'Secret').then(() => null, (e: unknown) => e);
    expect(wrong).toBeInstanceOf(BackupError);
    expect((wrong as BackupError).code).toBe('passphrase');
    expect((await readBackup(locked).then(() => null, (e: BackupError) => e))?.code).toBe('needs-passphrase');
    const damaged = plain.slice();
    damaged[damaged.length - 10] ^= 0xff;
    expect((await readBackup(damaged).then(() => null, (e: BackupError) => e))?.code).toBe('damaged');
    expect((await readBackup(new TextEncoder().encode('name,email\n')).then(() => null, (e: BackupError) => e))?.code).toBe('not-a-backup');
    expect(await tables(b.db)).toEqual(before);
  });
});
