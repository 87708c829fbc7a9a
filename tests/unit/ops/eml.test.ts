import { describe, expect, it } from 'vitest';
import { parseAddresses } from '../../../src/io/mail/addresses.ts';
import { decodeHeader } from '../../../src/io/mail/encodedWords.ts';
import { MailParseError, parseEml, splitMbox } from '../../../src/io/mail/eml.ts';

/** Bytes of a message whose body is given as hex (made with iconv, outside our code) and headers as ASCII. */
function message(headers: string, body: string | Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`${headers.trim().replace(/\n/g, '\r\n')}\r\n\r\n`);
  const b = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const out = new Uint8Array(head.length + b.length);
  out.set(head);
  out.set(b, head.length);
  return out;
}
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
// "Добрый день! Оплата прошла." in Windows-1251 (iconv -t windows-1251 | xxd -p).
const CP1251 = 'c4eee1f0fbe920e4e5edfc2120ceefebe0f2e020eff0eef8ebe02e';

describe('e-mail headers (RFC 2047)', () => {
  it('decodes B and Q encoded words in their charsets, joining adjacent words', () => {
    // KOI8-R base64 of "Счёт на оплату" and "Иван Петров", made with iconv.
    expect(decodeHeader('=?KOI8-R?B?896j1CDOwSDP0MzB1NU=?=')).toBe('Счёт на оплату');
    expect(decodeHeader('Re: =?utf-8?Q?Zo=C3=AB_M=C3=BCller?= (office)')).toBe('Re: Zoë Müller (office)');
    expect(decodeHeader('=?UTF-8?B?5oKo5aW977yM?=\r\n =?UTF-8?B?6K6i5Y2V5bey5Y+R6LSn44CC?=')).toBe('您好，订单已发货。');
    expect(decodeHeader('=?windows-1251?Q?=C4=EE=E1=F0=FB=E9?= day')).toBe('Добрый day');
  });

  it('reads address lists with quoted names, commas in quotes, comments and groups', () => {
    expect(parseAddresses('"Doe, Jane" <Jane.Doe@Example.com>, bob@z.org (Bob B), Иван <ivan@x.ru>')).toEqual([
      { name: 'Doe, Jane', email: 'jane.doe@example.com' },
      { name: 'Bob B', email: 'bob@z.org' },
      { name: 'Иван', email: 'ivan@x.ru' },
    ]);
    expect(parseAddresses('team: a@b.io, c@d.io;')).toEqual([{ name: '', email: 'a@b.io' }, { name: '', email: 'c@d.io' }]);
    expect(parseAddresses('undisclosed-recipients:;')).toEqual([]);
  });
});

describe('.eml messages', () => {
  it('a KOI8-R subject and sender over a Windows-1251 quoted-printable body', () => {
    const qp = CP1251.match(/../g)!.map((b) => (parseInt(b, 16) < 128 && b !== '3d' ? String.fromCharCode(parseInt(b, 16)) : `=${b.toUpperCase()}`)).join('');
    const m = parseEml(
      message(
        `From: =?KOI8-R?B?6dfBziDwxdTSz9c=?= <Ivan.Petrov@Example.RU>
To: sales@kith.example
Subject: =?KOI8-R?B?896j1CDOwSDP0MzB1NU=?=
Date: Tue, 03 Mar 2026 10:15:00 +0300 (MSK)
Message-ID: <abc@example.ru>
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable`,
        qp,
      ),
    );
    expect(m).toMatchObject({
      from: [{ name: 'Иван Петров', email: 'ivan.petrov@example.ru' }],
      to: [{ name: '', email: 'sales@kith.example' }],
      subject: 'Счёт на оплату',
      date: '2026-03-03T07:15:00.000Z',
      messageId: 'abc@example.ru',
      text: 'Добрый день! Оплата прошла.',
    });
  });

  it('an 8-bit Windows-1251 body with no transfer encoding, folded headers', () => {
    const m = parseEml(message('From: a@b.io\nTo: c@d.io,\n  e@f.io\nSubject: Hello\n  world\nContent-Type: text/plain; charset=windows-1251', hex(CP1251)));
    expect(m.to.map((a) => a.email)).toEqual(['c@d.io', 'e@f.io']);
    expect(m.subject).toBe('Hello world');
    expect(m.text).toBe('Добрый день! Оплата прошла.');
  });

  it('multipart/alternative: the base64 UTF-8 text part wins over HTML; attachments are skipped', () => {
    const m = parseEml(
      message(
        `From: "王芳" <wang.fang@kith.example>
To: li@example.cn
Subject: =?UTF-8?B?6K6i5Y2V?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"`,
        `--outer
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

5oKo5aW977yM6K6i5Y2V5bey5Y+R6LSn44CC
--inner
Content-Type: text/html; charset=UTF-8

<p>HTML version</p>
--inner--
--outer
Content-Type: text/plain; name="invoice.txt"
Content-Disposition: attachment; filename="invoice.txt"

not the body
--outer--
`,
      ),
    );
    expect(m.subject).toBe('订单');
    expect(m.from[0]).toEqual({ name: '王芳', email: 'wang.fang@kith.example' });
    expect(m.text).toBe('您好，订单已发货。');
  });

  it('an HTML-only message becomes text, never markup', () => {
    const m = parseEml(message('From: a@b.io\nContent-Type: text/html; charset=utf-8', '<html><body><p>Hi &amp; welcome</p><script>alert(1)</script><p>Line&nbsp;2</p></body></html>'));
    expect(m.text).toBe('Hi & welcome\nLine 2');
  });

  it('refuses files that are not messages, saying why', () => {
    expect(() => parseEml(new Uint8Array())).toThrow(MailParseError);
    expect(() => parseEml(new TextEncoder().encode('name,email\nJo,jo@x.io\n'))).toThrow(expect.objectContaining({ code: 'noHeaders' }));
    expect(() => parseEml(message('Subject: nobody\nTo: nobody', 'x'))).toThrow(expect.objectContaining({ code: 'noAddress' }));
  });

  it('splits an mbox into its messages and unescapes >From', () => {
    const mbox = new TextEncoder().encode(
      'From a@b.io Tue Mar  3 10:00:00 2026\nFrom: a@b.io\nSubject: one\n\n>From the start\n\nFrom c@d.io Tue Mar  3 11:00:00 2026\nFrom: c@d.io\nSubject: two\n\nbody two\n',
    );
    const parts = splitMbox(mbox).map(parseEml);
    expect(parts.map((p) => [p.from[0].email, p.subject])).toEqual([['a@b.io', 'one'], ['c@d.io', 'two']]);
    expect(parts[0].text).toBe('From the start');
  });
});

describe('where a message lands', () => {
  it('on every named contact once, in or out by the side they are on; unknown addresses offered; the team left out', async () => {
    const { landing, contactsByEmail } = await import('../../../src/io/mail/match.ts');
    const byEmail = contactsByEmail([
      { id: 'c1', email: 'Ivan@X.ru', companyId: 'k1' },
      { id: 'c2', email: 'jane@y.com' },
      { id: 'c3', email: 'jane@y.com' },
    ]);
    const m = parseEml(message('From: Ivan <ivan@x.ru>\nTo: sales@kith.example, Jane <JANE@y.com>\nCc: new@z.org, ivan@x.ru, help@kith.example', 'hi'));
    expect(landing(m, byEmail, new Set(['sales@kith.example', '@kith.example']))).toEqual({
      contacts: [{ id: 'c1', companyId: 'k1', direction: 'in' }, { id: 'c2', direction: 'out' }],
      unknown: [{ name: '', email: 'new@z.org' }],
    });
  });
});
