import { orderFactsToRecords, type Order, type OrderFacts, type OrderLine } from '../domain/entities/index.ts';
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
  date: ['date', 'order date', 'ordered at', 'orderedat', 'дата', 'дата заказа', '日期', '下单日期'],
  customer: ['email', 'e-mail', 'customer', 'customer email', 'почта', 'клиент', '邮箱', '客户'],
  sku: ['sku', 'product', 'product code', 'артикул', 'товар', '货号', '商品编码', '产品'],
  quantity: ['quantity', 'qty', 'количество', 'кол-во', '数量'],
  unitPrice: ['unit price', 'price', 'unitprice', 'цена', '单价', '价格'],
  currency: ['currency', 'валюта', '币种', '货币'],
  status: ['status', 'статус', '状态'],
  channel: ['channel', 'канал', '渠道'],
} as const;
export type OrderField = keyof typeof COLUMNS;
/** The fields an orders file maps its columns to, in the wizard's order. */
export const ORDER_FIELDS = Object.keys(COLUMNS) as OrderField[];
const REQUIRED: OrderField[] = ['number', 'date', 'customer', 'sku', 'quantity', 'unitPrice'];

export interface OrdersPlan {
  orders: Order[];
  lines: OrderLine[];
  errors: { row: number; column: string; message: string }[];
}

export interface OrderFactsPlan {
  facts: OrderFacts;
  errors: { row: number; column: string; message: string }[];
}

export interface OrdersOptions {
  contacts: { id: string; email?: string; companyId?: string }[];
  products: { id: string; sku: string }[];
  locale?: NumberLocale;
  currency?: string;
  /** Column header -> order field (null: not imported); by default found from the headers. */
  mapping?: Record<string, string | null>;
}

const STATUSES = new Set(['paid', 'refunded', 'cancelled']);
const CHANNELS = new Set(['web', 'sales', 'partner', 'marketplace']);

/** Column header -> order field, from header names and their synonyms in en/ru/zh. */
export function orderMapping(columns: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const taken = new Set<string>();
  for (const col of columns) {
    const h = foldHeader(col);
    const f = ORDER_FIELDS.find((k) => !taken.has(k) && COLUMNS[k].some((s) => foldHeader(s) === h)) ?? null;
    if (f) taken.add(f);
    out[col] = f;
  }
  return out;
}

/**
 * Reads a text cell once per distinct value: an orders file repeats its
 * dates, quantities, prices, e-mails and SKUs on line after line. Past
 * `limit` distinct values new ones are read without being kept.
 */
function memo<T>(read: (text: string) => T, limit = 200_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined && !seen.has(text)) {
      v = read(text);
      if (seen.size < limit) seen.set(text, v);
    }
    return v as T;
  };
}

const clean = (text: string | undefined): string => {
  if (!text) return '';
  return (text.charCodeAt(0) === 39 ? unneutralise(text) : text).trim();
};

/**
 * An orders file, one line per order line, to columnar facts: lines with the
 * same order number make one order. Customers are matched by e-mail and
 * products by SKU; an unknown one is an error naming the row and column.
 * One pass, no object per line (1,000,000 lines plan in about a second).
 */
export function planOrderFacts(table: Table, options: OrdersOptions): OrderFactsPlan {
  const locale = options.locale ?? 'en';
  const mapping = options.mapping ?? orderMapping(table.columns);
  const idx = {} as Record<OrderField, number>;
  for (const k of ORDER_FIELDS) idx[k] = table.columns.findIndex((c) => mapping[c] === k);
  const errors: OrderFactsPlan['errors'] = [];
  for (const k of REQUIRED) if (idx[k] < 0) errors.push({ row: 0, column: k, message: `no column for ${k} (expected a header like "${COLUMNS[k][0]}")` });
  const rows = table.rows;
  const n = rows.length;
  const productIds = options.products.map((p) => p.id);
  const orders: OrderFacts['orders'] = { id: [], number: [], contactId: [], companyId: [], orderedAt: [], status: [], channel: [], currency: [], total: new Float64Array(0), lineCount: new Int32Array(0) };
  if (errors.length) return { facts: { orders, lines: emptyLines(), productIds }, errors };

  const contactByEmail = new Map<string, number>();
  options.contacts.forEach((c, i) => c.email && contactByEmail.set(emailKey(c.email), i));
  const productBySku = new Map<string, number>();
  options.products.forEach((p, i) => productBySku.set(p.sku.trim().toLowerCase(), i));
  const contactOf = memo((t) => contactByEmail.get(emailKey(t)) ?? -1, 50_000);
  const productOf = memo((t) => productBySku.get(t.toLowerCase()) ?? -1, 50_000);
  const slash = slashOrder(rows.slice(0, 5000).map((r) => r[idx.date] ?? '')) ?? (locale === 'en' ? 'mdy' : 'dmy');
  const dateOf = memo((t) => {
    const d = parseDate(t, slash);
    return d ? isoDateTime(d) : null;
  });
  const qtyOf = memo((t) => parseNumber(t, locale));
  const priceOf = memo((t) => parseMoney(t, locale));
  const currencyOf = memo((t) => (t || options.currency || 'USD').toUpperCase());

  const lineOrder = new Int32Array(n);
  const lineProduct = new Int32Array(n);
  const lineQty = new Int32Array(n);
  const linePrice = new Float64Array(n);
  let total = new Float64Array(1024);
  let lineCount = new Int32Array(1024);
  const orderByNumber = new Map<string, number>();
  const now = Date.now();
  let lines = 0;
  let lastNumber = '';
  let lastOrder = -1;
  const col = (k: OrderField) => table.columns[idx[k]] ?? k;

  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const row = i + 1;
    const number = clean(r[idx.number]);
    if (!number) {
      errors.push({ row, column: col('number'), message: 'is required' });
      continue;
    }
    const email = clean(r[idx.customer]);
    const sku = clean(r[idx.sku]);
    const qtyText = clean(r[idx.quantity]);
    const priceText = clean(r[idx.unitPrice]);
    const dateText = clean(r[idx.date]);
    const c = contactOf(email);
    const p = productOf(sku);
    const qty = qtyOf(qtyText);
    const price = priceOf(priceText);
    const d = dateOf(dateText);
    const status = idx.status >= 0 ? clean(r[idx.status]).toLowerCase() || 'paid' : 'paid';
    const channel = idx.channel >= 0 ? clean(r[idx.channel]).toLowerCase() || 'web' : 'web';
    const before = errors.length;
    if (c < 0) errors.push({ row, column: col('customer'), message: `no contact with the e-mail "${email}"` });
    if (p < 0) errors.push({ row, column: col('sku'), message: `no product with the SKU "${sku}"` });
    if (qty === null || !Number.isInteger(qty) || qty <= 0 || qty > 0x7fffffff) errors.push({ row, column: col('quantity'), message: `"${qtyText}" is not a whole quantity above 0` });
    if (price === null) errors.push({ row, column: col('unitPrice'), message: `"${priceText}" is not an amount` });
    if (!d) errors.push({ row, column: col('date'), message: `"${dateText}" is not a date` });
    if (!STATUSES.has(status)) errors.push({ row, column: col('status'), message: `"${status}" is not one of paid, refunded, cancelled` });
    if (!CHANNELS.has(channel)) errors.push({ row, column: col('channel'), message: `"${channel}" is not one of web, sales, partner, marketplace` });
    if (errors.length > before) continue;

    let o = number === lastNumber ? lastOrder : (orderByNumber.get(number) ?? -1);
    if (o < 0) {
      o = orders.id.length;
      orderByNumber.set(number, o);
      const contact = options.contacts[c];
      orders.id.push(ulid(now + o));
      orders.number.push(number);
      orders.contactId.push(contact.id);
      orders.companyId.push(contact.companyId ?? '');
      orders.orderedAt.push(d!);
      orders.status.push(status as Order['status']);
      orders.channel.push(channel as Order['channel']);
      orders.currency.push(currencyOf(idx.currency >= 0 ? clean(r[idx.currency]) : ''));
      if (o >= total.length) {
        total = grow(total, new Float64Array(total.length * 2));
        lineCount = grow(lineCount, new Int32Array(lineCount.length * 2));
      }
    }
    lastNumber = number;
    lastOrder = o;
    total[o] += qty! * price!;
    lineCount[o]++;
    lineOrder[lines] = o;
    lineProduct[lines] = p;
    lineQty[lines] = qty!;
    linePrice[lines] = price!;
    lines++;
  }
  const count = orders.id.length;
  orders.total = total.slice(0, count);
  orders.lineCount = lineCount.slice(0, count);
  return {
    facts: { orders, lines: { order: lineOrder.slice(0, lines), product: lineProduct.slice(0, lines), quantity: lineQty.slice(0, lines), unitPrice: linePrice.slice(0, lines) }, productIds },
    errors,
  };
}

function grow<A extends Float64Array | Int32Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

function emptyLines(): OrderFacts['lines'] {
  return { order: new Int32Array(0), product: new Int32Array(0), quantity: new Int32Array(0), unitPrice: new Float64Array(0) };
}

/** The same plan as records: for small files and tests. */
export function planOrders(table: Table, options: OrdersOptions): OrdersPlan {
  const { facts, errors } = planOrderFacts(table, options);
  return { ...orderFactsToRecords(facts), errors };
}
