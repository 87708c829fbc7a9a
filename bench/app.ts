import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, servePreview } from './browser.ts';
import type { BenchRow, BenchScenario } from './types.ts';

const DIST = 'dist';

/** Gzipped size of what the first screen needs: the entry script, its static imports (modulepreload) and CSS. */
function firstScreenBytes(): { js: number; css: number; files: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let js = 0;
  let css = 0;
  for (const f of refs) {
    const size = gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
    if (f.endsWith('.js')) js += size;
    else css += size;
  }
  return { js, css, files: refs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function appScenarios(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const size = firstScreenBytes();
  const all = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  rows.push({ scenario: 'first-screen JavaScript', metric: 'KB gzip', value: +(size.js / 1024).toFixed(1), target: '< 300 KB', note: `${size.files.filter((f) => f.endsWith('.js')).length} of ${all.length} JS files; CSS ${(size.css / 1024).toFixed(1)} KB` });

  const server = await servePreview(4399);
  const browser = await launch();
  try {
    const seedMs: number[] = [];
    const reloadMs: number[] = [];
    let phases = '';
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('kith:first-rows').length > 0, null, { timeout: 120_000 });
      seedMs.push(await page.evaluate(() => performance.measure('seed', 'kith:seed-start', 'kith:seed-end').duration));
      // Where seeding time goes (the app records each phase as a performance measure).
      phases = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('kith:seed:') && m.duration > 300)
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 5)
          .map((m) => `${m.name.slice(10)} ${Math.round(m.duration)}`)
          .join(', '),
      );
      await page.close();
      // Cold reload: a new page on the same (now populated) IndexedDB, timed from navigation start to the first rows.
      for (let i = 0; i < 3; i++) {
        const p = await context.newPage();
        await p.goto(server.url);
        await p.waitForFunction(() => performance.getEntriesByName('kith:first-rows').length > 0, null, { timeout: 60_000 });
        reloadMs.push(await p.evaluate(() => performance.getEntriesByName('kith:first-rows')[0].startTime));
        await p.close();
      }
      await context.close();
    }
    rows.push({ scenario: 'demo workspace generated and persisted', metric: 'median ms', value: Math.round(median(seedMs)), target: '< 15000 ms', note: `runs: ${seedMs.map(Math.round).join(', ')}; slowest phases (ms): ${phases}` });
    rows.push({ scenario: 'cold reload to first contact rows', metric: 'median ms', value: Math.round(median(reloadMs)), target: '< 1500 ms', note: `runs: ${reloadMs.map(Math.round).join(', ')}` });
  } finally {
    await browser.close();
    server.stop();
  }
  return rows;
}

export const scenarios: BenchScenario[] = [{ name: 'app', run: appScenarios }];
