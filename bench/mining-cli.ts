/** Standalone runner: `npx tsx bench/mining-cli.ts` prints the mining bench rows as a table. */
import { scenarios } from './mining.ts';
import type { BenchRow } from './types.ts';

const rows: BenchRow[] = [];
for (const s of scenarios) {
  process.stderr.write(`running ${s.name}...\n`);
  rows.push(...(await s.run()));
}
console.table(
  rows.map((r) => ({
    scenario: r.scenario,
    metric: r.metric,
    ours: r.value,
    peer: r.peer ? `${r.peer.name}: ${r.peer.value}` : '',
    ratio: r.peer && r.value > 0 ? `${(r.peer.value / r.value).toFixed(1)}x` : '',
  })),
);
for (const r of rows) console.log(`- ${r.scenario}: ${r.note ?? ''}${r.target ? ` [target: ${r.target}]` : ''}`);
