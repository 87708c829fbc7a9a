import { test, expect } from '../fixtures.ts';
import { emptyWorkspace } from './helpers.ts';

test('a workspace missing after this device held one says so and seeds nothing', async ({ browser }) => {
  const context = await browser.newContext();
  // What eviction or "clear site data" for IndexedDB alone leaves: the marker, no database.
  await context.addInitScript(() => {
    localStorage.setItem('kith.locale', 'en');
    localStorage.setItem('kith.hadData.main', '1');
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your workspace is not on this device any more' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Settings › Backup/)).toBeVisible();
  await page.screenshot({ path: '/tmp/trust-shots/missing.png' });
  // Nothing was seeded in its place.
  const hasInfo = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('kith-main');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('meta')) {
            db.close();
            return resolve(false);
          }
          const get = db.transaction('meta').objectStore('meta').get('workspace');
          get.onsuccess = () => {
            db.close();
            resolve(get.result !== undefined);
          };
        };
      }),
  );
  expect(hasInfo).toBe(false);
  // Starting empty works, and the next open is normal.
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });
  await context.close();
});

test('a reset in one tab makes the other tab reload onto the new workspace', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  await context.addInitScript(() => {
    localStorage.setItem('kith.locale', 'en');
    // Start from an empty workspace (fast): the marker says there was one, the missing screen offers it.
    localStorage.setItem('kith.hadData.main', '1');
  });
  const a = await context.newPage();
  await a.goto('/');
  await a.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(a.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });
  await a.getByRole('button', { name: /New contact/ }).click();
  await a.getByLabel('First name').fill('Before reset');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(a.getByText('1 row', { exact: true })).toBeVisible();

  const b = await context.newPage();
  const errors: string[] = [];
  b.on('pageerror', (e) => errors.push(String(e)));
  await b.goto('/');
  await expect(b.getByText('Before reset')).toBeVisible({ timeout: 30_000 });
  const reloaded = b.waitForEvent('load');

  a.on('dialog', (d) => void d.accept());
  await a.goto('/#/settings');
  await a.getByRole('button', { name: 'Start empty workspace' }).click();
  await reloaded;
  await b.evaluate(() => (location.hash = '#/contacts'));
  await expect(b.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });
  await expect(b.getByText('Before reset')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('validation speaks the UI language: no English in a Russian form', async ({ browser }) => {
  const { context, page } = await emptyWorkspace(browser);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('button', { name: /Новый контакт/ }).click();
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('\u200B\u200B');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not-an-email');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  const form = page.locator('form');
  await expect(form.getByText('Поле «Имя» обязательно')).toBeVisible();
  await expect(form.getByText('Поле «Email»: неверный адрес электронной почты')).toBeVisible();
  await page.screenshot({ path: '/tmp/trust-shots/validation-ru.png' });
  const alerts = await form.getByRole('alert').allInnerTexts();
  for (const a of alerts) expect(a, a).not.toMatch(/\b(is|must|required|valid)\b/);
  await context.close();
});

test('Settings shows whether storage is persistent, the space per part and the quota', async ({ browser }) => {
  const { context, page } = await emptyWorkspace(browser);
  await page.evaluate(() => (location.hash = '#/settings'));
  const card = page.getByRole('region', { name: 'Storage on this device' });
  await expect(card.getByText(/Protected from eviction|Not protected from eviction/)).toBeVisible();
  for (const part of ['Records (lists and search)', 'Change history (sync and undo)', 'Order batches', 'Used by this site', 'Available to this site'])
    await expect(card.getByRole('row', { name: new RegExp(part.replace(/[()]/g, '\\$&')) })).toContainText(/\d/);
  await page.screenshot({ path: '/tmp/trust-shots/settings-storage.png' });
  await context.close();
});
