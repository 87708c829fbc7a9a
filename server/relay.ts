import { createRelay } from './createRelay.ts';

/** `npm run relay`: PORT (default 1234), DATA_DIR (default ./relay-data), REDIS_URL for several nodes. */
const port = Number(process.env.PORT ?? 1234);
const dataDir = process.env.DATA_DIR || './relay-data';
const redisUrl = process.env.REDIS_URL ? new URL(process.env.REDIS_URL) : null;

const relay = await createRelay({
  port,
  dataDir,
  allowNew: process.env.RELAY_ALLOW_NEW !== '0',
  redis: redisUrl ? { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) } : undefined,
});
console.log(`Kith relay listening on ws://0.0.0.0:${relay.port} (data in ${dataDir}${redisUrl ? `, redis ${redisUrl.host}` : ''})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void relay.close().finally(() => process.exit(0));
  });
}
