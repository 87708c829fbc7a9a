import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { FileError, readTable, withHeaderRow } from '../../../src/io/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readTable', () => {
  it('reads a UTF-8 BOM semicolon CSV with CRLF and a quoted line break', async () => {
    const text = '\ufeffName;E-mail;Notes\r\nАнна;anna@example.com;"first line\r\nsecond; line"\r\n王伟;wei@example.cn;plain\r\n';
    const t = await readTable(utf8(text), 'people.csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.delimiter).toBe(';');
    expect(t.columns).toEqual(['Name', 'E-mail', 'Notes']);
    expect(t.rows).toEqual([
      ['Анна', 'anna@example.com', 'first line\r\nsecond; line'],
      ['王伟', 'wei@example.cn', 'plain'],
    ]);
  });

  it('detects Windows-1251, KOI8-R, GBK, Big5 and UTF-16 bytes', async () => {
    const ru = 'Фамилия,Имя,Город\nИванов,Иван,Москва\nПетрова,Мария,Санкт-Петербург\nСидоров,Алексей,Новосибирск\n';
    const zh = '姓名,公司,城市\n张伟,北京科技有限公司,北京\n王芳,上海电子集团,上海\n李娜,深圳贸易公司,深圳\n';
    const tw = '姓名,公司,城市\n張偉,台北科技有限公司,台北\n陳美玲,高雄電子集團,高雄\n';
    const cases: [Uint8Array, string, string][] = [
      [iconv.encode(ru, 'win1251'), 'windows-1251', 'Санкт-Петербург'],
      [iconv.encode(ru, 'koi8-r'), 'koi8-r', 'Новосибирск'],
      [iconv.encode(zh, 'gbk'), 'gbk', '北京科技有限公司'],
      [iconv.encode(tw, 'big5'), 'big5', '高雄電子集團'],
      [Uint8Array.from([0xff, 0xfe, ...iconv.encode(ru, 'utf16le')]), 'utf-16le', 'Москва'],
      [Uint8Array.from([0xfe, 0xff, ...iconv.encode(zh, 'utf16-be')]), 'utf-16be', '上海电子集团'],
    ];
    for (const [bytes, enc, cell] of cases) {
      const t = await readTable(bytes, 'file.csv');
      expect(t.encoding, enc).toBe(enc);
      expect(t.rows.flat(), enc).toContain(cell);
    }
  });

  it('reads an XLSX workbook, with every sheet listed and a sheet chosen by name', async () => {
    const blob = await writeExcelFile([
      {
        sheet: 'People',
        data: [
          [{ value: 'Name' }, { value: 'Email' }, { value: 'Amount' }, { value: 'Since' }],
          [{ value: 'Ada Lovelace' }, { value: 'ada@example.com' }, { value: 1500.5 }, { value: new Date(Date.UTC(2024, 0, 31)), format: 'yyyy-mm-dd' }],
        ],
      },
      { sheet: 'Products', data: [[{ value: 'Sku' }], [{ value: 'A-1' }]] },
    ]).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const t = await readTable(bytes, 'book.xlsx');
    expect(t.encoding).toBe('xlsx');
    expect(t.sheet).toBe('People');
    expect(t.sheets).toEqual(['People', 'Products']);
    expect(t.columns).toEqual(['Name', 'Email', 'Amount', 'Since']);
    expect(t.rows).toEqual([['Ada Lovelace', 'ada@example.com', '1500.5', '2024-01-31']]);
    const p = await readTable(bytes, 'book.xlsx', { sheet: 'Products' });
    expect(p.rows).toEqual([['A-1']]);
  });

  it('says clearly what is wrong with an empty, binary or broken file', async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array(), 'a.csv', 'empty'],
      [utf8('\ufeff\r\n\r\n'), 'a.csv', 'empty'],
      [Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256), 'photo.csv', 'not-a-table'],
      [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'bad.xlsx', 'not-a-table'],
    ];
    for (const [bytes, name, code] of cases) {
      const err = await readTable(bytes, name).then(() => null, (e: unknown) => e);
      expect(err, name).toBeInstanceOf(FileError);
      expect((err as FileError).code, name).toBe(code);
      expect((err as FileError).message.length).toBeGreaterThan(10);
    }
  });

  it('lets a later row be the header', async () => {
    const t = await readTable(utf8('Exported 2025-01-01\nName,Email\nAda,ada@example.com\n'), 'x.csv');
    const h = withHeaderRow(t, 1);
    expect(h.columns).toEqual(['Name', 'Email']);
    expect(h.rows).toEqual([['Ada', 'ada@example.com']]);
  });
});
