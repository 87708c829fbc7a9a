/** One printed line of `npm run bench`. */
export interface BenchRow {
  scenario: string;
  /** What was measured, e.g. "median ms" or "KB gzip". */
  metric: string;
  value: number;
  /** Peer figure measured in the same run, when the issue names a peer. */
  peer?: { name: string; value: number };
  /** Target the issue sets, as text ("< 15000 ms"). */
  target?: string;
  note?: string;
}

export interface BenchScenario {
  name: string;
  run(): Promise<BenchRow[]>;
}
