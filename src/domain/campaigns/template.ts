/**
 * Personalised messages: `{firstName}` placeholders filled from a contact.
 * `{{firstName}}` (the Mustache habit, also what imported templates use) means
 * the same. One pass over the template, so a value that itself contains
 * `{...}` is copied as text and never expanded.
 */

export const PLACEHOLDERS = ['firstName', 'lastName', 'fullName', 'company', 'city', 'country', 'email', 'recommendedProduct', 'lastOrder', 'loyaltyTier', 'owner'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type MergeValues = Partial<Record<Placeholder, string>>;

export interface Personalised {
  text: string;
  /** Placeholders the template uses that no contact can fill (typos like `{frstName}`), in order of first use. */
  unknown: string[];
  /** Known placeholders this contact has no value for; they were left empty. */
  missing: Placeholder[];
}

const TOKEN = /\{\{([^{}]*)\}\}|\{([^{}]*)\}/g;
const isPlaceholder = (s: string): s is Placeholder => (PLACEHOLDERS as readonly string[]).includes(s);

export function personalise(template: string, values: MergeValues): Personalised {
  const unknown: string[] = [];
  const missing: Placeholder[] = [];
  const text = template.replace(TOKEN, (tok, double: string | undefined, single: string | undefined) => {
    const key = (double ?? single ?? '').trim();
    if (!isPlaceholder(key)) {
      if (!unknown.includes(key)) unknown.push(key);
      return tok;
    }
    const v = values[key];
    if (v === undefined || v === '') {
      if (!missing.includes(key)) missing.push(key);
      return '';
    }
    return v;
  });
  return { text, unknown, missing };
}

/** Placeholders a template refers to that are not known, without needing a contact. */
export function unknownPlaceholders(template: string): string[] {
  return personalise(template, {}).unknown;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * The message as HTML for an email body: the template's text and every merged
 * value escaped, line breaks kept. A contact named `<img src=x onerror=...>`
 * stays text in every mail client.
 */
export function personaliseHtml(template: string, values: MergeValues): string {
  const escaped: MergeValues = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) escaped[k as Placeholder] = escapeHtml(v);
  // Escape the template outside its placeholders, then fill them with escaped values.
  const TOKEN_SPLIT = /(\{\{[^{}]*\}\}|\{[^{}]*\})/g;
  const safeTemplate = template.split(TOKEN_SPLIT).map((part, i) => (i % 2 ? part : escapeHtml(part))).join('');
  return personalise(safeTemplate, escaped).text.replace(/\r?\n/g, '<br>\n');
}
