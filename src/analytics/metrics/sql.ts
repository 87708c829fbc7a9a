import { PER_USD, REPORTING_CURRENCY } from '../../domain/currency.ts';

/**
 * The metrics as SQL views over the warehouse, so a query reads the same numbers as the
 * dashboard, segments and mining. Each view restates one TypeScript definition in this
 * folder, and tests/unit/analytics/metrics.test.ts runs both on the same hand-made data:
 * - purchases        = purchases.ts (paid orders, total converted at the rate valid on the order date, minor units)
 * - monthly_revenue  = monthlyRevenue.ts (per UTC calendar month)
 * - customer_rfm     = rfm.ts (whole days; tenure from the first purchase; quintile scores, ties share a score)
 * - deal_state       = domain/deals/stages.ts isOpenDeal (unknown stage or pipeline: open)
 * - funnel           = domain/deals/funnel.ts (reporting-currency sums per stage)
 *
 * Tables they need: orders(id, contactId, orderedAt TIMESTAMP, status, currency, total),
 * currency_rates(currency, per_usd, valid_from, valid_to), as_of(ts TIMESTAMP),
 * deals(id, pipelineId, stageId, amount, currency), deal_stages(pipelineId, stageId, name, kind, probability, position).
 */
export const METRIC_VIEWS_SQL = `
CREATE OR REPLACE VIEW purchases AS
SELECT o.id AS orderId, o.contactId, o.orderedAt, o.currency, o.total,
       o.total / coalesce(r.per_usd, 1) AS amount
FROM orders o
LEFT JOIN currency_rates r ON r.currency = o.currency AND o.orderedAt >= r.valid_from AND o.orderedAt < r.valid_to
WHERE o.status = 'paid';

CREATE OR REPLACE VIEW monthly_revenue AS
SELECT strftime(orderedAt, '%Y-%m') AS month, round(sum(amount))::BIGINT AS revenue, count(*)::BIGINT AS orders
FROM purchases WHERE orderedAt <= (SELECT ts FROM as_of)
GROUP BY 1;

CREATE OR REPLACE VIEW customer_rfm AS
WITH h AS (
  SELECT contactId, min(orderedAt) AS first_at, max(orderedAt) AS last_at, count(*) AS n, sum(amount) AS total
  FROM purchases WHERE orderedAt <= (SELECT ts FROM as_of)
  GROUP BY contactId
), v AS (
  SELECT contactId,
    greatest(0, floor((epoch_ms((SELECT ts FROM as_of)) - epoch_ms(last_at)) / 86400000))::INTEGER AS recencyDays,
    n::INTEGER AS frequency,
    round(total)::BIGINT AS monetary,
    round(total / n)::BIGINT AS avgOrderValue,
    greatest(0, floor((epoch_ms((SELECT ts FROM as_of)) - epoch_ms(first_at)) / 86400000))::INTEGER AS tenureDays,
    CASE WHEN n > 1 THEN (epoch_ms(last_at) - epoch_ms(first_at)) / 86400000 / (n - 1) END AS purchaseIntervalDays
  FROM h
)
SELECT *,
  (1 + floor(5 * (rank() OVER (ORDER BY recencyDays DESC) - 1) / count(*) OVER ()))::INTEGER AS rScore,
  (1 + floor(5 * (rank() OVER (ORDER BY frequency) - 1) / count(*) OVER ()))::INTEGER AS fScore,
  (1 + floor(5 * (rank() OVER (ORDER BY monetary) - 1) / count(*) OVER ()))::INTEGER AS mScore
FROM v;

CREATE OR REPLACE VIEW deal_state AS
SELECT d.id AS dealId, d.pipelineId, d.stageId, coalesce(s.kind, 'open') AS state, coalesce(s.kind, 'open') = 'open' AS is_open
FROM deals d LEFT JOIN deal_stages s ON s.pipelineId = d.pipelineId AND s.stageId = d.stageId;

CREATE OR REPLACE VIEW funnel AS
SELECT s.pipelineId, s.stageId, s.name, s.kind, s.position, count(d.id)::BIGINT AS deals,
  coalesce(round(sum(d.amount / coalesce(r.per_usd, 1))), 0)::BIGINT AS amount,
  coalesce(round(sum(d.amount / coalesce(r.per_usd, 1) * s.probability)), 0)::BIGINT AS weighted
FROM deal_stages s
LEFT JOIN deals d ON d.pipelineId = s.pipelineId AND d.stageId = s.stageId
LEFT JOIN currency_rates r ON r.currency = d.currency AND (SELECT ts FROM as_of) >= r.valid_from AND (SELECT ts FROM as_of) < r.valid_to
GROUP BY ALL
ORDER BY s.pipelineId, s.position;
`;

/** The rates dimension: units per reporting-currency unit, valid over [valid_from, valid_to). Fixed rates are one open-ended row each. */
export function currencyRatesSql(): string {
  const rows = Object.entries(PER_USD).map(([c, r]) => `('${c}', ${r}, TIMESTAMP '1970-01-01', TIMESTAMP '9999-12-31')`);
  return `CREATE OR REPLACE TABLE currency_rates (currency VARCHAR, per_usd DOUBLE, valid_from TIMESTAMP, valid_to TIMESTAMP);
INSERT INTO currency_rates VALUES ${rows.join(', ')};
CREATE OR REPLACE TABLE reporting_currency AS SELECT '${REPORTING_CURRENCY}' AS currency;`;
}

export function asOfSql(nowMs: number): string {
  return `CREATE OR REPLACE TABLE as_of AS SELECT TIMESTAMP '${new Date(nowMs).toISOString().replace('T', ' ').replace('Z', '')}' AS ts;`;
}
