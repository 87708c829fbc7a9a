import { isOpenDeal } from '../../../domain/deals/stages.ts';
import type { KithDB } from '../../../store/schema.ts';

export interface CompanyCounts {
  people: number;
  openDeals: number;
}

/** People and open deals per company, read from indexes (contact ids only, not whole contacts). */
export async function companyCounts(db: KithDB): Promise<Map<string, CompanyCounts>> {
  const out = new Map<string, CompanyCounts>();
  const get = (id: string) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { people: 0, openDeals: 0 }));
    return c;
  };
  const companyIds = (await db.rows('contacts').orderBy('companyId').keys()) as string[];
  for (const id of companyIds) get(id).people++;
  const pipelines = await db.rows('pipelines').toArray();
  const deals = await db.rows('deals').where('companyId').above('').toArray();
  for (const d of deals) if (d.companyId && isOpenDeal(d, pipelines)) get(d.companyId).openDeals++;
  return out;
}
