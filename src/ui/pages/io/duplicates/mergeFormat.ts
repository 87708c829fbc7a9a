import type { ValueFormat } from '../../../components/historyValue.ts';
import { label } from '../../../i18n/index.svelte.ts';
import { date, dateTime, money, number } from '../../../lib/format.ts';

/** Values on the merge screen read as everywhere else: labels for stored ids, formats of the UI language. */
export function mergeFormat(name: (collection: string, id: string) => string | undefined): ValueFormat {
  return { label, name, money: (m, cur) => money(m, cur), dateTime, date, number: (n) => number(n, 2) };
}
