/**
 * Which text encoding a file's bytes are in. Byte order marks decide at
 * once; otherwise valid UTF-8 wins, then the legacy encodings people still
 * export from Excel and 1C: Windows-1251 and KOI8-R (Cyrillic), GBK/GB18030
 * and Big5 (Chinese), Windows-1252 (Western). The decoders are the
 * platform's TextDecoder (full ICU in Node 20 and every browser).
 */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'gbk' | 'gb18030' | 'big5' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: EncodingName;
}

const SAMPLE = 256 * 1024;

function tryDecode(bytes: Uint8Array, enc: string): string | null {
  try {
    return new TextDecoder(enc, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Cut a sample at a line break so a multi-byte character is not split at its end. */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE) return bytes;
  let end = SAMPLE;
  while (end > SAMPLE - 4096 && bytes[end] !== 0x0a) end--;
  return bytes.subarray(0, end + 1);
}

// The most frequent characters in names, addresses and company names, in simplified and traditional forms.
const COMMON_HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车' +
  '們這個國為時來說對會發開關經過還後點從業張陳劉楊黃趙吳週孫馬朱胡郭何羅鄭謝韓唐馮許鄧蕭曹葉蘇魏蔣呂丁沈任姚盧傅鍾姜崔譚廖範汪陸金石戴賈韋夏邱方侯鄒熊孟秦白江閻薛尹段雷黎史龍陶賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯' +
  '张陈刘杨黄赵吴周孙马朱胡郭何罗郑谢韩唐冯许邓萧曹叶苏魏蒋吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石贾韦夏邱侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武莫孔汤王李北京上海广州深圳市省区路号街有限公司科技集团电话邮箱姓名地址城金额日期客户产品订单';
const HANZI = new Set(COMMON_HANZI);

/** Share of CJK characters that are common ones: high for the right Chinese decoder, low for a wrong one. */
function hanziScore(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (HANZI.has(ch)) common++;
    } else if (c >= 0x80 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef)) cjk += 0.5; // stray symbols count against
  }
  return cjk === 0 ? 0 : common / cjk;
}

/**
 * Russian text is mostly lower case: Windows-1251 puts а–я at 0xE0–0xFF and
 * KOI8-R puts them at 0xC0–0xDF, so the busier half tells them apart. Bytes
 * 0xC0–0xFF next to ASCII letters inside one word are Western accents instead.
 */
function singleByte(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | 'windows-1252' {
  let low = 0;
  let high = 0;
  let mixed = 0;
  let total = 0;
  const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    total++;
    if (b >= 0xe0) high++;
    else if (b >= 0xc0) low++;
    if (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1])) mixed++;
  }
  if (total > 0 && mixed / total > 0.5) return 'windows-1252';
  return low > high ? 'koi8-r' : 'windows-1251';
}

export function detectAndDecode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };

  const head = sample(bytes);
  // UTF-16 without a mark: ASCII text leaves every other byte zero.
  let zeroEven = 0;
  let zeroOdd = 0;
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) if (head[i] === 0) {
      if (i % 2) zeroOdd++;
      else zeroEven++;
    }
  if (zeroOdd > n / 4 && zeroEven < n / 50) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (zeroEven > n / 4 && zeroOdd < n / 50) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };

  if (tryDecode(head, 'utf-8') !== null || head.length < bytes.length) {
    const full = tryDecode(bytes, 'utf-8');
    if (full !== null) return { text: full, encoding: 'utf-8' };
  }

  const gbk = tryDecode(head, 'gb18030');
  const big5 = tryDecode(head, 'big5');
  const gbScore = gbk === null ? 0 : hanziScore(gbk);
  const big5Score = big5 === null ? 0 : hanziScore(big5);
  if (Math.max(gbScore, big5Score) >= 0.2) {
    const enc = gbScore >= big5Score ? 'gbk' : 'big5';
    return { text: new TextDecoder(enc === 'gbk' ? 'gb18030' : 'big5').decode(bytes), encoding: enc };
  }
  const enc = singleByte(head);
  return { text: new TextDecoder(enc).decode(bytes), encoding: enc };
}
