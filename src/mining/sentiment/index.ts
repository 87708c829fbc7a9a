/** Offline, lexicon-based sentiment for English, Russian and Chinese customer text. */
import { detectLanguage, stripNoise, type Lang } from './detect.ts';
import { scoreChinese, scoreEnglish, scoreRussian, squash } from './score.ts';
import { RU_CLASSES, ruProbabilities } from './ruModel.ts';

export type { Lang } from './detect.ts';
export { detectLanguage } from './detect.ts';

export interface SentimentResult {
  /** In (-1, 1); sign is polarity. */
  score: number;
  label: 'positive' | 'negative' | 'neutral';
  lang: Lang;
  /** Number of lexicon hits; 0 means no evidence either way. */
  hits: number;
}

/**
 * |score| below this is neutral. Tuned on the training rows only (see bench/mining-lexicon.ts):
 * for review text any evidence should decide, for Russian tweets (mostly news, 2/3 neutral)
 * weak evidence should not.
 */
export const NEUTRAL_THRESHOLD: Record<Lang, number> = { en: 0.01, ru: 0.5, zh: 0.01, other: 1 };

/** |lexicon score| from which Russian lexicon evidence overrides the model when they disagree. */
const RU_LEXICON_OVERRIDE = 0.5;

export function sentiment(text: string): SentimentResult {
  const lang = detectLanguage(text);
  const clean = stripNoise(text);
  const r =
    lang === 'en' ? scoreEnglish(clean) : lang === 'ru' ? scoreRussian(clean) : lang === 'zh' ? scoreChinese(clean) : { raw: 0, hits: 0 };
  if (lang === 'ru') {
    // Russian: the compact trained model (ruModel.ts) decides; the lexicon only counts evidence.
    const p = ruProbabilities(clean);
    const lex = squash(r.raw);
    // The model learnt from tweets; strong lexicon evidence with its negation rules ("не очень хороший") overrides it.
    const score = Math.abs(lex) >= RU_LEXICON_OVERRIDE && Math.sign(lex) !== Math.sign(p[2] - p[0]) ? lex : p[2] - p[0];
    const best = p.indexOf(Math.max(...p));
    const label = score === lex ? (lex > 0 ? 'positive' : 'negative') : RU_CLASSES[best];
    return { score, label, lang, hits: r.hits };
  }
  const score = squash(r.raw);
  const t = NEUTRAL_THRESHOLD[lang];
  const label = score >= t ? 'positive' : score <= -t ? 'negative' : 'neutral';
  return { score, label, lang, hits: r.hits };
}
