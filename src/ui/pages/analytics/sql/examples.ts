import type { MessageKey } from '../../../i18n/index.svelte.ts';

/** Starting points that show the warehouse's star schema and metric views. */
export const EXAMPLES: { label: MessageKey; sql: string }[] = [
  {
    label: 'sql.example.revenue',
    sql: `-- monthly_revenue: paid orders in USD cents, the dashboard's definition
SELECT month, orders, round(revenue / 100, 2) AS revenue_usd
FROM monthly_revenue
ORDER BY month DESC
LIMIT 36;`,
  },
  {
    label: 'sql.example.products',
    sql: `SELECT p.sku, p.name, p.category, sum(f.quantity) AS units, round(sum(f.amount_rep) / 100) AS revenue_usd
FROM fact_order_lines f JOIN dim_product p USING (productId)
WHERE f.status = 'paid'
GROUP BY ALL
ORDER BY units DESC
LIMIT 20;`,
  },
  {
    label: 'sql.example.stages',
    sql: `SELECT pipelineId, name AS stage, kind, deals, round(amount / 100) AS amount_usd, round(weighted / 100) AS weighted_usd
FROM funnel
ORDER BY pipelineId, position;`,
  },
  {
    label: 'sql.example.tickets',
    sql: `SELECT lang, status, count(*) AS tickets,
       round(avg(date_diff('hour', receivedAt, closedAt)), 1) AS hours_to_close
FROM tickets
GROUP BY ALL
ORDER BY lang, tickets DESC;`,
  },
  {
    label: 'sql.example.profiles',
    sql: `SELECT c.name, c.country, p.recencyDays, p.frequency, round(p.monetary / 100) AS monetary_usd, p.rScore, p.fScore, p.mScore, p.churnRisk
FROM customer_profile p JOIN dim_customer c USING (contactId)
WHERE p.frequency > 0
ORDER BY p.monetary DESC
LIMIT 100;`,
  },
  {
    label: 'sql.example.export',
    sql: `COPY (SELECT * FROM monthly_revenue ORDER BY month) TO 'monthly_revenue.csv' (HEADER);`,
  },
];
