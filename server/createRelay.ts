import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { authorize } from './relayAuth.ts';
import { RelayStorage } from './relayStorage.ts';

export interface RelayOptions {
  port: number;
  dataDir: string;
  /** Accept the first claim of a workspace id the relay has not seen (default true). */
  allowNew?: boolean;
  /** Several relay nodes behind one load balancer share documents through Redis. */
  redis?: { host: string; port: number };
  quiet?: boolean;
}

export interface Relay {
  server: Server;
  storage: RelayStorage;
  port: number;
  close(): Promise<void>;
}

/**
 * Hocuspocus with SQLite persistence and a per-workspace token check. It
 * stores and forwards envelope documents whose only content is ciphertext.
 */
export async function createRelay(o: RelayOptions): Promise<Relay> {
  const storage = new RelayStorage(o.dataDir);
  const extensions = [
    new Database({
      fetch: async ({ documentName }) => storage.fetch(documentName),
      store: async ({ documentName, state }) => storage.store(documentName, state),
    }),
  ];
  if (o.redis) extensions.push(new Redis({ host: o.redis.host, port: o.redis.port }) as unknown as Database);
  const server = new Server({
    port: o.port,
    quiet: o.quiet ?? true,
    // Envelopes change in bursts (a snapshot replaces many blobs): store soon, but not per keystroke.
    debounce: 500,
    maxDebounce: 3000,
    extensions,
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const access = authorize(storage, documentName, token, o.allowNew ?? true);
      // Hocuspocus drops every update from a read-only connection.
      connectionConfig.readOnly = access === 'ro';
      return { access };
    },
  });
  await server.listen();
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return {
    server,
    storage,
    port,
    async close() {
      // ws leaves open connections open when its server closes: end them, as a restart would.
      for (const c of server.webSocketServer.clients) c.terminate();
      await server.destroy();
      storage.close();
    },
  };
}
