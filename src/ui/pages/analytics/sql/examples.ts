import type { MessageKey } from '../../../i18n/index.svelte.ts';

/** Starting points that show the warehouse's tables and types. */
export const EXAMPLES: { label: MessageKey; sql: string }[] = [
  {
    label: 'sql.example.revenue',
    sql: `SELECT date_trunc('month', orderedAt) AS month, currency,
       count(*) AS orders, round(sum(total) / 100, 2) AS revenue
FROM orders
WHERE status = 'paid'
GROUP BY ALL
ORDER BY month DESC, revenue DESC
LIMIT 36;`,
  },
  {
    label: 'sql.example.products',
    sql: `SELECT p.sku, p.name, p.category, sum(l.quantity) AS units
FROM order_lines l JOIN products p ON p.id = l.productId
GROUP BY ALL
ORDER BY units DESC
LIMIT 20;`,
  },
  {
    label: 'sql.example.stages',
    sql: `SELECT stageId, count(*) AS deals, currency, round(sum(amount) / 100) AS amount
FROM deals
GROUP BY ALL
ORDER BY deals DESC;`,
  },
  {
    label: 'sql.example.tickets',
    sql: `SELECT lang, status, count(*) AS tickets,
       round(avg(date_diff('hour', receivedAt, closedAt)), 1) AS hours_to_close
FROM tickets
GROUP BY ALL
ORDER BY lang, tickets DESC;`,
  },
];
