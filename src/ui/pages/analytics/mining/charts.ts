/**
 * chart.js configurations for the mining results, built from plain data. Only the pieces the
 * shared registry registers are used: scatter is a line chart without lines on a linear axis,
 * and the forecast band is a filled area between two line datasets.
 */
import type { ChartConfiguration } from 'chart.js';
import { PALETTE } from '../../../components/charts/series.ts';

export type Point = { x: number; y: number };
export type MiningChartConfig = ChartConfiguration<'line', (number | null)[] | Point[], string> | ChartConfiguration<'bar', number[], string>;

export const colorOf = (i: number): string => PALETTE[i % PALETTE.length];

const base = { responsive: true, maintainAspectRatio: false, animation: false as const };

export function scatterConfig(groups: { label: string; points: Point[] }[], xTitle: string, yTitle: string, fmtX: (v: number) => string, fmtY: (v: number) => string): MiningChartConfig {
  return {
    type: 'line',
    data: {
      datasets: groups.map((g, i) => ({
        label: g.label,
        data: g.points,
        showLine: false,
        pointRadius: 2,
        pointHoverRadius: 4,
        borderColor: colorOf(i),
        backgroundColor: `${colorOf(i)}99`,
      })),
    },
    options: {
      ...base,
      // Thousands of points: the data is already {x, y}, so chart.js need not parse it.
      parsing: false,
      interaction: { mode: 'nearest', intersect: true },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 10 } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${fmtX((c.raw as Point).x)}, ${fmtY((c.raw as Point).y)}` } },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: xTitle }, ticks: { callback: (v) => fmtX(Number(v)) } },
        y: { type: 'linear', title: { display: true, text: yTitle }, ticks: { callback: (v) => fmtY(Number(v)) } },
      },
    },
  };
}

export function barConfig(
  labels: string[],
  series: { label: string; data: number[]; color?: string }[],
  o: { horizontal?: boolean; stacked?: boolean; format?: (v: number) => string } = {},
): MiningChartConfig {
  const fmt = o.format ?? ((v: number) => String(v));
  const value = { stacked: o.stacked, ticks: { callback: (v: string | number) => fmt(Number(v)) } };
  const category = { stacked: o.stacked, grid: { display: false }, ticks: { autoSkip: false } };
  return {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: s.color ?? colorOf(i), borderRadius: 3 })),
    },
    options: {
      ...base,
      indexAxis: o.horizontal ? 'y' : 'x',
      plugins: {
        legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${fmt(Number(c.raw))}` } },
      },
      scales: o.horizontal ? { x: value, y: category } : { x: category, y: value },
    },
  };
}

/** History, fitted values and forecast with its interval band on one category axis. */
export function forecastConfig(
  labels: string[],
  nHistory: number,
  d: { history: number[]; fitted: number[]; mean: number[]; lower: number[]; upper: number[] },
  names: { history: string; fitted: string; forecast: string; band: string },
  fmt: (v: number) => string,
  /** Axis ticks knowing all of them (precision from the range, ticks.ts); default `fmt`. */
  tick?: (v: number, ticks: number[]) => string,
): MiningChartConfig {
  const pad = (before: number, xs: number[]): (number | null)[] => [...new Array<null>(before).fill(null), ...xs];
  // The forecast line starts at the last observation so the two lines join.
  const last = d.history[nHistory - 1];
  const future = (xs: number[]): (number | null)[] => pad(nHistory - 1, [last, ...xs]);
  const line = { pointRadius: 0, borderWidth: 2, tension: 0.2 };
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: names.band, data: future(d.lower), borderWidth: 0, pointRadius: 0, fill: false, backgroundColor: 'transparent' },
        { label: names.band, data: future(d.upper), borderWidth: 0, pointRadius: 0, fill: '-1', backgroundColor: `${colorOf(1)}33` },
        { label: names.history, data: d.history, borderColor: colorOf(0), backgroundColor: colorOf(0), ...line },
        { label: names.fitted, data: d.fitted, borderColor: '#98a2b3', backgroundColor: '#98a2b3', borderDash: [4, 3], ...line, borderWidth: 1 },
        { label: names.forecast, data: future(d.mean), borderColor: colorOf(1), backgroundColor: colorOf(1), ...line, borderDash: [6, 4] },
      ],
    },
    options: {
      ...base,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        // One legend entry for the band, not two.
        legend: { position: 'bottom', labels: { boxWidth: 12, filter: (item, data) => item.datasetIndex !== 0 || !data.datasets[1] } },
        tooltip: { callbacks: { label: (c) => (c.raw === null ? '' : `${c.dataset.label ?? ''}: ${fmt(Number(c.raw))}`) } },
      },
      scales: { x: { grid: { display: false } }, y: { ticks: { callback: (v, _i, all) => (tick ? tick(Number(v), all.map((x) => x.value)) : fmt(Number(v))) } } },
    },
  };
}

/** Two measures over k on their own axes (silhouette rises, BIC falls for a better k). */
export function kScoresConfig(ks: number[], a: { label: string; data: number[] }, b: { label: string; data: number[] }): MiningChartConfig {
  return {
    type: 'line',
    data: {
      labels: ks.map(String),
      datasets: [
        { label: a.label, data: a.data.map((v) => (Number.isFinite(v) ? v : null)), borderColor: colorOf(0), backgroundColor: colorOf(0), yAxisID: 'y' },
        { label: b.label, data: b.data.map((v) => (Number.isFinite(v) ? v : null)), borderColor: colorOf(1), backgroundColor: colorOf(1), yAxisID: 'y1' },
      ],
    },
    options: {
      ...base,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      scales: {
        x: { title: { display: true, text: 'k' } },
        y: { position: 'left', title: { display: true, text: a.label } },
        y1: { position: 'right', grid: { display: false }, title: { display: true, text: b.label } },
      },
    },
  };
}
