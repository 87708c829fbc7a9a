import { describe, expect, it } from 'vitest';
import { measureCampaign } from '../../../src/analytics/campaigns/effectiveness.ts';
import { conversionUplift } from '../../../src/analytics/uplift.ts';
import { freezeRun, campaignRuns } from '../../../src/domain/campaigns/audience.ts';
import { readResponses } from '../../../src/domain/campaigns/responsesCsv.ts';
import { personaliseHtml, toMbox, toCsv } from '../../../src/domain/campaigns/index.ts';
import { nextStep, historyByContact, type CampaignStep } from '../../../src/domain/campaigns/steps.ts';

const DAY = 86_400_000;
const AT = Date.parse('2026-01-10T09:00:00Z');

describe('campaign effectiveness', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `C${String(i).padStart(5, '0')}`);
  const run = freezeRun({ campaignId: 'camp1', at: new Date(AT), controlShare: 0.2, candidates: ids.map((id) => ({ id })), pressure: { optedOut: new Set(), lastTouch: new Map(), minGapDays: 0 } });
  const [frozen] = campaignRuns([run]);

  it('counts an order inside the window as a conversion, for target and control alike, and agrees with conversionUplift', () => {
    // Every 5th target and every 10th control contact buys inside the window; some buy outside it.
    const orders = [
      ...frozen.target.filter((_, i) => i % 5 === 0).map((id) => ({ contactId: id, orderedAt: new Date(AT + 3 * DAY).toISOString(), status: 'paid' as const, total: 10_000, currency: 'USD' })),
      ...frozen.control.filter((_, i) => i % 10 === 0).map((id) => ({ contactId: id, orderedAt: new Date(AT + 5 * DAY).toISOString(), status: 'paid' as const, total: 10_000, currency: 'USD' })),
      ...frozen.target.slice(0, 50).map((id) => ({ contactId: id, orderedAt: new Date(AT + 40 * DAY).toISOString(), status: 'paid' as const, total: 99_999, currency: 'USD' })),
      ...frozen.control.slice(0, 50).map((id) => ({ contactId: id, orderedAt: new Date(AT + 6 * DAY).toISOString(), status: 'refunded' as const, total: 99_999, currency: 'USD' })),
    ];
    const e = measureCampaign({ id: 'camp1', runs: [run], endAt: new Date(AT + 30 * DAY).toISOString(), budget: 50_000, currency: 'USD' }, orders, [], AT + 60 * DAY);
    const tConv = frozen.target.filter((_, i) => i % 5 === 0).length;
    const cConv = frozen.control.filter((_, i) => i % 10 === 0).length;
    expect(e.target).toMatchObject({ n: frozen.target.length, converted: tConv, revenue: tConv * 10_000 });
    expect(e.control).toMatchObject({ n: frozen.control.length, converted: cConv, revenue: cConv * 10_000 });
    expect(e.purchase).toEqual(conversionUplift({ n: frozen.target.length, conversions: tConv }, { n: frozen.control.length, conversions: cConv }));
    const incremental = (tConv * 10_000) / frozen.target.length * frozen.target.length - (cConv * 10_000) / frozen.control.length * frozen.target.length;
    expect(e.incrementalRevenue).toBeCloseTo(incremental, 6);
    expect(e.returnOnBudget).toBeCloseTo(incremental / 50_000, 9);
    expect(e.ongoing).toBe(false);
  });

  it('is not measurable before launch, and a recorded conversion counts without an order', () => {
    expect(measureCampaign({ id: 'x', runs: undefined }, [], [], AT).measurable).toBe(false);
    const e = measureCampaign({ id: 'camp1', runs: [run] }, [], [{ contactId: frozen.target[0], response: 'converted', occurredAt: new Date(AT + DAY).toISOString() }], AT + 10 * DAY);
    expect(e.target.converted).toBe(1);
    expect(e.ongoing).toBe(false);
  });
});

describe('contact pressure and sequences', () => {
  it('leaves out opted-out and recently reached contacts before splitting', () => {
    const run = freezeRun({
      campaignId: 'c', at: new Date(AT), controlShare: 0.1, candidates: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'a' }],
      pressure: { optedOut: new Set(['a']), lastTouch: new Map([['b', new Date(AT - 2 * DAY).toISOString()]]), minGapDays: 7 },
    });
    expect(run.excluded).toEqual({ optedOut: 1, frequencyCap: 1 });
    expect([...run.target.split(' '), ...run.control.split(' ')].filter(Boolean)).toEqual(['c']);
  });

  it('branches: the reminder goes only to those who did not respond, after its wait', () => {
    const steps: CampaignStep[] = [{ waitDays: 0, branch: 'all', templates: { en: 'a' } }, { waitDays: 5, branch: 'silent', templates: { en: 'b' } }, { waitDays: 3, branch: 'responded', templates: { en: 'c' } }];
    const launched = new Date(AT).toISOString();
    const sent0 = { contactId: 'x', response: 'sent' as const, step: 0, occurredAt: launched };
    const h = historyByContact([sent0]);
    expect(nextStep(steps, undefined, launched, new Date(AT))).toBe(0);
    expect(nextStep(steps, h.get('x'), launched, new Date(AT + 4 * DAY))).toBeNull();
    expect(nextStep(steps, h.get('x'), launched, new Date(AT + 5 * DAY))).toBe(1);
    const engaged = historyByContact([sent0, { contactId: 'x', response: 'clicked', occurredAt: launched }]);
    expect(nextStep(steps, engaged.get('x'), launched, new Date(AT + 5 * DAY))).toBe(2);
    const stopped = historyByContact([sent0, { contactId: 'x', response: 'optedOut', occurredAt: launched }]);
    expect(nextStep(steps, stopped.get('x'), launched, new Date(AT + 30 * DAY))).toBeNull();
  });
});

describe('response files and the outbox', () => {
  const lookup = { byId: new Set(['ID1', 'ID2']), byEmail: new Map([['ann@example.com', 'ID2']]) };
  it('reads ids or emails, response words in three languages, and reports every bad line', () => {
    const ok = readResponses('email;response;date\nANN@example.com;Отписка;2026-02-01\n', lookup);
    expect(ok).toEqual({ rows: [{ contactId: 'ID2', response: 'optedOut', at: '2026-02-01' }], issues: [] });
    const bad = readResponses('contact_id,response,date\nID1,clicked,\nID9,opened,\nID2,"maybe",\nID1,converted,31/31/2026\n', lookup);
    expect(bad.issues.map((i) => i.line)).toEqual([3, 4, 5]);
    expect(readResponses('name,x\n', lookup).issues[0].message).toMatch(/response/);
  });

  it('escapes values in the HTML part and keeps the mbox and CSV well formed', () => {
    const html = personaliseHtml('Hi {firstName} & welcome', { firstName: '<img src=x onerror=alert(1)>' });
    expect(html).toBe('Hi &lt;img src=x onerror=alert(1)&gt; &amp; welcome');
    const msg = { contactId: 'ID1', to: 'a@b.co', toName: 'Анна <x>', from: 'Shop <m@shop.co>', subject: 'Привет', text: 'line\nFrom here', html, step: 0, locale: 'ru' };
    const mbox = toMbox([msg, msg], new Date(AT), (_, i) => `m${i}`);
    expect(mbox.match(/^From kith@localhost /gm)).toHaveLength(2);
    expect(mbox).toContain('Subject: =?UTF-8?B?');
    expect(mbox).not.toMatch(/^From here/m);
    expect(toCsv([{ ...msg, text: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
