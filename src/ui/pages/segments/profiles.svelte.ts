import type { CustomerProfile } from '../../../analytics/dashboard/profiles.ts';
import type { Contact } from '../../../domain/entities/index.ts';
import { dbName } from '../../../store/names.ts';
import { analyticsWorker } from '../../lib/analyticsWorker.ts';
import { live, type Live } from '../../lib/live.svelte.ts';
import { liveWorker } from '../../lib/liveWorker.svelte.ts';
import { workspace } from '../../lib/session.svelte.ts';

export interface Audience {
  profiles: CustomerProfile[];
  contacts: Map<string, Contact>;
}

/**
 * Current customer profiles of the whole workspace (computed in a worker, kept
 * current as orders, contacts or leads change) with the contacts they describe.
 * Call during component initialisation.
 */
export function liveAudience(): Live<Audience> {
  const ws = workspace();
  const name = dbName(ws.name);
  const profiles = liveWorker(name, ['contacts', 'orders', 'leads'], () => analyticsWorker().profiles(name, Date.now()), [] as CustomerProfile[]);
  const contacts = live(() => 0, async () => new Map((await ws.db.rows('contacts').toArray()).map((c) => [c.id, c as Contact])), new Map<string, Contact>());
  return {
    get value() {
      return { profiles: profiles.value, contacts: contacts.value };
    },
    get loading() {
      return profiles.loading || contacts.loading;
    },
    get error() {
      return profiles.error ?? contacts.error;
    },
  };
}
