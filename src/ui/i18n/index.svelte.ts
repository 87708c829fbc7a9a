import { LOCALES, type Locale } from './locale.ts';
import shell from './messages/shell.ts';
import fields from './messages/fields.ts';
import enums from './messages/enums.ts';
import pages from './messages/pages.ts';
import business from './messages/business.ts';
import work from './messages/work.ts';
import mining from './messages/mining.ts';
import sql from './messages/sql.ts';
import sync from './messages/sync.ts';
import collab from './messages/collab.ts';
import validation from './messages/validation.ts';
import trust from './messages/trust.ts';
import offers from './messages/offers.ts';
import io from './messages/io.ts';
import campaigns from './messages/campaigns.ts';
import leads from './messages/leads.ts';
import support from './messages/support.ts';
import explore from './messages/explore.ts';
import workday from './messages/workday.ts';
import tableTexts from './messages/tables.ts';
import movement from './messages/movement.ts';
import ioOrders from './messages/ioOrders.ts';

/** Every area's messages; a new area adds its file here. */
const bundles = [shell, fields, enums, pages, work, business, mining, sql, sync, collab, validation, trust, offers, io, campaigns, leads, support, explore, workday, tableTexts, movement, ioOrders] as const;

type Bundle = (typeof bundles)[number];
type KeysOf<B> = B extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Bundle>;

const tables: Record<Locale, Record<string, string>> = { en: {}, ru: {}, zh: {} };
for (const b of bundles) for (const l of LOCALES) Object.assign(tables[l], b[l]);

const STORAGE_KEY = 'kith.locale';

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return (LOCALES as readonly string[]).includes(nav) ? (nav as Locale) : 'en';
}

const state = $state({ locale: initialLocale() });

export const i18n = {
  get locale(): Locale {
    return state.locale;
  },
  set locale(l: Locale) {
    state.locale = l;
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
  },
};

/** The message in the current UI language; `{name}` placeholders are filled from params. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const s = tables[state.locale][key] ?? tables.en[key] ?? key;
  return params ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : s;
}

/** A field or enum label when one exists, else the raw text (user data is never translated). */
export function label(key: string, fallback: string): string {
  return tables[state.locale][key] ?? tables.en[key] ?? fallback;
}

const intlLocale: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };
export function intl(): string {
  return intlLocale[state.locale];
}
