// ULIDs: time-ordered, so Dexie's primary-key order is creation order and two
// devices never collide without talking to each other.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type RandomSource = () => number;

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

// One getRandomValues call per 4 KB, not per character: a call per byte made ids the bulk of an import's time.
const pool = new Uint8Array(4096);
let pooled = pool.length;
function cryptoRandom(): number {
  if (pooled === pool.length) {
    crypto.getRandomValues(pool);
    pooled = 0;
  }
  return pool[pooled++] / 256;
}

const chars = new Array<string>(16);

/** A ULID made on this device. Pass `now`/`random` for deterministic ids (demo data, tests). */
export function ulid(now: number = Date.now(), random: RandomSource = cryptoRandom): string {
  for (let i = 0; i < 16; i++) chars[i] = ALPHABET[Math.floor(random() * 32) & 31];
  return encodeTime(now) + chars.join('');
}

export function isUlid(s: unknown): s is string {
  return typeof s === 'string' && /^[0-9A-HJKMNP-TV-Z]{26}$/.test(s);
}
