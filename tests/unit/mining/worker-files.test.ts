import { describe, expect, it } from 'vitest';
import { parseBasketFile } from '../../../src/mining/worker/basketFile.ts';
import { numericColumns, parseCsv, parseNumber, previewCsv } from '../../../src/mining/worker/csv.ts';
import { DataError } from '../../../src/mining/worker/errors.ts';
import { textsFromFile } from '../../../src/mining/worker/jobs/files.ts';
import { decodeText, splitLines } from '../../../src/mining/worker/text.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function dataError(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('decodeText', () => {
  it('strips a BOM and keeps the text', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('a,b\n')]))).toBe('a,b\n');
  });
  it('names the line of binary data and of invalid UTF-8', () => {
    const bin = dataError(() => decodeText(bytes('a,b\nc,d\n\u0000\u0001x')));
    expect(bin.code).toBe('file.binary');
    expect(bin.params.line).toBe(3);
    const enc = dataError(() => decodeText(new Uint8Array([...bytes('ok\nok\n'), 0xff, 0xfe])));
    expect(enc.code).toBe('file.encoding');
    expect(enc.params.line).toBe(3);
  });
  it('rejects empty and blank files', () => {
    expect(dataError(() => decodeText(new Uint8Array(0))).code).toBe('file.empty');
    expect(dataError(() => decodeText(bytes('  \n\n'))).code).toBe('file.empty');
  });
  it('splits any line ending without a phantom last line', () => {
    expect(splitLines('a\r\nb\nc\rd\n')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('parseBasketFile', () => {
  it('reads comma and blank separated baskets, counting an item once per basket', () => {
    const c = parseBasketFile('milk, bread ,milk\n\nbeer,nappies\n');
    expect(c.labels).toEqual(['milk', 'bread', 'beer', 'nappies']);
    expect(Array.from(c.offsets)).toEqual([0, 2, 4]);
    const d = parseBasketFile('1 2 3\n2 3\n');
    expect(d.labels).toEqual(['1', '2', '3']);
    expect(Array.from(d.items)).toEqual([0, 1, 2, 1, 2]);
  });
  it('names the line with an absurd item and refuses a single basket', () => {
    const e = dataError(() => parseBasketFile(`a,b\nc,${'x'.repeat(300)}\n`));
    expect(e.code).toBe('file.itemTooLong');
    expect(e.params.line).toBe(2);
    expect(dataError(() => parseBasketFile('a,b\n')).code).toBe('file.tooFewRows');
  });
});

describe('CSV', () => {
  it('detects the delimiter, the header and decimal commas', () => {
    const t = parseCsv('age;income\n31;1200,5\n45;"3 000"\n');
    expect(t.delimiter).toBe(';');
    expect(t.hasHeader).toBe(true);
    expect(t.header).toEqual(['age', 'income']);
    expect(parseNumber('1200,5', ';')).toBe(1200.5);
    expect(parseNumber('1,5', ',')).toBeNaN();
    expect(parseNumber('-1.5e3', ',')).toBe(-1500);
  });
  it('names columns 1..n when the first line is data', () => {
    const t = parseCsv('1,2\n3,4\n');
    expect(t.hasHeader).toBe(false);
    expect(t.header).toEqual(['1', '2']);
    expect(t.rows.length).toBe(2);
  });
  it('keeps quoted delimiters and doubled quotes inside a field', () => {
    const t = parseCsv('name,note\n"Smith, J","said ""hi"""\n');
    expect(t.rows[0]).toEqual(['Smith, J', 'said "hi"']);
  });
  it('reports a ragged line by number', () => {
    const e = dataError(() => parseCsv('a,b\n1,2\n3\n'));
    expect(e.code).toBe('file.ragged');
    expect(e.params).toMatchObject({ line: 3, found: 1, expected: 2 });
  });
  it('extracts numeric columns, skipping blanks and naming a bad cell', () => {
    const t = parseCsv('x,y,label\n1,2,a\n3,,b\n5,6,c\n');
    const m = numericColumns(t, ['x', 'y']);
    expect(m.n).toBe(2);
    expect(m.skipped).toBe(1);
    expect(Array.from(m.data)).toEqual([1, 2, 5, 6]);
    expect(Array.from(m.lines)).toEqual([2, 4]);
    const e = dataError(() => numericColumns(t, ['x', 'label']));
    expect(e.code).toBe('file.notNumber');
    expect(e.params).toMatchObject({ line: 2, column: 'label', value: 'a' });
    expect(dataError(() => numericColumns(t, ['nope'])).code).toBe('file.unknownColumn');
  });
  it('previews which columns are numeric', () => {
    expect(previewCsv('id,name,score\n1,ann,0.5\n2,bob,\n').numeric).toEqual([true, false, true]);
  });
});

describe('textsFromFile', () => {
  it('takes one text per non-empty line, identified by its line', () => {
    expect(textsFromFile('great\n\nawful\n').map((x) => [x.id, x.text])).toEqual([
      ['1', 'great'],
      ['3', 'awful'],
    ]);
  });
});
