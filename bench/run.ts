import { existsSync, writeFileSync } from 'node:fs';
import type { BenchRow, BenchScenario } from './types.ts';

/** Runs every scenario group in one process and prints one table; `--only name` picks groups. */
async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const groups: BenchScenario[] = [...(await import('./app.ts')).scenarios];
  if (existsSync(new URL('./mining.ts', import.meta.url))) groups.push(...(await import('./mining.ts')).scenarios);
  if (existsSync(new URL('./sync.ts', import.meta.url))) groups.push(...(await import('./sync.ts')).scenarios);
  groups.push(...(await import('./analytics.ts')).scenarios);
  groups.push(...(await import('./trust.ts')).scenarios);
  groups.push(...(await import('./io.ts')).scenarios);
  if (existsSync(new URL('./ops.ts', import.meta.url))) groups.push(...(await import('./ops.ts')).scenarios);
  if (existsSync(new URL('./campaigns.ts', import.meta.url))) groups.push(...(await import('./campaigns.ts')).scenarios);

  const rows: BenchRow[] = [];
  for (const g of groups) {
    if (only && !g.name.includes(only)) continue;
    process.stderr.write(`running ${g.name}…\n`);
    try {
      rows.push(...(await g.run()));
    } catch (e) {
      // One group's failure is reported in the table; the other groups' figures still print.
      rows.push({ scenario: `${g.name}: FAILED`, metric: '', value: Number.NaN, note: String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 200) });
      process.exitCode = 1;
    }
  }

  const table = rows.map((r) => ({
    scenario: r.scenario,
    metric: r.metric,
    ours: r.value,
    peer: r.peer ? `${r.peer.name}: ${r.peer.value}` : '',
    ratio: r.peer && r.value ? `${(r.peer.value / r.value).toFixed(2)}x` : '',
    target: r.target ?? '',
    note: r.note ?? '',
  }));
  console.table(table);
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
