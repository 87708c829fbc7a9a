import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The public datasets live in shared/ beside the repository (CI lays a copy
 * there too); KITH_DATASETS points elsewhere.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATASETS =
  process.env.KITH_DATASETS ?? [resolve(root, '../shared/datasets'), '/work/shared/datasets'].find((d) => existsSync(d)) ?? resolve(root, '../shared/datasets');
