import type { CustomerProfile } from '../../../analytics/dashboard/profiles.ts';
import type { ContactCard } from '../../../domain/entities/index.ts';
import { dbName } from '../../../store/names.ts';
import { analyticsWorker } from '../../lib/analyticsWorker.ts';
import type { Live } from '../../lib/live.svelte.ts';
import { liveWorker } from '../../lib/liveWorker.svelte.ts';
import { workspace } from '../../lib/session.svelte.ts';

export interface Audience {
  profiles: CustomerProfile[];
  contacts: Map<string, ContactCard>;
}

/**
 * Current customer profiles of the whole workspace with the contacts they
 * describe, computed in the analytics worker and kept current as orders,
 * contacts or leads change. Call during component initialisation.
 */
export function liveAudience(): Live<Audience> {
  const name = dbName(workspace().name);
  return liveWorker(name, ['contacts', 'orders', 'leads'], () => analyticsWorker().audience(name, Date.now()), { profiles: [], contacts: new Map() } as Audience);
}
