import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import type { Plugin, ResolvedConfig } from 'vite';

/** Files DuckDB loads on demand: tens of MB, cached on first use rather than at install. */
const ON_DEMAND = /\.wasm$/;
const SOURCE = new URL('../src/sw/serviceWorker.ts', import.meta.url);

/** Every file under `dir`, as site paths ('/assets/x.js'). */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, root) : ['/' + relative(root, full).split(sep).join('/')];
  });
}

/**
 * Writes dist/sw.js after the build, when every emitted file (workers and wasm included) is
 * on disk: src/sw/serviceWorker.ts compiled, with this build's file list and a version that
 * is a hash of the files' contents, so any change of code makes a new cache and an update.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kith-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = config.build.outDir;
      // A failed build wrote nothing: let its own error speak instead of this step's.
      if (!existsSync(outDir)) return;
      const files = listFiles(outDir)
        .filter((path) => path !== '/sw.js')
        .sort();
      const hash = createHash('sha256');
      for (const path of files) hash.update(path).update(readFileSync(join(outDir, path)));
      const precache = files.filter((path) => !ON_DEMAND.test(path));
      const manifest = { version: hash.digest('hex').slice(0, 16), precache, assets: files };
      const compiled = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      // A classic worker (module service workers are not everywhere yet): no export statement.
      const body = compiled.replace(/^export \{\};?\s*$/m, '');
      writeFileSync(join(outDir, 'sw.js'), `const KITH_SW = ${JSON.stringify(manifest)};\n${body}`);
    },
  };
}
