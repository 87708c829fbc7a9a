import type * as Y from 'yjs';
import { contactProfile, profilesAt } from '../../analytics/campaigns/profileSource.ts';
import type { Contact, Deal, Order, Rule, Ticket } from '../../domain/entities/index.ts';
import { segmentMembers } from '../../domain/segments/rule.ts';
import { listensTo } from '../../domain/rules/evaluate.ts';
import { ruleCommands, type FireResult } from '../../domain/rules/commands.ts';
import type { RuleEvent } from '../../domain/rules/types.ts';
import { sentiment } from '../../mining/sentiment/index.ts';
import type { Workspace } from '../../store/workspace.ts';
import { batchesMap, decodeOrders, FACTS_DOC } from '../../store/facts.ts';
import { changedRecordIds, recordsMap, recordToJSON } from '../../store/yrecords.ts';
import { birthdayEvents, churnEvents, idleDealEvents, orderEvents, recordEvents, SCANNED, segmentEvents, waitingTicketEvents, WATCHED, type Watched } from './events.ts';

type Rec = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };

/**
 * Evaluates event rules in the store worker, on committed changes: this tab's
 * own commands ('user') and updates from the relay ('remote'). Changes another
 * tab made arrive as 'tab' and were evaluated by that tab's worker; changes read
 * from disk ('load') are history. Whatever reaches a rule twice is stopped by
 * the fired-log (see src/domain/rules/commands.ts).
 */
export class RuleEngine {
  private queue: Promise<void> = Promise.resolve();
  private detach: (() => void)[] = [];
  /** Firings made by this engine, newest last (tests and the page's notifications read it). */
  readonly fired: { ruleId: string; eventId: string; result: FireResult }[] = [];
  onError: (e: unknown) => void = (e) => console.error('Kith: rule failed', e);

  constructor(
    private ws: Workspace,
    private clock: () => Date = () => new Date(),
  ) {}

  /**
   * Listens to each watched doc as it loads: a doc changes only once loaded, so no
   * change is missed and no doc is loaded for rules' sake. The facts doc (megabytes
   * of order batches) is the same: an import or a teammate's orders load it.
   */
  start(): void {
    const watched = new Set<string>(WATCHED);
    this.detach.push(
      this.ws.docs.onLoaded((docId, doc) => {
        let handler: ((tr: Y.Transaction) => void) | null = null;
        if (watched.has(docId)) handler = (tr) => this.onTransaction(docId as Watched, doc, tr);
        else if (docId === FACTS_DOC) handler = (tr) => this.onFacts(doc, tr);
        if (!handler) return;
        const h = handler;
        doc.on('afterTransaction', h);
        this.detach.push(() => doc.off('afterTransaction', h));
      }),
    );
  }

  private onFacts(doc: Y.Doc, tr: Y.Transaction): void {
    if (tr.origin !== 'import' && tr.origin !== 'user' && tr.origin !== 'remote') return;
    const map = batchesMap(doc);
    const added: Uint8Array[] = [];
    for (const [type, keys] of tr.changed) {
      if (type !== (map as unknown)) continue;
      for (const k of keys) {
        const m = k ? map.get(k) : undefined;
        const bytes = m?.get('bytes');
        if (m?.get('kind') === 'orders' && bytes instanceof Uint8Array) added.push(bytes);
      }
    }
    if (added.length) this.enqueue(() => this.ordersPlaced(added));
  }

  private async ordersPlaced(batches: Uint8Array[]): Promise<void> {
    const rules = (await this.rules()).filter((r) => r.trigger === 'orderPlaced');
    if (!rules.length) return;
    const orders: Order[] = [];
    for (const b of batches) orders.push(...(await decodeOrders(b)));
    const since = rules.map((r) => r.createdAt).sort()[0];
    for (const e of orderEvents(orders, since)) {
      const listening = rules.filter((r) => e.at >= r.createdAt);
      if (!listening.length) continue;
      const o = orders.find((x) => x.id === e.subjectId)!;
      const full = await this.facts(e, { ...o, createdAt: o.orderedAt, updatedAt: o.orderedAt } as unknown as Rec);
      for (const r of listening) await this.fire(r, full);
    }
  }

  stop(): void {
    for (const d of this.detach) d();
    this.detach = [];
  }

  /** Resolves when every event seen so far has been evaluated. */
  idle(): Promise<void> {
    return this.queue;
  }

  private onTransaction(collection: Watched, doc: Y.Doc, tr: Y.Transaction): void {
    if (tr.origin !== 'user' && tr.origin !== 'remote') return;
    const records = recordsMap(doc);
    const ids = changedRecordIds(tr, records);
    if (!ids.size) return;
    const events: Omit<RuleEvent, 'facts'>[] = [];
    const recs = new Map<string, Rec>();
    for (const id of ids) {
      const m = records.get(id);
      if (!m) continue;
      const rec = recordToJSON(m) as Rec;
      if (rec.deletedAt) continue;
      recs.set(id, rec);
      events.push(...recordEvents(collection, rec));
    }
    if (events.length) this.enqueue(() => this.process(events, recs));
  }

  private enqueue(f: () => Promise<void>): void {
    this.queue = this.queue.then(f).catch((e) => this.onError(e));
  }

  private async rules(): Promise<Rule[]> {
    const doc = await this.ws.docs.get('rules');
    const out: Rule[] = [];
    for (const m of recordsMap(doc).values()) {
      const r = recordToJSON(m) as unknown as Rule;
      if (!r.deletedAt && r.enabled) out.push(r);
    }
    return out;
  }

  private async record(collection: string, id: string | undefined): Promise<Rec | undefined> {
    if (!id) return undefined;
    const m = recordsMap(await this.ws.docs.get(collection)).get(id);
    const r = m ? (recordToJSON(m) as Rec) : undefined;
    return r && !r.deletedAt ? r : undefined;
  }

  /** The facts conditions may test: the record, its contact, the contact's profile and, for tickets, sentiment. */
  private async facts(e: Omit<RuleEvent, 'facts'>, rec: Rec | undefined): Promise<RuleEvent> {
    const facts: Record<string, unknown> = {};
    const subject = rec ?? (await this.record(e.subjectCollection ?? '', e.subjectId));
    for (const [k, v] of Object.entries(subject ?? {})) if (typeof v !== 'object') facts[`record.${k}`] = v;
    const contactId = e.contactId ?? (e.subjectCollection === 'contacts' ? e.subjectId : (subject?.contactId as string | undefined));
    const contact = (await this.record('contacts', contactId)) as unknown as Contact | undefined;
    let ownerId = e.ownerId;
    if (contact) {
      for (const [k, v] of Object.entries(contact)) if (typeof v !== 'object') facts[`contact.${k}`] = v;
      const p = await contactProfile(this.ws.db, contact, this.clock().getTime());
      for (const [k, v] of Object.entries(p)) if (typeof v !== 'object') facts[`profile.${k}`] = v;
      ownerId ??= contact.ownerId;
      if (!ownerId && contact.companyId) ownerId = (await this.record('companies', contact.companyId))?.ownerId as string | undefined;
    }
    ownerId ??= (subject?.ownerId ?? subject?.assigneeId) as string | undefined;
    if (e.subjectCollection === 'tickets' && subject) {
      const s = sentiment(`${subject.subject ?? ''}. ${subject.body ?? ''}`);
      facts.sentiment = s.score;
      facts['sentiment.label'] = s.label;
    }
    return { ...e, contactId: contact?.id ?? contactId, ownerId, facts };
  }

  private async process(events: Omit<RuleEvent, 'facts'>[], recs: Map<string, Rec>): Promise<void> {
    const rules = await this.rules();
    if (!rules.length) return;
    for (const e of events) {
      const listening = rules.filter((r) => listensTo(r, { ...e, facts: {} }));
      if (!listening.length) continue;
      const full = await this.facts(e, e.subjectId ? recs.get(e.subjectId) : undefined);
      // Negative sentiment is an event only when the text is negative.
      if (e.trigger === 'negativeSentiment' && full.facts['sentiment.label'] !== 'negative') continue;
      for (const r of listening) await this.fire(r, full);
    }
  }

  private async fire(rule: Rule, event: RuleEvent): Promise<void> {
    const result = await this.ws.runner.run(ruleCommands['rules.fire'], { ruleId: rule.id, event }, { origin: 'rule', now: this.clock() });
    if (result.fired) this.fired.push({ ruleId: rule.id, eventId: event.id, result });
  }

  /** Rules on time rather than on a change (deal idle, birthday, churn risk, segment entered): run on start and then hourly. */
  scan(): Promise<void> {
    const run = async () => {
      const all = (await this.rules()).filter((r) => SCANNED.has(r.trigger));
      if (!all.length) return;
      const rules = all.filter((r) => r.trigger === 'dealIdle' || r.trigger === 'birthday' || r.trigger === 'ticketWaiting');
      const now = this.clock();
      const events: Omit<RuleEvent, 'facts'>[] = [];
      const idleDays = [...new Set(rules.filter((r) => r.trigger === 'dealIdle').map((r) => r.param ?? 14))];
      if (idleDays.length) {
        const deals = (await this.ws.db.rows('deals').toArray()) as Deal[];
        const last = new Map<string, string>();
        await this.ws.db.rows('activities').where('dealId').above('').each((a) => {
          if (a.dealId && a.occurredAt > (last.get(a.dealId) ?? '')) last.set(a.dealId, a.occurredAt);
        });
        for (const d of idleDays) {
          for (const e of idleDealEvents(deals, last, d, now)) events.push({ ...e, id: `${e.id}:${d}` });
        }
      }
      const waitDays = [...new Set(rules.filter((r) => r.trigger === 'ticketWaiting').map((r) => r.param ?? 2))];
      if (waitDays.length) {
        const waiting = ((await this.ws.db.rows('tickets').toArray()) as Ticket[]).filter((k) => k.waitingSince);
        for (const d of waitDays) events.push(...waitingTicketEvents(waiting, d, now));
      }
      if (rules.some((r) => r.trigger === 'birthday')) events.push(...birthdayEvents((await this.ws.db.rows('contacts').toArray()) as Contact[], now));
      const byProfile = all.filter((r) => r.trigger === 'churnRisk' || r.trigger === 'segmentEntered');
      if (byProfile.length) {
        // Profiles now and as of each rule's creation: a crossing or an entry is a change since the rule existed.
        const { at, contacts, lastOrder } = await profilesAt(this.ws.db, [now.getTime(), ...byProfile.map((r) => Date.parse(r.createdAt))]);
        const owners = new Map(contacts.map((c) => [c.id, c.ownerId]));
        const current = at.get(now.getTime())!;
        for (const r of byProfile) {
          const then = at.get(Date.parse(r.createdAt))!;
          let own: Omit<RuleEvent, 'facts'>[] = [];
          if (r.trigger === 'churnRisk') {
            const riskThen = new Map(then.map((p) => [p.contactId, p.churnRisk]));
            const threshold = r.param ?? 0.7;
            own = churnEvents(current.map((p) => ({ contactId: p.contactId, ownerId: owners.get(p.contactId), riskNow: p.churnRisk, riskThen: riskThen.get(p.contactId), lastOrderAt: lastOrder.get(p.contactId) })), threshold, r.createdAt);
          } else if (r.segmentId) {
            const seg = await this.ws.db.rows('segments').get(r.segmentId);
            const nowM = seg ? segmentMembers(current, seg.rule) : null;
            const thenM = seg ? segmentMembers(then, seg.rule) : null;
            if (nowM?.ok && thenM?.ok) own = segmentEvents(r.segmentId, nowM.members.map((p) => p.contactId), new Set(thenM.members.map((p) => p.contactId)), r.createdAt, owners);
          }
          for (const e of own) await this.fire(r, await this.facts(e, undefined));
        }
      }
      for (const e of events) {
        const listening = rules.filter((r) => listensTo(r, { ...e, facts: {} }) && (r.trigger !== 'dealIdle' || e.id.endsWith(`:${r.param ?? 14}`)) && (r.trigger !== 'ticketWaiting' || e.id.endsWith(`:${r.param ?? 2}`)));
        if (!listening.length) continue;
        const full = await this.facts(e, undefined);
        for (const r of listening) await this.fire(r, full);
      }
    };
    this.enqueue(run);
    return this.queue;
  }
}
