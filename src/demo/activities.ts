/**
 * The interaction log: activity around every deal, a reply for every ticket
 * being worked on, and ongoing account contact, over three years, in office hours.
 */
import { contactName, type Activity } from '../domain/entities/index.ts';
import type { Channel } from '../domain/entities/sources.ts';
import { CATALOG } from './catalog.ts';
import type { CompanyMeta } from './companies.ts';
import type { DemoContext } from './context.ts';
import type { DealMeta } from './deals.ts';
import type { Locale } from './locales/index.ts';
import type { Commerce } from './orders.ts';
import type { ContactMeta } from './people.ts';
import { Weighted, type Rng } from './random.ts';
import type { TicketMeta } from './support.ts';
import { iso } from './time.ts';

type Kind = Activity['type'];
type Key = 'call_out' | 'call_in' | 'email_out' | 'email_in' | 'meeting' | 'note' | 'message_in' | 'message_out';

/** Subjects as the rep would log them, in the customer's language. Slots: {who} {company} {deal} {product} {city} {q} {year}. */
const SUBJECTS: Readonly<Record<Locale, Readonly<Record<Key, readonly string[]>>>> = {
  en: {
    call_out: ['Intro call with {who}', 'Follow-up call re: {deal}', 'Discussed renewal terms with {who}', 'Left voicemail for {who}', 'Check-in call after delivery', 'Pricing call with {company}'],
    call_in: ['Inbound call: pricing question', '{who} called about order status', 'Call from {who}: wants a demo', 'Inbound call about an invoice'],
    email_out: ['Proposal for {company}', 'Quote for {product}', 'Re: next steps', 'Meeting recap and next steps', 'Following up on our call', 'Updated price list {year}', 'New in the catalogue: {product}'],
    email_in: ['Re: Proposal for {company}', 'Question about volume pricing', 'Request for a demo', 'Re: Quote for {product}', 'Delivery date for our order?'],
    meeting: ['Demo for {company}', 'Quarterly business review with {company}', 'On-site visit in {city}', 'Kick-off meeting', 'Contract negotiation with {who}', 'Product walkthrough: {product}'],
    note: ['Budget approved for Q{q}', 'Decision maker is {who}', 'Prefers contact by phone', 'Competitor quoted a lower price', 'Follow up after the holidays', 'Interested in {product}', 'Asked for net-30 payment terms'],
    message_in: ['Quick question about delivery', 'Is the {product} in stock?', 'Can we move the call to tomorrow?'],
    message_out: ['Sent catalogue link', 'Confirmed meeting time', 'Shared tracking number'],
  },
  ru: {
    call_out: ['Знакомство по телефону: {who}', 'Звонок по сделке «{deal}»', 'Обсудили условия продления: {who}', 'Не дозвонился, оставил сообщение', 'Звонок после доставки', 'Обсуждение цен с {company}'],
    call_in: ['Входящий звонок: вопрос по ценам', '{who}: звонок по статусу заказа', 'Звонок от {who}: хотят демо', 'Входящий звонок по счёту'],
    email_out: ['Коммерческое предложение для {company}', 'КП на {product}', 'Re: дальнейшие шаги', 'Итоги встречи и следующие шаги', 'По итогам нашего звонка', 'Обновлённый прайс-лист {year}', 'Новинка в каталоге: {product}'],
    email_in: ['Re: Коммерческое предложение', 'Вопрос по оптовым ценам', 'Запрос демонстрации', 'Re: КП на {product}', 'Когда доставка нашего заказа?'],
    meeting: ['Демонстрация для {company}', 'Квартальная встреча с {company}', 'Выезд к клиенту, г. {city}', 'Стартовая встреча по проекту', 'Переговоры по договору: {who}', 'Презентация: {product}'],
    note: ['Бюджет одобрен на {q} кв.', 'ЛПР: {who}', 'Предпочитает связь по телефону', 'Конкурент предложил цену ниже', 'Вернуться после праздников', 'Интересуется: {product}', 'Просит отсрочку платежа 30 дней'],
    message_in: ['Вопрос по доставке', 'Есть ли в наличии {product}?', 'Можно перенести звонок на завтра?'],
    message_out: ['Отправил ссылку на каталог', 'Подтвердил время встречи', 'Отправил трек-номер'],
  },
  zh: {
    call_out: ['与{who}初次电话沟通', '就“{deal}”电话跟进', '与{who}讨论续约条款', '未接通，已留言', '到货后电话回访', '与{company}沟通价格'],
    call_in: ['来电：询问价格', '{who}来电询问订单状态', '{who}来电：希望安排演示', '来电咨询发票问题'],
    email_out: ['{company}的报价方案', '{product}报价', '回复：下一步计划', '会议纪要及后续安排', '电话沟通后的跟进', '{year}年最新价目表', '新品上架：{product}'],
    email_in: ['回复：报价方案', '咨询批量价格', '申请产品演示', '回复：{product}报价', '我们的订单什么时候发货？'],
    meeting: ['为{company}做产品演示', '与{company}的季度业务回顾', '{city}客户现场拜访', '项目启动会', '与{who}进行合同谈判', '{product}产品讲解'],
    note: ['第{q}季度预算已批准', '决策人是{who}', '客户偏好电话联系', '竞争对手报价更低', '节后再跟进', '对{product}感兴趣', '要求30天账期'],
    message_in: ['咨询配送问题', '{product}有现货吗？', '电话能改到明天吗？'],
    message_out: ['已发送产品目录链接', '已确认会议时间', '已发送物流单号'],
  },
};

const DEAL_KINDS = Weighted.of<Kind>([['call', 30], ['email', 35], ['meeting', 15], ['note', 15], ['message', 5]]);
const ACCOUNT_KINDS = Weighted.of<Kind>([['email', 40], ['call', 25], ['message', 15], ['note', 12], ['meeting', 8]]);
const MESSAGE_CHANNEL: Readonly<Record<Locale, Weighted<Channel>>> = {
  en: Weighted.of<Channel>([['chat', 45], ['sms', 25], ['social', 15], ['messenger', 15]]),
  ru: Weighted.of<Channel>([['messenger', 70], ['sms', 15], ['chat', 15]]),
  zh: Weighted.of<Channel>([['messenger', 80], ['chat', 10], ['sms', 10]]),
};
const NOTE_CHANNEL = Weighted.of<Channel>([['phone', 45], ['meeting', 30], ['email', 25]]);
const VOICEMAIL = /voicemail|Не дозвонился|未接通/;
const FILLERS = /\{(who|company|deal|product|city|q|year)\}/g;

interface Subject {
  contact: ContactMeta;
  company: CompanyMeta | null;
  deal: DealMeta | null;
}

export function makeActivities(ctx: DemoContext, contacts: ContactMeta[], companies: CompanyMeta[], deals: DealMeta[], tickets: TicketMeta[], commerce: Commerce): Activity[] {
  const rng = ctx.rng('activities');
  const id = ctx.ids('activities');
  const t = ctx.time;
  const total = ctx.count(30_000, 20);
  const durables = CATALOG.filter((it) => it.durable).map((it) => it.name);
  const out: Activity[] = [];

  const log = (s: Subject, kind: Kind, ms: number, ownerId: string | undefined) => {
    const c = s.contact;
    const loc = c.locale;
    let key: Key;
    let direction: Activity['direction'];
    let channel: Channel | undefined;
    switch (kind) {
      case 'call':
        direction = rng.chance(0.65) ? 'out' : 'in';
        key = direction === 'out' ? 'call_out' : 'call_in';
        channel = 'phone';
        break;
      case 'email':
        direction = rng.chance(0.6) ? 'out' : 'in';
        key = direction === 'out' ? 'email_out' : 'email_in';
        channel = 'email';
        break;
      case 'message':
        direction = rng.chance(0.55) ? 'in' : 'out';
        key = direction === 'in' ? 'message_in' : 'message_out';
        channel = MESSAGE_CHANNEL[loc].pick(rng);
        break;
      case 'meeting':
        key = 'meeting';
        channel = 'meeting';
        break;
      default:
        key = 'note';
        // A note has no channel; the draw stays so the rest of the seeded workspace is unchanged.
        NOTE_CHANNEL.pick(rng);
    }
    const at = iso(ms);
    const a: Activity = {
      id: id(ms),
      createdAt: at,
      updatedAt: at,
      type: kind,
      ...(channel ? { channel } : {}),
      subject: fillSubject(rng, rng.pick(SUBJECTS[loc][key]), s, ms, durables),
      occurredAt: at,
    };
    if (direction) a.direction = direction;
    // Inbound first touches carry the source that brought the person in, for attribution.
    if (direction === 'in' && c.rec.source && c.rec.source !== 'import' && rng.chance(0.3)) a.source = c.rec.source;
    if (kind === 'call') a.durationMin = VOICEMAIL.test(a.subject) ? 1 : Math.max(1, Math.min(90, Math.round(rng.logNormal(6, 0.8))));
    if (kind === 'meeting') a.durationMin = rng.pick([30, 30, 45, 60, 60, 90]);
    a.contactId = c.rec.id;
    if (s.company) a.companyId = s.company.rec.id;
    if (s.deal) a.dealId = s.deal.rec.id;
    if (ownerId) a.ownerId = ownerId;
    out.push(a);
  };

  // Ticket replies: one per ticket that reached processing, at the time it was processed or closed.
  const ticketActs: Activity[] = [];
  for (const tk of tickets) {
    if (!tk.rec.processingAt) continue;
    const ms = Date.parse(tk.rec.closedAt ?? tk.rec.processingAt);
    const ch = tk.rec.channel;
    const kind: Kind = ch === 'phone' ? 'call' : ch === 'messenger' || ch === 'chat' ? 'message' : 'email';
    const at = iso(ms);
    const a: Activity = {
      id: id(ms),
      createdAt: at,
      updatedAt: at,
      type: kind,
      channel: kind === 'call' ? 'phone' : kind === 'email' ? 'email' : ch,
      direction: 'out',
      subject: `Re: ${tk.rec.subject}`.slice(0, 300),
      occurredAt: at,
      ticketId: tk.rec.id,
      contactId: tk.rec.contactId,
    };
    if (tk.rec.resolution) a.body = tk.rec.resolution;
    if (kind === 'call') a.durationMin = rng.range(3, 25);
    if (tk.rec.companyId) a.companyId = tk.rec.companyId;
    if (tk.assignee) a.ownerId = tk.assignee.rec.id;
    ticketActs.push(a);
  }

  // Deal work between opening and closing.
  for (const d of deals) {
    const c = contacts[d.contact];
    const s: Subject = { contact: c, company: d.company >= 0 ? companies[d.company] : null, deal: d };
    const endMs = d.closedMs ?? t.nowMs;
    const k = Math.min(2 + rng.poisson(2.2), total - ticketActs.length - out.length);
    for (let j = 0; j < k; j++) {
      const day = t.sampleDay(rng, 'work', t.dayOf(d.createdMs), t.dayOf(endMs));
      const ms = Math.min(endMs, Math.max(d.createdMs, t.workTime(rng, day, c.place.utcOffset)));
      log(s, j === 0 && rng.chance(0.5) ? 'call' : DEAL_KINDS.pick(rng), ms, d.owner.rec.id);
    }
  }

  // Account contact fills the rest: customers hear from us more than cold names do.
  const weights = contacts.map((_, i) => {
    const st = commerce.customers[i];
    return 1 + (st ? Math.min(20, st.orders.length) * 0.3 : 0);
  });
  const who = new Weighted(
    contacts.map((_, i) => i),
    weights,
  );
  const rest = total - ticketActs.length - out.length;
  for (let j = 0; j < rest; j++) {
    const c = contacts[who.pick(rng)];
    const s: Subject = { contact: c, company: c.company >= 0 ? companies[c.company] : null, deal: null };
    const day = t.sampleDay(rng, 'work', t.dayOf(c.createdMs), t.days - 1);
    const ms = Math.max(c.createdMs, t.workTime(rng, day, c.place.utcOffset));
    log(s, ACCOUNT_KINDS.pick(rng), ms, c.owner.rec.id);
  }
  return out.concat(ticketActs.slice(0, Math.max(0, total - out.length)));
}

function fillSubject(rng: Rng, tpl: string, s: Subject, ms: number, products: readonly string[]): string {
  const c = s.contact;
  return tpl.replace(FILLERS, (_, k: string) => {
    switch (k) {
      case 'who':
        return c.locale === 'en' ? c.rec.firstName : contactName(c.rec);
      case 'company':
        return s.company ? s.company.short : contactName(c.rec);
      case 'deal':
        return s.deal ? s.deal.rec.title.split(' — ')[0] : rng.pick(products);
      case 'product':
        return rng.pick(products);
      case 'city':
        return c.rec.city ?? '';
      case 'q':
        return String(Math.floor(new Date(ms).getUTCMonth() / 3) + 1);
      default:
        return String(new Date(ms).getUTCFullYear());
    }
  });
}

