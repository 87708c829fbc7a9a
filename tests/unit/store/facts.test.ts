import { describe, expect, it } from 'vitest';
import { decodeLines, decodeOrders, encodeLines, encodeOrders } from '../../../src/store/facts.ts';
import type { Order, OrderLine } from '../../../src/domain/entities/index.ts';

describe('fact batches', () => {
  it('orders and lines round-trip through Arrow IPC, including missing companies and non-Latin text', async () => {
    const orders: Order[] = [
      { id: 'o1', number: 'SO-1', contactId: 'c1', companyId: 'k1', orderedAt: '2025-01-02T10:00:00.000Z', status: 'paid', channel: 'web', currency: 'USD', total: 12345, lineCount: 2 },
      { id: 'o2', number: 'ЗК-2', contactId: 'c2', orderedAt: '2025-02-03T11:00:00.000Z', status: 'refunded', channel: 'sales', currency: 'CNY', total: 990, lineCount: 1 },
    ];
    const lines: OrderLine[] = [
      { orderId: 'o1', productId: 'p1', quantity: 2, unitPrice: 5000 },
      { orderId: 'o1', productId: '打印机', quantity: 1, unitPrice: 2345 },
      { orderId: 'o2', productId: 'p3', quantity: 3, unitPrice: 330 },
    ];
    expect(await decodeOrders(await encodeOrders(orders))).toEqual(orders);
    expect(await decodeLines(await encodeLines(lines))).toEqual(lines);
  });
});
