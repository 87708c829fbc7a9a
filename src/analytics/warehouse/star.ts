/**
 * The star schema, built inside the warehouse worker from the raw tables (orders,
 * order_lines, the record collections, deal_stages, currency_rates, as_of). Money
 * facts carry both the order's own currency (minor units) and the reporting
 * currency (`*_rep`, minor units, converted at the rate valid on the order date).
 *
 * Facts: fact_order_lines, fact_orders, fact_activities, fact_ticket_events, fact_deals.
 * Dimensions: dim_date, dim_customer, dim_company, dim_product, dim_channel, dim_member,
 * dim_campaign, dim_segment, currency_rates (with validity periods).
 */
export const STAR_SQL = {
  orders: `
CREATE OR REPLACE TABLE fact_orders AS
SELECT o.id AS orderId, o.number, o.contactId, o.companyId, o.orderedAt, CAST(o.orderedAt AS DATE) AS date,
       o.status, o.channel, o.currency, o.total, o.total / coalesce(r.per_usd, 1) AS total_rep, o.lineCount
FROM orders o
LEFT JOIN currency_rates r ON r.currency = o.currency AND o.orderedAt >= r.valid_from AND o.orderedAt < r.valid_to;

CREATE OR REPLACE TABLE fact_order_lines AS
SELECT l.orderId, l.productId, o.contactId, o.companyId, o.orderedAt, o.date, o.status, o.channel, o.currency,
       l.quantity, l.unitPrice, l.quantity * l.unitPrice AS amount,
       l.quantity * l.unitPrice * (o.total_rep / nullif(o.total, 0)) AS amount_rep
FROM order_lines l JOIN fact_orders o ON o.orderId = l.orderId;

CREATE OR REPLACE TABLE dim_date AS
WITH b AS (
  SELECT coalesce(min(date), CAST((SELECT ts FROM as_of) AS DATE)) AS lo,
         greatest(coalesce(max(date), CAST((SELECT ts FROM as_of) AS DATE)), CAST((SELECT ts FROM as_of) AS DATE)) AS hi
  FROM fact_orders
), days AS (SELECT CAST(lo + CAST(i AS INTEGER) AS DATE) AS d FROM b, range(0, date_diff('day', lo, hi) + 1) t(i))
-- current_date (and with it range() over timestamps) crashes DuckDB-WASM 1.32 ("function signature
-- mismatch"): every date is taken from as_of, the warehouse's own "now".
SELECT d AS date, year(d) AS year, quarter(d) AS quarter, month(d) AS month,
       strftime(d, '%Y-%m') AS year_month, year(d) || '-Q' || quarter(d) AS year_quarter, isodow(d) AS weekday
FROM days;`,

  records: `
CREATE OR REPLACE VIEW dim_company AS SELECT id AS companyId, name, industry, country, city, ownerId FROM companies;
CREATE OR REPLACE VIEW dim_customer AS
SELECT c.id AS contactId, trim(coalesce(c.firstName, '') || ' ' || coalesce(c.lastName, '')) AS name, c.email, c.lifecycle, c.source, c.locale,
       c.country, c.city, c.companyId, co.name AS company, c.ownerId, c.createdAt
FROM contacts c LEFT JOIN companies co ON co.id = c.companyId;
CREATE OR REPLACE VIEW dim_product AS
SELECT p.id AS productId, p.sku, p.name, coalesce(p.category, '—') AS category, p.price, p.cost, p.currency, p.active,
       p.cost / coalesce(r.per_usd, 1) AS cost_rep
FROM products p LEFT JOIN currency_rates r ON r.currency = p.currency AND (SELECT ts FROM as_of) >= r.valid_from AND (SELECT ts FROM as_of) < r.valid_to;
CREATE OR REPLACE VIEW dim_member AS SELECT id AS memberId, name, role FROM members;
CREATE OR REPLACE VIEW dim_campaign AS SELECT id AS campaignId, name, status, segmentId FROM campaigns;
CREATE OR REPLACE VIEW dim_segment AS SELECT id AS segmentId, name FROM segments;
CREATE OR REPLACE VIEW dim_channel AS
SELECT DISTINCT channel FROM (SELECT channel FROM orders UNION ALL SELECT channel FROM activities UNION ALL SELECT channel FROM tickets) WHERE channel IS NOT NULL;
CREATE OR REPLACE VIEW fact_activities AS SELECT id AS activityId, type, channel, contactId, companyId, dealId, ticketId, ownerId, occurredAt, CAST(occurredAt AS DATE) AS date FROM activities;
CREATE OR REPLACE VIEW fact_ticket_events AS
SELECT id AS ticketId, contactId, companyId, assigneeId, channel, priority, lang, 'received' AS event, receivedAt AS at FROM tickets
UNION ALL SELECT id, contactId, companyId, assigneeId, channel, priority, lang, 'closed', closedAt FROM tickets WHERE closedAt IS NOT NULL;
CREATE OR REPLACE VIEW fact_deals AS
SELECT d.id AS dealId, d.pipelineId, d.stageId, s.state, d.contactId, d.companyId, d.ownerId, d.createdAt, d.closedAt, d.currency, d.amount,
       d.amount / coalesce(r.per_usd, 1) AS amount_rep
FROM deals d JOIN deal_state s ON s.dealId = d.id
LEFT JOIN currency_rates r ON r.currency = d.currency AND d.createdAt >= r.valid_from AND d.createdAt < r.valid_to;`,
};
