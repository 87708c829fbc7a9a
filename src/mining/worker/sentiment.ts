import { throwIfAborted } from '../cancel.ts';
import { sentiment } from '../sentiment/index.ts';
import type { JobControl } from './control.ts';
import type { TextFact } from './facts.ts';

export interface LangCounts {
  lang: string;
  positive: number;
  neutral: number;
  negative: number;
  total: number;
  meanScore: number;
}

export interface ScoredText {
  id: string;
  title: string;
  lang: string;
  score: number;
  label: 'positive' | 'negative' | 'neutral';
}

export interface SentimentSummary {
  n: number;
  byLang: LangCounts[];
  /** Most negative first. */
  mostNegative: ScoredText[];
}

const SLICE = 500;

/**
 * Scores every text and summarises by language. The language is the detected one: a
 * record's stated language says what the customer speaks, not what this text is in.
 */
export async function summarizeSentiment(texts: readonly TextFact[], ctl: JobControl, keep = 200): Promise<SentimentSummary> {
  const by = new Map<string, LangCounts>();
  const scored: ScoredText[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const r = sentiment(t.text);
    const lang = r.lang === 'other' ? (t.lang ?? 'other') : r.lang;
    let c = by.get(lang);
    if (!c) {
      c = { lang, positive: 0, neutral: 0, negative: 0, total: 0, meanScore: 0 };
      by.set(lang, c);
    }
    c[r.label]++;
    c.total++;
    c.meanScore += r.score;
    scored.push({ id: t.id, title: t.title, lang, score: r.score, label: r.label });
    if ((i + 1) % SLICE === 0) {
      ctl.onProgress((i + 1) / texts.length);
      await ctl.pause();
      throwIfAborted(ctl.signal);
    }
  }
  for (const c of by.values()) c.meanScore = c.total ? c.meanScore / c.total : 0;
  const mostNegative = scored.filter((s) => s.label === 'negative').sort((a, b) => a.score - b.score).slice(0, keep);
  ctl.onProgress(1);
  return { n: texts.length, byLang: [...by.values()].sort((a, b) => b.total - a.total), mostNegative };
}
