/** Loaders for the public datasets used by the mining tests. */
import { readFileSync } from 'node:fs';

export { DATASETS } from '../../datasets.ts';
import { DATASETS } from '../../datasets.ts';

export function readDataset(rel: string): string {
  return readFileSync(`${DATASETS}/${rel}`, 'utf8');
}

export function faithful(): number[][] {
  return readDataset('clustering/faithful.csv')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(';').map(Number));
}

export function airPassengers(): number[] {
  return readDataset('timeseries/AirPassengers.csv')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => Number(l.split(',')[1]));
}

/** Complete months only (the last month is partial and flagged). */
export function monthlySales(): number[] {
  return readDataset('online_retail/monthly_sales.csv')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','))
    .filter((r) => r[6] === '0')
    .map((r) => Number(r[1]));
}

export interface ChurnData {
  X: number[][];
  y: number[];
  names: string[];
}

/** Telco churn: numeric columns as is, categoricals one-hot (first level dropped), blank TotalCharges = 0. */
export function telcoChurn(): ChurnData {
  const lines = readDataset('churn/Telco-Customer-Churn.csv').trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const numeric = new Set(['tenure', 'MonthlyCharges', 'TotalCharges', 'SeniorCitizen']);
  const target = head.indexOf('Churn');
  const names: string[] = [];
  const encoders: ((r: string[]) => number)[] = [];
  head.forEach((h, j) => {
    if (h === 'customerID' || j === target) return;
    if (numeric.has(h)) {
      names.push(h);
      encoders.push((r) => Number(r[j].trim() === '' ? 0 : r[j]));
      return;
    }
    const levels = [...new Set(rows.map((r) => r[j]))].sort();
    for (const lv of levels.slice(1)) {
      names.push(`${h}=${lv}`);
      encoders.push((r) => (r[j] === lv ? 1 : 0));
    }
  });
  return {
    X: rows.map((r) => encoders.map((e) => e(r))),
    y: rows.map((r) => (r[target] === 'Yes' ? 1 : 0)),
    names,
  };
}
