export const LOCALES = ['en', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each area's messages in every UI language; English is the reference and the type. */
export type Messages<T extends Record<string, string>> = { en: T; ru: { [K in keyof T]: string }; zh: { [K in keyof T]: string } };

export function defineMessages<T extends Record<string, string>>(m: Messages<T>): Messages<T> {
  return m;
}
