import { test, expect } from '../fixtures.ts';
import validation from '../../../src/ui/i18n/messages/validation.ts';

// Every English validation template, cut at its placeholders: none of these pieces may show in the Russian UI.
const ENGLISH = Object.values(validation.en as Record<string, string>)
  .flatMap((m) => m.split(/\{\w+\}/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 4);

test('the Russian UI shows no English validation text on contact, deal, task and ticket forms', async ({ app: page }) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  const forms: [string, string, (f: import('@playwright/test').Locator) => Promise<void>][] = [
    ['contacts', 'Новый контакт', async (f) => f.getByRole('textbox', { name: 'Email', exact: true }).fill('not-an-address')],
    ['deals', 'Новая сделка', async (f) => f.getByLabel(/Сумма/).first().fill('12abc')],
    ['tasks', 'Новая задача', async () => {}],
    ['tickets', 'Новое обращение', async () => {}],
  ];
  for (const [route, button, spoil] of forms) {
    await page.goto(`/#/${route}`);
    await page.getByRole('button', { name: new RegExp(button) }).click();
    const form = page.getByRole('complementary', { name: button }).locator('form');
    await spoil(form);
    await form.getByRole('button', { name: 'Сохранить' }).click();
    const alerts = form.getByRole('alert');
    await expect(alerts.first()).toBeVisible();
    const texts = await alerts.allTextContents();
    expect(texts.length, route).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text, `${route}: "${text}"`).toMatch(/[А-Яа-яЁё]/);
      // No Latin word outside the quoted field label (the Russian label of e-mail is "Email", as Russian UIs often write it).
      expect(text.replace(/«[^»]*»/g, ''), `${route}: "${text}"`).not.toMatch(/[A-Za-z]{2,}/);
      for (const piece of ENGLISH) expect(text, `${route}: "${text}" holds "${piece}"`).not.toContain(piece);
    }
  }
});
