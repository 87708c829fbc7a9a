export const DEFAULT_WORKSPACE = 'main';

/** One IndexedDB database per workspace. */
export function dbName(workspace: string): string {
  return `kith-${workspace}`;
}
