/**
 * The workspace rows the mining jobs read, already reduced to what they use: times as
 * epoch ms and money in major units of the reporting currency, so helpers stay pure.
 * Customer measures (RFM, monthly revenue) are not made here: they come from their one
 * definition in src/analytics/metrics.
 */
export const DAY_MS = 86_400_000;

export interface OrderFact {
  id: string;
  contactId: string;
  ms: number;
  /** Only paid orders count as purchases; refunded and cancelled ones are ignored. */
  paid: boolean;
}

export interface LineFact {
  orderId: string;
  productId: string;
  quantity: number;
}

export interface DealFact {
  id: string;
  title: string;
  /** Major units of the reporting currency. */
  amount: number;
  source?: string;
  ownerId?: string;
  createdMs: number;
  closedMs?: number;
  outcome: 'won' | 'lost' | 'open';
  activities: number;
}

export interface TextFact {
  id: string;
  title: string;
  text: string;
  lang?: string;
}

/** A model input column, translated by the page: `key` names the kind, `value` a category or person. */
export interface FeatureName {
  key: string;
  value?: string;
}
