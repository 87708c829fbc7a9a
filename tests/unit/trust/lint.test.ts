import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layering rules are only worth having if they fail: each case puts a real
 * file in the layer it breaks and runs ESLint's Node API on it with the
 * project's own config.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const made: string[] = [];
afterAll(() => made.forEach((f) => rmSync(f, { force: true })));

async function lint(dir: string, code: string, ext = 'ts'): Promise<string[]> {
  const file = path.join(ROOT, dir, `lint-probe-${randomUUID().slice(0, 8)}.${ext}`);
  made.push(file);
  writeFileSync(file, code);
  const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
  rmSync(file, { force: true });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering is enforced by npm run lint', { timeout: 240_000 }, () => {
  it('src/store may not import src/mining', async () => {
    const msgs = await lint('src/store', `import { kmeans } from '../mining/kmeans.ts';\nexport const k = kmeans;\n`);
    expect(msgs.some((m) => m.startsWith('kith/layering') && m.includes('src/mining/kmeans.ts')), msgs.join('\n')).toBe(true);
  });

  it('src/mining may not import anything outside itself', async () => {
    const msgs = await lint('src/mining/worker', `import { ulid } from '../../domain/ids.ts';\nexport const f = ulid;\n`);
    expect(msgs.some((m) => m.startsWith('kith/layering')), msgs.join('\n')).toBe(true);
  });

  it('src/domain may not import Yjs, Dexie or the store', async () => {
    const msgs = await lint('src/domain', `import * as Y from 'yjs';\nimport { dbName } from '../store/names.ts';\nexport const a = [Y, dbName];\n`);
    expect(msgs.filter((m) => m.startsWith('kith/layering')), msgs.join('\n')).toHaveLength(2);
  });

  it('the UI may not write a Dexie table, however the variable is named', async () => {
    const msgs = await lint(
      'src/ui/lib',
      `import type { KithDB } from '../../store/schema.ts';\nexport async function f(x: KithDB, m: Map<string, number>) {\n  m.delete('a');\n  await x.contacts.delete('id');\n}\n`,
    );
    expect(msgs.filter((m) => m.startsWith('kith/no-table-writes')), msgs.join('\n')).toHaveLength(1);
  });

  it('a floating promise is an error', async () => {
    const msgs = await lint('src/domain', `export async function a() {}\nexport function b() {\n  a();\n}\n`);
    expect(msgs.some((m) => m.startsWith('@typescript-eslint/no-floating-promises')), msgs.join('\n')).toBe(true);
  });

  it('a clean file in the right layer passes', async () => {
    expect(await lint('src/store', `import { ulid } from '../domain/ids.ts';\nexport const id = ulid;\n`)).toEqual([]);
  });
});
