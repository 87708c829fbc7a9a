import { en } from './en.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';
import type { Locale, LocalePack } from './types.ts';

export const PACKS: Readonly<Record<Locale, LocalePack>> = { en, ru, zh };
/** The customer mix of the demo: mostly English-speaking, a large Russian and a Chinese minority. */
export const LOCALE_SHARE: readonly (readonly [Locale, number])[] = [
  ['en', 0.6],
  ['ru', 0.25],
  ['zh', 0.15],
];
export type { Locale, LocalePack, Place, PersonName, Gender } from './types.ts';
