import { intl } from '../i18n/index.svelte.ts';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Integer minor units as money in the UI language, e.g. 123456 USD -> "$1,234.56". */
export function money(minor: number | undefined, currency = 'USD', compact = false): string {
  if (minor === undefined || minor === null || Number.isNaN(minor)) return '';
  const key = `${intl()}|${currency}|${compact}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intl(), {
      style: 'currency',
      currency,
      maximumFractionDigits: compact ? 0 : 2,
      notation: compact ? 'compact' : 'standard',
    });
    moneyFormats.set(key, f);
  }
  return f.format(minor / 100);
}

/**
 * Building an Intl formatter costs far more than formatting (tenths of a millisecond each), and
 * list cells format on every scrolled frame: one formatter per language and kind is kept.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(kind: string, make: (locale: string) => F): F {
  const key = `${intl()}|${kind}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make(intl())));
  return f;
}

export function number(n: number | undefined, digits = 0): string {
  if (n === undefined || n === null || Number.isNaN(n)) return '';
  return cached(`n${digits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: digits })).format(n);
}

export function date(iso: string | undefined): string {
  if (!iso) return '';
  return cached('d', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'short', day: 'numeric' })).format(new Date(iso));
}

export function dateTime(iso: string | undefined): string {
  if (!iso) return '';
  return cached('dt', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })).format(new Date(iso));
}

/** "3 days ago" / "in 2 hours", for timelines and due dates. */
export function relative(iso: string | undefined, now = Date.now()): string {
  if (!iso) return '';
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const rtf = cached('rel', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 864e5], ['month', 30 * 864e5], ['week', 7 * 864e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4],
  ];
  for (const [u, ms] of units) if (abs >= ms) return rtf.format(Math.round(diff / ms), u);
  return rtf.format(0, 'minute');
}

/** A size in the UI language's units and separators ("1.5 MB", "1,5 МБ"). */
export function bytes(n: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return new Intl.NumberFormat(intl(), { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i ? 1 : 0 }).format(n);
}

const flags = new Map<string, string>();
/** Country name in the UI language from an ISO-2 code. */
export function country(code: string | undefined): string {
  if (!code) return '';
  const key = `${intl()}|${code}`;
  let v = flags.get(key);
  if (!v) {
    try {
      v = new Intl.DisplayNames([intl()], { type: 'region' }).of(code) ?? code;
    } catch {
      v = code;
    }
    flags.set(key, v);
  }
  return v;
}
