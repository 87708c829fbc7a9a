/**
 * Lexicon scoring with negation, intensifiers and contrast. Token languages (en, ru) walk a
 * token stream; Chinese walks characters with longest-match lookup. Raw sums are squashed with
 * VADER's x / sqrt(x^2 + 15) so scores sit in (-1, 1) whatever the text length.
 */
import { EN_CONTRAST, EN_INTENSIFIERS, EN_LEXICON, EN_NEGATORS, EN_PHRASES } from './lexicon-en.ts';
import { RU_CONTRAST, RU_INTENSIFIERS, RU_LEXICON, RU_NEGATORS, RU_PHRASES } from './lexicon-ru.ts';
import { ZH_CONTRAST, ZH_INTENSIFIERS, ZH_LEXICON, ZH_NEGATORS } from './lexicon-zh.ts';
import { EN_DERIVED, RU_DERIVED, ZH_DERIVED } from './lexicon-derived.ts';

const NEGATION_WINDOW = 3;

/** A negated positive becomes a fairly strong negative; a negated negative only a weak positive ("not bad"). */
function negate(v: number): number {
  return v > 0 ? -0.8 * v : -0.4 * v;
}

export function squash(raw: number): number {
  return raw / Math.sqrt(raw * raw + 15);
}

interface TokenLang {
  lexicon: Map<string, number>;
  phrases: Map<string, number>;
  maxPhrase: number;
  negators: Set<string>;
  intensifiers: Record<string, number>;
  contrast: Set<string>;
  lookup: (token: string, lex: Map<string, number>) => number;
}

function merged(...parts: Record<string, number>[]): Map<string, number> {
  const m = new Map<string, number>();
  // Later parts only fill gaps: hand-written weights win over derived ones.
  for (let i = parts.length - 1; i >= 0; i--) for (const [k, v] of Object.entries(parts[i])) m.set(k, v);
  return m;
}

function phraseMap(p: Record<string, number>): { phrases: Map<string, number>; maxPhrase: number } {
  const phrases = new Map(Object.entries(p));
  let maxPhrase = 1;
  for (const k of phrases.keys()) maxPhrase = Math.max(maxPhrase, k.split(' ').length);
  return { phrases, maxPhrase };
}

const exact = (t: string, lex: Map<string, number>): number => lex.get(t) ?? 0;

/** Longest stem that is a prefix of the token, removing at most 4 trailing letters of inflection. */
const stem = (t: string, lex: Map<string, number>): number => {
  const min = Math.max(3, t.length - 4);
  for (let L = t.length; L >= min; L--) {
    const v = lex.get(L === t.length ? t : t.slice(0, L));
    if (v !== undefined) return v;
  }
  return 0;
};

let EN: TokenLang | null = null;
let RU: TokenLang | null = null;

function en(): TokenLang {
  EN ??= {
    lexicon: merged(EN_LEXICON, EN_DERIVED),
    ...phraseMap(EN_PHRASES),
    negators: EN_NEGATORS,
    intensifiers: EN_INTENSIFIERS,
    contrast: EN_CONTRAST,
    lookup: exact,
  };
  return EN;
}

function ru(): TokenLang {
  RU ??= {
    lexicon: merged(RU_LEXICON, RU_DERIVED),
    ...phraseMap(RU_PHRASES),
    negators: RU_NEGATORS,
    intensifiers: RU_INTENSIFIERS,
    contrast: RU_CONTRAST,
    lookup: stem,
  };
  return RU;
}

const BOUNDARY = '|';

export function tokenizeEn(text: string): string[] {
  const t = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'/g, '')
    .replace(/[.!?;:,()\n]+/g, ` ${BOUNDARY} `);
  return t.split(/[^a-z0-9|]+/).filter((s) => s.length > 0);
}

export function tokenizeRu(text: string): string[] {
  const t = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.!?;:,()\n]+/g, ` ${BOUNDARY} `);
  return t.split(/[^a-zа-я0-9|]+/).filter((s) => s.length > 0);
}

function scoreTokens(tokens: string[], L: TokenLang): { raw: number; hits: number } {
  let raw = 0;
  let hits = 0;
  let negUntil = -1;
  let sentenceStart = 0;
  const contributions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === BOUNDARY) {
      negUntil = -1;
      continue;
    }
    if (L.contrast.has(tok)) {
      // What came before the contrast in this sentence matters less than what follows.
      for (let j = sentenceStart; j < contributions.length; j++) contributions[j] *= 0.5;
      sentenceStart = contributions.length;
      negUntil = -1;
      continue;
    }
    let v = 0;
    let span = 1;
    for (let n = Math.min(L.maxPhrase, tokens.length - i); n >= 2; n--) {
      const p = L.phrases.get(tokens.slice(i, i + n).join(' '));
      if (p !== undefined) {
        v = p;
        span = n;
        break;
      }
    }
    if (span === 1) {
      if (L.negators.has(tok)) {
        negUntil = i + NEGATION_WINDOW;
        continue;
      }
      const next = tokens[i + 1];
      if (L.intensifiers[tok] !== undefined && next !== undefined && L.lookup(next, L.lexicon) !== 0) continue;
      v = L.lookup(tok, L.lexicon);
    }
    if (v !== 0) {
      let mult = 1;
      for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
        const f = L.intensifiers[tokens[j]];
        if (f !== undefined) mult *= f;
        else if (tokens[j] === BOUNDARY) break;
      }
      v *= mult;
      if (span === 1 && i <= negUntil) v = negate(v);
      contributions.push(v);
      hits++;
    }
    i += span - 1;
  }
  for (const c of contributions) raw += c;
  return { raw, hits };
}

let ZH: { lex: Map<string, number>; maxLen: number } | null = null;

function zh(): { lex: Map<string, number>; maxLen: number } {
  if (!ZH) {
    const lex = merged(ZH_LEXICON, ZH_DERIVED);
    let maxLen = 1;
    for (const k of lex.keys()) maxLen = Math.max(maxLen, k.length);
    ZH = { lex, maxLen };
  }
  return ZH;
}

const ZH_BREAK = /[，。！？；、,.!?;~\s…]/;

export function scoreChinese(text: string): { raw: number; hits: number } {
  const { lex, maxLen } = zh();
  const chars = Array.from(text);
  const contributions: number[] = [];
  let clauseStart = 0;
  let sentenceStartIdx = 0;
  let hits = 0;
  for (let i = 0; i < chars.length; ) {
    if (ZH_BREAK.test(chars[i])) {
      clauseStart = i + 1;
      i++;
      continue;
    }
    // Contrast words reset emphasis toward the later clause.
    let contrastLen = 0;
    for (const c of ZH_CONTRAST) {
      if (chars.slice(i, i + c.length).join('') === c) {
        contrastLen = c.length;
        break;
      }
    }
    if (contrastLen > 0 && i === clauseStart) {
      for (let j = sentenceStartIdx; j < contributions.length; j++) contributions[j] *= 0.6;
      sentenceStartIdx = contributions.length;
      i += contrastLen;
      clauseStart = i;
      continue;
    }
    let v = 0;
    let len = 0;
    for (let n = Math.min(maxLen, chars.length - i); n >= 1; n--) {
      const w = lex.get(n === 1 ? chars[i] : chars.slice(i, i + n).join(''));
      if (w !== undefined) {
        v = w;
        len = n;
        break;
      }
    }
    if (len === 0) {
      i++;
      continue;
    }
    // Look back within the clause for intensifier and negator, e.g. 不是很好, 非常不满意, 没有 ... 好吃.
    const before = chars.slice(Math.max(clauseStart, i - 4), i).join('');
    let mult = 1;
    for (const [w, f] of Object.entries(ZH_INTENSIFIERS)) {
      if (before.endsWith(w) && w !== '好') {
        mult = f;
        break;
      }
    }
    const startsNegated = ZH_NEGATORS.some((n) => chars.slice(i, i + n.length).join('') === n);
    let negated = false;
    if (!startsNegated) {
      for (const n of ZH_NEGATORS) {
        const at = before.lastIndexOf(n);
        // The negator must sit at most two characters (an intensifier like 太, 很) before the hit.
        if (at >= 0 && before.length - (at + n.length) <= 2) {
          negated = true;
          break;
        }
      }
    }
    v *= mult;
    if (negated) v = negate(v);
    contributions.push(v);
    hits++;
    i += len;
  }
  let raw = 0;
  for (const c of contributions) raw += c;
  return { raw, hits };
}

export function scoreEnglish(text: string): { raw: number; hits: number } {
  const r = scoreTokens(tokenizeEn(text), en());
  // Exclamation marks amplify whatever polarity is there (VADER does the same).
  const bangs = Math.min((text.match(/!/g) ?? []).length, 3);
  return { raw: r.raw * (1 + 0.1 * bangs), hits: r.hits };
}

export function scoreRussian(text: string): { raw: number; hits: number } {
  const r = scoreTokens(tokenizeRu(text), ru());
  const bangs = Math.min((text.match(/!/g) ?? []).length, 3);
  return { raw: r.raw * (1 + 0.1 * bangs), hits: r.hits };
}
