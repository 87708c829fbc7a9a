/**
 * Characters a person can't see or that change how the text around them
 * displays: C0/C1 controls, bidirectional overrides and isolates (a "Trojan
 * Source" right-to-left override can make a name read backwards), and
 * zero-width characters, which alone make a name that looks empty.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE_EDGES = /^[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]+|[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]+$/g;

/**
 * Text as it should be stored: controls and bidi marks removed, line breaks
 * kept only in multi-line text (as \n), invisible characters trimmed from both
 * ends. Zero-width joiners inside the text stay: emoji and some scripts need them.
 */
export function cleanText(s: string, multiline: boolean): string {
  let v = s.replace(/\r\n?/g, '\n').replace(BIDI, '');
  v = multiline ? v.replace(CONTROL_MULTILINE, '') : v.replace(/[\t\n]/g, ' ').replace(CONTROL_LINE, '');
  return v.replace(INVISIBLE_EDGES, '');
}
