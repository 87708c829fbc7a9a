/** The team's to-do list over the last year: most past tasks done, some overdue, upcoming ones with reminders. */
import { contactName, type Task } from '../domain/entities/index.ts';
import { CATALOG } from './catalog.ts';
import type { CompanyMeta } from './companies.ts';
import { base, type DemoContext } from './context.ts';
import type { DealMeta } from './deals.ts';
import type { Locale } from './locales/index.ts';
import type { ContactMeta } from './people.ts';
import { Weighted } from './random.ts';
import type { Team } from './team.ts';
import { DAY, HOUR, iso } from './time.ts';

const TITLES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Call back {who}', 'Send proposal to {company}', 'Prepare quote for {product}', 'Follow up on unpaid invoice', 'Schedule demo with {company}', 'Check delivery status for {who}', 'Prepare QBR deck for {company}', 'Confirm contract renewal with {company}', 'Send thank-you note to {who}'],
  ru: ['Перезвонить: {who}', 'Отправить КП в {company}', 'Подготовить расчёт на {product}', 'Напомнить об оплате счёта', 'Назначить демо для {company}', 'Проверить статус доставки: {who}', 'Подготовить квартальный отчёт для {company}', 'Согласовать продление договора с {company}', 'Поблагодарить клиента за заказ: {who}'],
  zh: ['回电给{who}', '给{company}发送报价方案', '准备{product}的报价', '跟进未付款发票', '与{company}约演示', '为{who}查询物流状态', '为{company}准备季度回顾材料', '与{company}确认续约事宜', '给{who}发送感谢信'],
};
const PRIORITY = Weighted.of<NonNullable<Task['priority']>>([['low', 15], ['normal', 55], ['high', 22], ['urgent', 8]]);

export function makeTasks(ctx: DemoContext, contacts: ContactMeta[], companies: CompanyMeta[], deals: DealMeta[], team: Team): Task[] {
  const rng = ctx.rng('tasks');
  const id = ctx.ids('tasks');
  const t = ctx.time;
  const n = ctx.count(600, 5);
  const openDeals = deals.filter((d) => d.closedMs === null);
  const durables = CATALOG.filter((it) => it.durable).map((it) => it.name);
  const out: Task[] = [];

  for (let i = 0; i < n; i++) {
    const deal = openDeals.length && rng.chance(0.45) ? rng.pick(openDeals) : null;
    const ci = deal ? deal.contact : rng.int(contacts.length);
    const c = contacts[ci];
    const company = c.company >= 0 ? companies[c.company] : null;
    const from = Math.max(t.dayOf(c.createdMs), deal ? t.dayOf(deal.createdMs) : 0, t.days - 365);
    const createdMs = Math.max(c.createdMs, t.workTime(rng, t.sampleDay(rng, 'work', from, t.days - 1), c.place.utcOffset));
    const dueMs = Math.floor((createdMs + rng.range(1, 21) * DAY) / HOUR) * HOUR;

    let done: boolean;
    let completedMs = 0;
    if (dueMs < t.nowMs) {
      // Stale tasks get cleaned up; the overdue ones are mostly from the last few weeks.
      done = rng.chance(dueMs < t.nowMs - 30 * DAY ? 0.95 : 0.6);
      if (done) completedMs = createdMs + Math.floor(rng.next() * (Math.min(dueMs + 3 * DAY, t.nowMs) - createdMs));
    } else {
      done = rng.chance(0.1);
      if (done) completedMs = createdMs + Math.floor(rng.next() * (t.nowMs - createdMs));
    }
    completedMs = Math.floor(completedMs / 1000) * 1000;

    const who = c.locale === 'en' ? c.rec.firstName : contactName(c.rec);
    const title = rng
      .pick(TITLES[c.locale])
      .replace('{who}', who)
      .replace('{company}', company ? company.short : contactName(c.rec))
      .replace('{product}', rng.pick(durables));
    const assignee = rng.chance(0.15) ? team.pick(rng, 'support', c.locale) : deal ? deal.owner : c.owner;
    const rec: Task = {
      ...base(id(createdMs), createdMs, done ? completedMs : createdMs),
      title,
      status: done ? 'done' : 'open',
      priority: PRIORITY.pick(rng),
      dueAt: iso(dueMs),
      assigneeId: assignee.rec.id,
      contactId: c.rec.id,
    };
    if (rng.chance(0.5)) rec.remindAt = iso(Math.max(createdMs, dueMs - (rng.chance(0.5) ? HOUR : DAY)));
    if (deal) rec.dealId = deal.rec.id;
    if (done) rec.completedAt = iso(completedMs);
    out.push(rec);
  }
  return out;
}
