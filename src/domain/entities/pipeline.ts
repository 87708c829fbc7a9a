import { defineRecordType, type BaseRecord } from '../recordType.ts';

export interface Stage {
  id: string;
  name: string;
  /** Win probability 0..1, used for the weighted forecast of the funnel. */
  probability: number;
  kind: 'open' | 'won' | 'lost';
  /** Days an open deal may sit in this stage before the board marks it idle (default 14). */
  idleDays?: number;
}

export interface Pipeline extends BaseRecord {
  name: string;
  stages: Stage[];
}

export const PipelineType = defineRecordType<Pipeline>('pipelines', 'Pipeline', {
  name: { kind: 'string', required: true },
  stages: { kind: 'json', required: true },
});

/** Stage lists are edited as a whole; check their shape here since the field spec only says "json". */
export function stageIssues(stages: unknown): string | null {
  if (!Array.isArray(stages) || stages.length < 2) return 'needs at least two stages';
  const ids = new Set<string>();
  for (const [i, s] of stages.entries()) {
    const st = s as Partial<Stage>;
    if (typeof st.id !== 'string' || !st.id) return `stage ${i + 1} has no id`;
    if (ids.has(st.id)) return `stage id ${st.id} is used twice`;
    ids.add(st.id);
    if (typeof st.name !== 'string' || !st.name.trim()) return `stage ${i + 1} has no name`;
    if (typeof st.probability !== 'number' || st.probability < 0 || st.probability > 1)
      return `stage ${st.name} needs a probability between 0 and 1`;
    if (st.kind !== 'open' && st.kind !== 'won' && st.kind !== 'lost') return `stage ${st.name} has a bad kind`;
    if (st.idleDays !== undefined && !(Number.isInteger(st.idleDays) && st.idleDays >= 1)) return `stage ${st.name} needs idle days of 1 or more`;
  }
  return null;
}

export const DEFAULT_STAGES: Stage[] = [
  { id: 'qualify', name: 'Qualification', probability: 0.1, kind: 'open' },
  { id: 'discover', name: 'Discovery', probability: 0.25, kind: 'open' },
  { id: 'proposal', name: 'Proposal', probability: 0.5, kind: 'open' },
  { id: 'negotiate', name: 'Negotiation', probability: 0.75, kind: 'open' },
  { id: 'won', name: 'Won', probability: 1, kind: 'won' },
  { id: 'lost', name: 'Lost', probability: 0, kind: 'lost' },
];
