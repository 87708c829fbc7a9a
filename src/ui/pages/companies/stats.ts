import type { Deal, Pipeline } from '../../../domain/entities/index.ts';
import type { KithDB } from '../../../store/schema.ts';

export interface CompanyCounts {
  people: number;
  openDeals: number;
}

/** A deal is open while its stage is an open stage of its own pipeline (stage ids may repeat across pipelines). */
export function isOpenDeal(d: Pick<Deal, 'pipelineId' | 'stageId'>, pipelines: readonly Pipeline[]): boolean {
  const p = pipelines.find((x) => x.id === d.pipelineId);
  return p?.stages.find((s) => s.id === d.stageId)?.kind === 'open';
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
