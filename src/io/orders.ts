import type { Order, OrderLine } from '../domain/entities/index.ts';
import { ulid } from '../domain/ids.ts';
import { parseMoney, parseNumber, type NumberLocale } from '../domain/numbers.ts';
import { emailKey } from '../domain/similarity.ts';
import { unneutralise } from './csv.ts';
import { isoDateTime, parseDate, slashOrder } from './dates.ts';
import { foldHeader } from './synonyms.ts';
import type { Table } from './table.ts';

/** Order-line columns, found by header in en/ru/zh. */
const COLUMNS = {
  number: ['order', 'order number', 'order no', 'order id', 'number', 'заказ', 'номер заказа', '订单', '订单号'],
  date: ['date', 'order date', 'ordered at', 'дата', 'дата заказа', '日期', '下单日期'],
  customer: ['email', 'e-mail', 'customer', 'customer email', 'почта', 'клиент', '邮箱', '客户'],
  sku: ['sku', 'product', 'product code', 'артикул', 'товар', '货号', '商品编码', '产品'],
  quantity: ['quantity', 'qty', 'количество', 'кол-во', '数量'],
  unitPrice: ['unit price', 'price', 'цена', '单价', '价格'],
  currency: ['currency', 'валюта', '币种', '货币'],
  status: ['status', 'статус', '状态'],
  channel: ['channel', 'канал', '渠道'],
} as const;
type Col = keyof typeof COLUMNS;

export interface OrdersPlan {
  orders: Order[];
  lines: OrderLine[];
  errors: { row: number; column: string; message: string }[];
}

const STATUSES = new Set(['paid', 'refunded', 'cancelled']);
const CHANNELS = new Set(['web', 'sales', 'partner', 'marketplace']);

/**
 * An orders file, one line per order line, to facts: lines with the same
 * order number make one order. Customers are matched by e-mail and products
 * by SKU; an unknown one is an error naming the row and column.
 */
export function planOrders(
  table: Table,
  options: { contacts: { id: string; email?: string; companyId?: string }[]; products: { id: string; sku: string }[]; locale?: NumberLocale; currency?: string },
): OrdersPlan {
  const locale = options.locale ?? 'en';
  const idx = {} as Record<Col, number>;
  const folded = table.columns.map(foldHeader);
  for (const [k, syns] of Object.entries(COLUMNS) as [Col, readonly string[]][]) idx[k] = folded.findIndex((h) => syns.some((s) => foldHeader(s) === h));
  const errors: OrdersPlan['errors'] = [];
  for (const k of ['number', 'date', 'customer', 'sku', 'quantity', 'unitPrice'] as Col[])
    if (idx[k] < 0) errors.push({ row: 0, column: k, message: `no column for ${k} (expected a header like "${COLUMNS[k][0]}")` });
  if (errors.length) return { orders: [], lines: [], errors };

  const contactByEmail = new Map(options.contacts.filter((c) => c.email).map((c) => [emailKey(c.email), c]));
  const productBySku = new Map(options.products.map((p) => [p.sku.trim().toLowerCase(), p.id]));
  const slash = slashOrder(table.rows.slice(0, 5000).map((r) => r[idx.date] ?? '')) ?? (locale === 'en' ? 'mdy' : 'dmy');
  const orders = new Map<string, Order>();
  const lines: OrderLine[] = [];
  const now = Date.now();
  // A file repeats each order's date on every line and has few distinct dates: each is read once.
  const dates = new Map<string, string | null>();
  const dateOf = (text: string): string | null => {
    let v = dates.get(text);
    if (v === undefined) {
      const d = parseDate(text, slash);
      dates.set(text, (v = d ? isoDateTime(d) : null));
    }
    return v;
  };
  const cell = (r: string[], k: Col) => (idx[k] >= 0 ? unneutralise(r[idx[k]] ?? '').trim() : '');

  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const row = i + 1;
    const bad = (k: Col, message: string) => errors.push({ row, column: table.columns[idx[k]] ?? k, message });
    const number = cell(r, 'number');
    if (!number) {
      bad('number', 'is required');
      continue;
    }
    const c = contactByEmail.get(emailKey(cell(r, 'customer')));
    const productId = productBySku.get(cell(r, 'sku').toLowerCase());
    const qty = parseNumber(cell(r, 'quantity'), locale);
    const price = parseMoney(cell(r, 'unitPrice'), locale);
    const d = dateOf(cell(r, 'date'));
    const before = errors.length;
    if (!c) bad('customer', `no contact with the e-mail "${cell(r, 'customer')}"`);
    if (!productId) bad('sku', `no product with the SKU "${cell(r, 'sku')}"`);
    if (qty === null || !Number.isInteger(qty) || qty <= 0) bad('quantity', `"${cell(r, 'quantity')}" is not a whole quantity above 0`);
    if (price === null) bad('unitPrice', `"${cell(r, 'unitPrice')}" is not an amount`);
    if (!d) bad('date', `"${cell(r, 'date')}" is not a date`);
    const status = cell(r, 'status').toLowerCase() || 'paid';
    const channel = cell(r, 'channel').toLowerCase() || 'web';
    if (!STATUSES.has(status)) bad('status', `"${status}" is not one of paid, refunded, cancelled`);
    if (!CHANNELS.has(channel)) bad('channel', `"${channel}" is not one of web, sales, partner, marketplace`);
    if (errors.length > before) continue;
    let o = orders.get(number);
    if (!o) {
      o = {
        id: ulid(now + orders.size),
        number,
        contactId: c!.id,
        ...(c!.companyId ? { companyId: c!.companyId } : {}),
        orderedAt: d!,
        status: status as Order['status'],
        channel: channel as Order['channel'],
        currency: (cell(r, 'currency') || options.currency || 'USD').toUpperCase(),
        total: 0,
        lineCount: 0,
      };
      orders.set(number, o);
    }
    o.total += qty! * price!;
    o.lineCount++;
    lines.push({ orderId: o.id, productId: productId!, quantity: qty!, unitPrice: price! });
  }
  return { orders: [...orders.values()], lines, errors };
}
