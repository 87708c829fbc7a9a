/**
 * Sentiment lexicon tooling (not part of the app bundle).
 *
 *   npx tsx bench/mining-lexicon.ts eval     accuracy of `sentiment()` on the held-out rows
 *   npx tsx bench/mining-lexicon.ts derive   rewrite src/mining/sentiment/lexicon-derived.ts
 *
 * Split: after filters (ru: drop `mixed`; zh: drop empty reviews) row i is a TEST row when
 * i % 5 === 0, else TRAINING (the convention of the datasets README's TF-IDF bars). `derive` reads
 * training rows only, so `eval` on test rows stays held out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sentiment } from '../src/mining/sentiment/index.ts';
import { EN_LEXICON } from '../src/mining/sentiment/lexicon-en.ts';
import { RU_LEXICON } from '../src/mining/sentiment/lexicon-ru.ts';
import { ZH_LEXICON } from '../src/mining/sentiment/lexicon-zh.ts';
import { tokenizeEn, tokenizeRu } from '../src/mining/sentiment/score.ts';

import { DATASETS as DIR } from '../tests/datasets.ts';
type Label = 'positive' | 'negative' | 'neutral';
interface Row {
  text: string;
  label: Label;
}
export interface SentimentSet {
  name: string;
  lang: 'en' | 'ru' | 'zh';
  rows: Row[];
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Split CSV text into records, honouring newlines inside quotes. */
function csvRecords(text: string): string[][] {
  const recs: string[][] = [];
  let buf = '';
  for (const line of text.split(/\r?\n/)) {
    buf = buf ? `${buf}\n${line}` : line;
    if ((buf.match(/"/g) ?? []).length % 2 === 0) {
      if (buf.trim()) recs.push(parseCsvLine(buf));
      buf = '';
    }
  }
  return recs;
}

export function loadSentimentSets(): SentimentSet[] {
  const sets: SentimentSet[] = [];
  for (const [name, file] of [
    ['en amazon', 'en/amazon_cells_labelled.txt'],
    ['en yelp', 'en/yelp_labelled.txt'],
  ] as const) {
    const rows = readFileSync(`${DIR}/sentiment/${file}`, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.includes('\t'))
      .map((l) => {
        const [text, lab] = l.split('\t');
        return { text, label: (lab.trim() === '1' ? 'positive' : 'negative') as Label };
      });
    sets.push({ name, lang: 'en', rows });
  }
  for (const [name, file] of [
    ['ru telecom', 'ru/sentirueval2016_telecom_test.csv'],
    ['ru banks', 'ru/sentirueval2016_banks_test.csv'],
  ] as const) {
    const recs = csvRecords(readFileSync(`${DIR}/sentiment/${file}`, 'utf8'));
    const head = recs[0];
    const li = head.indexOf('label');
    const ti = head.indexOf('text');
    const rows = recs
      .slice(1)
      .filter((r) => r[li] === 'positive' || r[li] === 'negative' || r[li] === 'neutral')
      .map((r) => ({ text: r[ti], label: r[li] as Label }));
    sets.push({ name, lang: 'ru', rows });
  }
  for (const [name, file] of [
    ['zh waimai', 'zh/waimai_10k.csv'],
    ['zh hotel', 'zh/ChnSentiCorp_htl_all.csv'],
  ] as const) {
    const recs = csvRecords(readFileSync(`${DIR}/sentiment/${file}`, 'utf8'));
    const rows = recs
      .slice(1)
      .filter((r) => r.length >= 2 && r.slice(1).join(',').trim() !== '')
      .map((r) => ({ text: r.slice(1).join(','), label: (r[0] === '1' ? 'positive' : 'negative') as Label }));
    sets.push({ name, lang: 'zh', rows });
  }
  return sets;
}

export const isTest = (i: number): boolean => i % 5 === 0;

export interface Accuracy {
  name: string;
  n: number;
  accuracy: number;
  majority: number;
  /** Share of rows with at least one lexicon hit. */
  coverage: number;
}

export function evaluate(set: SentimentSet, which: 'test' | 'train' = 'test'): Accuracy {
  const rows = set.rows.filter((_, i) => (which === 'test' ? isTest(i) : !isTest(i)));
  let ok = 0;
  let covered = 0;
  const counts = new Map<Label, number>();
  for (const r of rows) {
    const s = sentiment(r.text);
    if (s.label === r.label) ok++;
    if (s.hits > 0) covered++;
    counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  }
  const majority = Math.max(...counts.values()) / rows.length;
  return { name: set.name, n: rows.length, accuracy: ok / rows.length, majority, coverage: covered / rows.length };
}

const EN_STOP = new Set(
  'the a an and or but is are was were be been i you he she it we they this that these those to of in on at for with my your our their me him her them as by from so if then than there here it s its im ive id just also all any some can could would should will do does did have has had am not no very really too one two get got go went what when where who which how about out up down over more most much many other'.split(
    ' ',
  ),
);

const RU_STOP = new Set(
  'и в во на с со к ко по за из у о об от до для а но или же ли бы то это как что так уже еще вот мне меня я ты он она оно мы вы они его ее их мой твой наш ваш свой там тут где когда кто чем при через rt http https co'.split(
    ' ',
  ),
);

function ruStem(t: string): string {
  const s = t.replace(
    /(иями|ями|ами|ого|его|ому|ему|ыми|ими|ешь|ете|ют|ут|ит|ят|ат|ет|ая|яя|ое|ее|ые|ие|ый|ий|ой|ах|ях|ам|ям|ом|ем|ую|юю|ть|ла|ло|ли|ся|сь|а|я|о|е|ы|и|у|ю|ь|й)$/,
    '',
  );
  return s.length >= 4 ? s : t;
}

function zhGrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const clause of text.split(/[，。！？；、,.!?;~\s…]+/)) {
    const ch = Array.from(clause);
    for (let n = 2; n <= 3; n++) for (let i = 0; i + n <= ch.length; i++) out.add(ch.slice(i, i + n).join(''));
  }
  return out;
}

/** Smoothed log-odds of a feature appearing in target-class docs vs the rest. */
function deriveWeights(
  docs: { feats: Set<string>; target: boolean }[],
  minDocs: number,
  minAbs: number,
  skip: (f: string) => boolean,
  limit: number,
): Record<string, number> {
  const pos = new Map<string, number>();
  const all = new Map<string, number>();
  let nPos = 0;
  for (const d of docs) {
    if (d.target) nPos++;
    for (const f of d.feats) {
      all.set(f, (all.get(f) ?? 0) + 1);
      if (d.target) pos.set(f, (pos.get(f) ?? 0) + 1);
    }
  }
  const nNeg = docs.length - nPos;
  const scored: [string, number][] = [];
  for (const [f, n] of all) {
    if (n < minDocs || skip(f)) continue;
    const a = pos.get(f) ?? 0;
    const b = n - a;
    const lo = Math.log((a + 0.5) / (nPos + 1)) - Math.log((b + 0.5) / (nNeg + 1));
    if (Math.abs(lo) >= minAbs) scored.push([f, lo]);
  }
  scored.sort((x, y) => Math.abs(y[1]) * Math.log(all.get(y[0]) ?? 1) - Math.abs(x[1]) * Math.log(all.get(x[0]) ?? 1));
  const out: Record<string, number> = {};
  for (const [f, lo] of scored.slice(0, limit)) out[f] = Math.max(-2, Math.min(2, Math.round(lo * 2) / 2));
  return out;
}

function derive(sets: SentimentSet[]): void {
  const train = (lang: string) =>
    sets.filter((s) => s.lang === lang).flatMap((s) => s.rows.filter((_, i) => !isTest(i)));
  const en = train('en').map((r) => ({
    feats: new Set(tokenizeEn(r.text).filter((t) => t !== '|' && !EN_STOP.has(t) && !/^\d+$/.test(t))),
    target: r.label === 'positive',
  }));
  const EN = deriveWeights(en, 4, 1.2, (f) => f in EN_LEXICON, 250);

  const ruRows = train('ru');
  const ruFeats = ruRows.map((r) =>
    new Set(tokenizeRu(r.text).filter((t) => t !== '|' && !RU_STOP.has(t) && t.length >= 4 && /[а-я]/.test(t)).map(ruStem)),
  );
  const inRu = (f: string): boolean => f in RU_LEXICON;
  // Russian is three-class: derive negative-vs-rest and positive-vs-rest separately, keep each side's own polarity.
  const ruNeg = deriveWeights(ruFeats.map((feats, i) => ({ feats, target: ruRows[i].label === 'negative' })), 6, 1.2, inRu, 300);
  const ruPos = deriveWeights(ruFeats.map((feats, i) => ({ feats, target: ruRows[i].label === 'positive' })), 5, 1.5, inRu, 200);
  const RU: Record<string, number> = {};
  for (const [k, v] of Object.entries(ruNeg)) if (v > 0) RU[k] = -v;
  for (const [k, v] of Object.entries(ruPos)) if (v > 0 && !(k in RU)) RU[k] = v;

  const zhDocs = train('zh').map((r) => ({ feats: zhGrams(r.text), target: r.label === 'positive' }));
  const ZH = deriveWeights(zhDocs, 15, 1.0, (f) => f in ZH_LEXICON || /[\da-zA-Z]/.test(f), 600);

  const dump = (o: Record<string, number>) =>
    `{\n${Object.entries(o)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, v]) => `  ${JSON.stringify(k)}: ${v},`)
      .join('\n')}\n}`;
  const header = `// GENERATED by bench/mining-lexicon.ts derive. Do not edit by hand.
// Smoothed log-odds of words (en), stems (ru) and 2-3 character n-grams (zh) computed on the
// TRAINING rows only (row index % 5 !== 0) of the labelled sets in /work/shared/datasets/sentiment;
// the test rows (index % 5 === 0) are held out for the accuracy figures. Weights clipped to [-2, 2].
`;
  writeFileSync(
    new URL('../src/mining/sentiment/lexicon-derived.ts', import.meta.url),
    `${header}export const EN_DERIVED: Record<string, number> = ${dump(EN)};\n\nexport const RU_DERIVED: Record<string, number> = ${dump(RU)};\n\nexport const ZH_DERIVED: Record<string, number> = ${dump(ZH)};\n`,
  );
  console.log(`derived en ${Object.keys(EN).length}, ru ${Object.keys(RU).length}, zh ${Object.keys(ZH).length}`);
}

const isMain = process.argv[1]?.endsWith('mining-lexicon.ts');
if (isMain) {
  const sets = loadSentimentSets();
  if (process.argv[2] === 'derive') derive(sets);
  else {
    const byLang = new Map<string, { ok: number; n: number }>();
    for (const s of sets) {
      const te = evaluate(s, 'test');
      const tr = evaluate(s, 'train');
      console.log(
        `${s.name.padEnd(11)} test n=${te.n} acc=${te.accuracy.toFixed(3)} majority=${te.majority.toFixed(3)} coverage=${te.coverage.toFixed(2)} | train acc=${tr.accuracy.toFixed(3)}`,
      );
      const l = byLang.get(s.lang) ?? { ok: 0, n: 0 };
      l.ok += te.accuracy * te.n;
      l.n += te.n;
      byLang.set(s.lang, l);
    }
    for (const [lang, l] of byLang) console.log(`${lang}: held-out accuracy ${(l.ok / l.n).toFixed(3)} on ${l.n} rows`);
  }
}
