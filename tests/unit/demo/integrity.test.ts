import { describe, expect, it } from 'vitest';
import { COLLECTIONS, RECORD_TYPES, type CollectionName } from '../../../src/domain/entities/index.ts';
import type { FieldSpec } from '../../../src/domain/fields.ts';
import { CURRENCY_BY_COUNTRY } from '../../../src/demo/money.ts';
import { DAY } from '../../../src/demo/time.ts';
import { CYRILLIC, demo, HAN, NOW_MS } from './fixture.ts';

describe('demo workspace: references and consistency', () => {
  const ws = demo(0.1);
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set(ws.records[c].map((r) => r.id))]));

  it('gives every record a unique id', () => {
    const all = new Set<string>();
    let n = 0;
    for (const c of COLLECTIONS)
      for (const r of ws.records[c]) {
        all.add(r.id);
        n++;
      }
    for (const o of ws.orders) {
      all.add(o.id);
      n++;
    }
    expect(all.size).toBe(n);
  });

  it.each(COLLECTIONS)('resolves every reference of %s', (name) => {
    const fields = RECORD_TYPES[name].fields as Record<string, FieldSpec>;
    const refs = Object.entries(fields).filter(([, s]) => s.kind === 'ref') as [string, Extract<FieldSpec, { kind: 'ref' }>][];
    const dangling: string[] = [];
    for (const r of ws.records[name] as unknown as Record<string, unknown>[]) {
      for (const [f, spec] of refs) {
        const v = r[f];
        if (v !== undefined && !ids.get(spec.to as CollectionName)?.has(v as string)) dangling.push(`${String(r.id)}.${f} -> ${spec.to} ${String(v)}`);
      }
    }
    expect(dangling.slice(0, 5)).toEqual([]);
  });

  it('resolves deal stages, order and line references', () => {
    const stages = new Map(ws.records.pipelines.map((p) => [p.id, new Set(p.stages.map((s) => s.id))]));
    for (const d of ws.records.deals) expect(stages.get(d.pipelineId)?.has(d.stageId)).toBe(true);
    const orderIds = new Set(ws.orders.map((o) => o.id));
    const bad = [
      ...ws.orders.filter((o) => !ids.get('contacts')!.has(o.contactId) || (o.companyId && !ids.get('companies')!.has(o.companyId))),
      ...ws.lines.filter((l) => !orderIds.has(l.orderId) || !ids.get('products')!.has(l.productId)),
    ];
    expect(bad).toEqual([]);
  });

  it('keeps a contact with the company of its orders, tickets and deals', () => {
    const companyOf = new Map(ws.records.contacts.map((c) => [c.id, c.companyId]));
    expect(ws.orders.filter((o) => o.companyId !== companyOf.get(o.contactId))).toEqual([]);
    for (const t of ws.records.tickets) expect(t.companyId).toBe(companyOf.get(t.contactId!));
    for (const d of ws.records.deals) expect(d.companyId).toBe(companyOf.get(d.contactId!));
  });

  it('never dates an order, ticket, deal or activity before its contact was created', () => {
    const created = new Map(ws.records.contacts.map((c) => [c.id, c.createdAt]));
    expect(ws.orders.filter((o) => o.orderedAt < created.get(o.contactId)!)).toEqual([]);
    expect(ws.records.tickets.filter((t) => t.receivedAt < created.get(t.contactId!)!)).toEqual([]);
    expect(ws.records.deals.filter((d) => d.createdAt < created.get(d.contactId!)!)).toEqual([]);
    expect(ws.records.activities.filter((a) => a.contactId && a.occurredAt < created.get(a.contactId)!)).toEqual([]);
    expect(ws.records.tasks.filter((t) => t.contactId && t.createdAt < created.get(t.contactId)!)).toEqual([]);
  });

  it('derives lifecycle from buying: customers bought, churned ones stopped', () => {
    const last = new Map<string, number>();
    for (const o of ws.orders) last.set(o.contactId, Math.max(last.get(o.contactId) ?? 0, Date.parse(o.orderedAt)));
    for (const c of ws.records.contacts) {
      const l = last.get(c.id);
      if (c.lifecycle === 'customer' || c.lifecycle === 'churned') expect(l, c.id).toBeDefined();
      else expect(l, c.id).toBeUndefined();
      if (c.lifecycle === 'churned') expect(NOW_MS - l!).toBeGreaterThan(120 * DAY);
    }
    const openDealContacts = new Set(ws.records.deals.filter((d) => !d.closedAt).map((d) => d.contactId));
    for (const c of ws.records.contacts) if (c.lifecycle === 'prospect') expect(openDealContacts.has(c.id)).toBe(true);
  });

  it('writes people and companies the way their locale does', () => {
    const companies = new Map(ws.records.companies.map((c) => [c.id, c]));
    for (const c of ws.records.contacts) {
      expect(c.locale).toBeDefined();
      expect(c.country).toMatch(/^[A-Z]{2}$/);
      const text = `${c.firstName}${c.lastName ?? ''}`;
      if (c.locale === 'ru') expect(text).toMatch(/^[\u0400-\u04FF -]+$/);
      if (c.locale === 'zh') expect(text).toMatch(/^[\u4E00-\u9FFF]+$/);
      if (c.locale === 'en') expect(text).toMatch(/^[A-Za-z' -]+$/);
      if (c.locale === 'ru') expect(c.phone ?? '+7 ').toMatch(/^\+7 /);
      if (c.locale === 'zh') expect(c.phone ?? '+86 ').toMatch(/^\+86 /);
      const co = c.companyId ? companies.get(c.companyId) : undefined;
      if (co) expect(co.name).toMatch(c.locale === 'ru' ? CYRILLIC : c.locale === 'zh' ? HAN : /^[A-Za-z]/);
    }
    for (const co of ws.records.companies) expect(co.country).toMatch(/^[A-Z]{2}$/);
  });

  it('puts a Russian woman’s surname in the feminine form', () => {
    const femaleFirst = new Set(['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Екатерина', 'Татьяна', 'Ирина']);
    const ru = ws.records.contacts.filter((c) => c.locale === 'ru' && femaleFirst.has(c.firstName));
    expect(ru.length).toBeGreaterThan(10);
    for (const c of ru) expect(c.lastName).not.toMatch(/(ов|ев|ин|ский|цкий|ой)$/);
  });

  it('prices deals and orders in the currency of the customer’s country', () => {
    const country = new Map(ws.records.companies.map((c) => [c.id, c.country!]));
    for (const d of ws.records.deals) if (d.companyId) expect(d.currency).toBe(CURRENCY_BY_COUNTRY[country.get(d.companyId)!]);
    expect(ws.orders.filter((o) => o.companyId && o.currency !== CURRENCY_BY_COUNTRY[country.get(o.companyId)!])).toEqual([]);
  });

  it('links ticket texts to the language of the contact', () => {
    const locale = new Map(ws.records.contacts.map((c) => [c.id, c.locale]));
    for (const t of ws.records.tickets) {
      expect(t.lang).toBe(locale.get(t.contactId!));
      if (t.lang === 'ru') expect(t.body).toMatch(CYRILLIC);
      if (t.lang === 'zh') expect(t.body).toMatch(HAN);
      if (t.lang === 'en') expect(t.body).not.toMatch(CYRILLIC);
    }
  });
});
