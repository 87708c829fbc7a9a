import { unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { personaliseHtml, toEml, toEmlFiles, zipStored, type OutboxMessage } from '../../../src/domain/campaigns/index.ts';

const AT = new Date('2026-03-10T15:30:00Z');
const msg = (i: number, to: string, toName: string): OutboxMessage => ({
  contactId: `C${i}`, to, toName, from: 'Shop <m@shop.co>', subject: `Привет ${i}`, text: `Hello ${toName}`, html: personaliseHtml('Hello {firstName}', { firstName: toName }), step: i % 2, locale: 'ru',
});

describe('outbox as a zip of .eml files', () => {
  it('an independent zip reader (fflate) gets every message back byte for byte, names unique', () => {
    const msgs = [msg(0, 'ann@example.com', 'Анна'), msg(1, 'x@example.com', '<img src=x onerror=alert(1)>'), msg(2, 'ann@example.com', 'Анна')];
    const files = toEmlFiles(msgs, AT, (m, i) => `id${i}`);
    const zip = zipStored(files, AT);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(files.map((f) => f.name));
    expect(new Set(Object.keys(back)).size).toBe(3);
    // fflate does not check stored entries' CRCs: Node's zlib does the sum, for the local and the central headers.
    const v = new DataView(zip.buffer);
    let local = 0;
    let central = v.getUint32(zip.length - 22 + 16, true);
    for (const f of files) {
      expect(v.getUint32(local + 14, true)).toBe(crc32(f.data));
      expect(v.getUint32(central + 16, true)).toBe(crc32(f.data));
      local += 30 + v.getUint16(local + 26, true) + f.data.length;
      central += 46 + v.getUint16(central + 28, true);
    }
    const dec = new TextDecoder();
    msgs.forEach((m, i) => expect(dec.decode(back[files[i].name])).toBe(toEml(m, AT, `id${i}`)));
    const html = dec.decode(back[files[1].name]).match(/text\/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/)![1];
    const body = Buffer.from(html.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(body).toContain('Hello &lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('<img');
  });

  it('an empty outbox is a valid empty archive', () => {
    expect(Object.keys(unzipSync(zipStored([], AT)))).toEqual([]);
  });
});
