import { describe, expect, it } from 'vitest';
import { autoMapping, planImport, readTable, toCsv, recordsToGrid, neutralise, type Table } from '../../../src/io/index.ts';
import { DEFAULT_STAGES } from '../../../src/domain/entities/index.ts';

const table = (columns: string[], rows: string[][]): Table => ({ columns, rows, encoding: 'utf-8' });

describe('autoMapping', () => {
  it('maps headers in en, ru and zh with synonyms, full-width and case', () => {
    const cols = ['Имя', 'Фамилия', 'Почта', '电话', 'Ｃｏｍｐａｎｙ', 'День рождения', 'Loyalty tier'];
    expect(autoMapping(cols, 'contacts', true)).toEqual({
      Имя: 'firstName', Фамилия: 'lastName', Почта: 'email', 电话: 'phone', Ｃｏｍｐａｎｙ: 'companyName',
      'День рождения': 'birthday', 'Loyalty tier': 'custom:Loyalty tier',
    });
    expect(autoMapping(['邮箱', '姓名', 'E-Mail'], 'contacts')).toEqual({ 邮箱: 'email', 姓名: 'fullName', 'E-Mail': null });
    expect(autoMapping(['Name', 'Website'], 'companies')).toEqual({ Name: 'name', Website: 'website' });
  });
});

describe('planImport', () => {
  it('names the row and column of every bad cell and writes nothing for those rows', () => {
    const t = table(
      ['First name', 'Email', 'Phone', 'Birthday'],
      [
        ['Ada', 'ada@example.com', '+44 20 7946 0958', '10.12.1815'],
        ['', 'nobody@example.com', '', ''],
        ['Bob', 'not-an-email', '12', '31.02.1990'],
        ['Cy', 'cy@example.com', '', '', 'extra'],
      ],
    );
    const plan = planImport(t, { collection: 'contacts' });
    expect(plan.create).toHaveLength(1);
    expect(plan.createRows).toEqual([1]);
    expect(plan.create[0]).toMatchObject({ firstName: 'Ada', email: 'ada@example.com', phone: '+442079460958', birthday: '1815-12-10' });
    const where = plan.errors.map((e) => `${e.row}:${e.column}`);
    expect(where).toEqual(expect.arrayContaining(['2:First name', '3:Email', '3:Phone', '3:Birthday', '4:(row)']));
    expect(plan.errors.find((e) => e.row === 3 && e.column === 'Email')!.message).toMatch(/email/);
  });

  it('parses amounts and dates per column and locale, deals land in the default pipeline by stage name', () => {
    const t = table(['Title', 'Amount', 'Stage', 'Close date'], [['Big one', '1 500,50 €', 'Proposal', '03/04/2025'], ['Small', '99', '', '25/12/2025']]);
    const plan = planImport(t, { collection: 'deals', locale: 'ru' });
    expect(plan.errors).toEqual([]);
    expect(plan.create[0]).toMatchObject({ title: 'Big one', amount: 150050, currency: 'EUR', stageId: 'proposal', expectedClose: '2025-04-03', pipelineId: 'default' });
    expect(plan.create[1]).toMatchObject({ amount: 9900, currency: 'USD', stageId: DEFAULT_STAGES[0].id, expectedClose: '2025-12-25' });
    const bad = planImport(table(['Title', 'Amount', 'Stage'], [['X', '1,2,3', 'Nowhere']]), { collection: 'deals' });
    expect(bad.errors.map((e) => e.column).sort()).toEqual(['Amount', 'Stage']);
  });

  it('finds duplicates in the file and against existing records', () => {
    const existing = { contacts: [{ id: 'c1', firstName: 'Мария', lastName: 'Петрова', email: 'maria@example.ru', phone: '+79123456789' }], companies: [{ id: 'co1', name: 'Acme Ltd' }] };
    const t = table(
      ['Name', 'Email', 'Phone', 'Company'],
      [
        ['Maria Petrova', 'MARIA@example.ru', '', 'acme ltd'],
        ['Ivan Ivanov', 'ivan@example.ru', '8 912 000-11-22', 'Новая Компания'],
        ['Иван Иванов', 'IVAN@EXAMPLE.RU', '', 'Новая компания'],
        ['Someone', '', '+7 912 345 67 89', ''],
        ['Alexey Smirnov', 'a1@example.ru', '', ''],
        ['Алексей Смирнов', 'a2@example.ru', '', ''],
      ],
    );
    const plan = planImport(t, { collection: 'contacts', existing, locale: 'ru' });
    expect(plan.errors).toEqual([]);
    expect(plan.duplicates).toEqual([
      { row: 1, of: 'c1', by: 'email' },
      { row: 3, of: 2, by: 'email' },
      { row: 4, of: 'c1', by: 'phone' },
      { row: 6, of: 5, by: 'name' },
    ]);
    expect(plan.createRows).toEqual([2, 5, 6]);
    expect(plan.skipped).toEqual([1, 3, 4]);
    expect(plan.newCompanies).toEqual(['Новая Компания']);
    expect(plan.create[0].companyId).toBe('new:0');
  });

  it('updates matched records with only the changed fields, or creates them in upsert mode', () => {
    const existing = { contacts: [{ id: 'c1', firstName: 'Ada', email: 'ada@example.com', city: 'London' }] };
    const t = table(['First name', 'Email', 'City'], [['Ada', 'ADA@example.com', 'Paris'], ['Bo', 'bo@example.com', 'Rome']]);
    const upd = planImport(t, { collection: 'contacts', existing, mode: 'update', matchOn: 'email' });
    expect(upd.update).toEqual([{ id: 'c1', patch: { city: 'Paris' } }]);
    expect(upd.create).toEqual([]);
    expect(upd.skipped).toEqual([2]);
    const ups = planImport(t, { collection: 'contacts', existing, mode: 'upsert', matchOn: 'email' });
    expect(ups.update).toHaveLength(1);
    expect(ups.create.map((c) => c.email)).toEqual(['bo@example.com']);
  });
});

describe('export', () => {
  it('neutralises formula cells but leaves plain negative numbers', () => {
    for (const bad of ['=SUM(A1)', '+1+2', '-1+2', '@cmd', '\tx', '\rx']) expect(neutralise(bad)).toBe(`'${bad}`);
    expect(neutralise('-12.5')).toBe('-12.5');
    expect(neutralise('Ada')).toBe('Ada');
    const csv = toCsv(['a'], [['=HYPERLINK("http://x")']]);
    expect(csv.startsWith('\ufeffa\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('an exported CSV re-imports to the same records', async () => {
    const companies = [{ id: 'co1', name: 'Acme, "Ltd"' }];
    const contacts = [
      { id: 'c1', firstName: 'Ада', lastName: 'Лавлейс', email: 'ada@example.com', phone: '+442079460958', companyId: 'co1', tags: ['vip', 'uk'], notes: 'line 1\nline 2; =not a formula', birthday: '1815-12-10', lifecycle: 'customer', source: 'referral', custom: { Tier: 'Gold' } },
      { id: 'c2', firstName: '伟', lastName: '王', locale: 'zh', country: 'CN', city: '北京', source: 'import', notes: '-5+3' },
    ];
    const grid = recordsToGrid('contacts', contacts, { companies: new Map(companies.map((c) => [c.id, c.name])) });
    const bytes = new TextEncoder().encode(toCsv(grid.columns, grid.rows));
    const t = await readTable(bytes, 'contacts.csv');
    const plan = planImport(t, { collection: 'contacts', existing: { companies } });
    expect(plan.errors).toEqual([]);
    expect(plan.create).toEqual(contacts.map(({ id: _id, ...rest }) => rest));
  });
});

import { planOrders } from '../../../src/io/index.ts';

describe('planOrders', () => {
  it('groups lines into orders by number, matches customers and products, and names bad cells', () => {
    const t = table(
      ['Order', 'Date', 'Email', 'SKU', 'Qty', 'Unit price', 'Currency'],
      [
        ['A-1', '31.01.2025', 'ADA@example.com', 'sku-1', '2', '1 000,50', 'EUR'],
        ['A-1', '31.01.2025', 'ada@example.com', 'SKU-2', '1', '5', 'EUR'],
        ['A-2', '01.02.2025', 'bo@example.com', 'sku-1', '1', '10', 'EUR'],
        ['A-3', '01.02.2025', 'nobody@example.com', 'sku-9', 'x', '10', 'EUR'],
      ],
    );
    const plan = planOrders(t, { contacts: [{ id: 'c1', email: 'ada@example.com', companyId: 'co1' }, { id: 'c2', email: 'bo@example.com' }], products: [{ id: 'p1', sku: 'SKU-1' }, { id: 'p2', sku: 'sku-2' }], locale: 'ru' });
    expect(plan.orders.map((o) => [o.number, o.contactId, o.companyId, o.total, o.lineCount, o.orderedAt])).toEqual([
      ['A-1', 'c1', 'co1', 2 * 100050 + 500, 2, '2025-01-31T00:00:00.000Z'],
      ['A-2', 'c2', undefined, 1000, 1, '2025-02-01T00:00:00.000Z'],
    ]);
    expect(plan.lines).toHaveLength(3);
    expect(plan.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['4:Email', '4:SKU', '4:Qty']);
  });
});
