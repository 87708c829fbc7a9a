import { splitLines } from '../text.ts';
import type { TextFact } from '../facts.ts';

/** A text file for sentiment: one text per non-empty line, identified by its line number. */
export function textsFromFile(text: string): TextFact[] {
  const out: TextFact[] = [];
  splitLines(text).forEach((l, i) => {
    const s = l.trim();
    if (s) out.push({ id: String(i + 1), title: s.length > 160 ? `${s.slice(0, 157)}…` : s, text: s });
  });
  return out;
}
