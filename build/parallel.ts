/**
 * Runs npm scripts side by side and fails if any fails: `tsx build/parallel.ts lint check`.
 * Lint and svelte-check each keep one core busy for about a minute, and CI has two cores,
 * so running them together shortens `npm test` by the shorter of the two.
 * Each script's output is held and printed whole when it ends, so the logs don't interleave.
 */
import { spawn } from 'node:child_process';

interface Outcome {
  script: string;
  code: number;
  seconds: number;
  output: string;
}

function run(script: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code) =>
      resolve({ script, code: code ?? 1, seconds: (performance.now() - started) / 1000, output: Buffer.concat(chunks).toString() }),
    );
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx build/parallel.ts <npm script> [<npm script> ...]');
  process.exit(2);
}
const outcomes = await Promise.all(scripts.map(run));
for (const o of outcomes) {
  console.log(`\n> npm run ${o.script}  (${o.code === 0 ? 'ok' : `exit ${o.code}`}, ${o.seconds.toFixed(0)} s)`);
  process.stdout.write(o.output);
}
process.exit(outcomes.some((o) => o.code !== 0) ? 1 : 0);
