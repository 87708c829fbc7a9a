// The layering the README describes, checked on every import. Paths are resolved
// relative to the importing file, so `../../store/x.ts` from any depth is caught.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const rel = (abs) => path.relative(ROOT, abs).split(path.sep).join('/');
const inside = (file, dir) => file === dir || file.startsWith(`${dir}/`);

/**
 * One entry per layer. `only`: relative imports must stay inside these folders;
 * `deny`: folders it may not import; `packages`: npm packages it may not import
 * (`allowPackages` lists the only ones it may). `except`: files of the layer the
 * entry does not apply to.
 */
export const LAYERS = [
  { layer: 'src/mining', only: ['src/mining'], allowPackages: [], why: 'src/mining imports nothing outside src/mining' },
  {
    layer: 'src/domain',
    deny: ['src/store', 'src/ui', 'src/workers', 'src/analytics', 'src/demo'],
    packages: ['dexie', 'yjs', 'comlink', 'svelte'],
    why: 'src/domain is pure: no store, UI, Dexie or Yjs',
  },
  {
    layer: 'src/store',
    deny: ['src/ui', 'src/mining', 'src/analytics', 'src/workers', 'src/demo'],
    why: 'src/store imports only src/domain (no UI, mining, analytics, workers or demo)',
  },
  {
    layer: 'src/ui',
    packages: ['dexie'],
    // Live queries and change notifications need Dexie's read side; these files never write (see noTableWrites).
    except: ['src/ui/lib/live.svelte.ts', 'src/ui/lib/liveWorker.svelte.ts'],
    // (src/ui/lib/session.svelte.ts is not excepted: opening, resetting and deleting a workspace belong in the store worker.)
    why: 'the UI reads through src/ui/lib live queries and writes through store commands',
  },
];

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const layering = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{why}} (import of {{what}})' } },
  create(context) {
    const file = rel(context.filename);
    const rules = LAYERS.filter((l) => inside(file, l.layer) && !(l.except ?? []).includes(file));
    if (!rules.length) return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      const relative = source.startsWith('.') || source.startsWith('/');
      const target = relative ? rel(path.resolve(path.dirname(context.filename), source)) : null;
      for (const l of rules) {
        const bad = target
          ? (l.only && !l.only.some((d) => inside(target, d))) || (l.deny ?? []).some((d) => inside(target, d))
          : (l.allowPackages && !l.allowPackages.includes(packageName(source))) || (l.packages ?? []).includes(packageName(source));
        if (bad) context.report({ node, messageId: 'layer', data: { why: l.why, what: target ?? source } });
      }
    }
    return {
      ImportDeclaration: (n) => check(n.source, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
      ExportAllDeclaration: (n) => check(n.source, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n.source, n.source.value),
    };
  },
};

const WRITES = new Set(['put', 'add', 'bulkPut', 'bulkAdd', 'bulkDelete', 'bulkUpdate', 'update', 'delete', 'clear', 'modify', 'upsert']);
const DEXIE_TYPES = /^(Table|EntityTable|Collection|WhereClause|Dexie|KithDB)\b/;

/**
 * The UI never writes IndexedDB: a write method called on a Dexie table,
 * collection or database is an error. Type-aware, so `map.delete()` is fine
 * and `db.contacts.put()` is not, whatever the variable is called.
 * @type {import('eslint').Rule.RuleModule}
 */
export const noTableWrites = {
  meta: { type: 'problem', schema: [], messages: { write: 'The UI does not write IndexedDB ({{type}}.{{method}}); send a store command instead' } },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) return {};
    const checker = services.program.getTypeChecker();
    return {
      'CallExpression > MemberExpression.callee'(node) {
        if (node.property.type !== 'Identifier' || !WRITES.has(node.property.name)) return;
        // Walk the receiver chain (db.contacts, db.table('x').where(...)): a Dexie type anywhere in it counts,
        // since Dexie's index signature types `db.contacts` as any.
        for (let e = node.object; e; ) {
          const name = checker.typeToString(services.getTypeAtLocation(e));
          if (DEXIE_TYPES.test(name)) {
            context.report({ node, messageId: 'write', data: { type: name, method: node.property.name } });
            return;
          }
          e = e.type === 'MemberExpression' ? e.object : e.type === 'CallExpression' ? e.callee : e.type === 'ChainExpression' ? e.expression : null;
        }
      },
    };
  },
};

export default { rules: { layering, 'no-table-writes': noTableWrites } };
