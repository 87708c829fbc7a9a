import { COLLECTIONS, type Stage } from '../domain/entities/index.ts';
import type { WorkspaceContent } from './snapshot.ts';

/** A new CRM: no customers yet, but one sales pipeline and the person using it, so every page works at once. */
export function emptyContent(now: Date, makeId: (ms: number) => string, stages: Stage[]): WorkspaceContent {
  const stamp = now.toISOString();
  const records = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as WorkspaceContent['records'];
  records.pipelines.push({ id: makeId(now.getTime()), createdAt: stamp, updatedAt: stamp, name: 'Sales', stages });
  records.members.push({ id: makeId(now.getTime()), createdAt: stamp, updatedAt: stamp, name: 'Me', email: 'me@example.com', role: 'admin' });
  return { records, orders: [], lines: [] };
}
