import { expect, readTable, test } from './helpers.ts';

// The shared machine can be slow; these tests walk several screens.
test.describe.configure({ timeout: 240_000 });

test('a messy contacts CSV: fix a row in the grid, import, see the log, revert', async ({ app: page }) => {
  const tag = Date.now().toString(36);
  // Semicolons, a BOM, CRLF, Russian headers, a quoted line break, a birthday column in two date forms,
  // one bad e-mail and one in-file duplicate that differs only in case.
  const csv =
    '\ufeffИмя;Фамилия;Почта;Телефон;Компания;Дата рождения;Заметки\r\n' +
    `Анна;Смирнова;anna.${tag}@example.ru;+7 912 345-67-89;Ромашка ${tag};03.04.1990;\r\n` +
    `Boris;Ivanov;boris.${tag}@example;;Ромашка ${tag};1985-12-31;"first line\r\nsecond; line"\r\n` +
    `Chen;Wei;chen.${tag}@example.cn;;;;\r\n` +
    `Anna;Smirnova;ANNA.${tag}@EXAMPLE.RU;;;;\r\n`;

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'messy.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText('4 rows, 7 columns · encoding utf-8')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Import as: Почта' })).toHaveValue('email');
  await page.screenshot({ path: '/tmp/io-shots/import-columns.png' });
  await page.getByRole('button', { name: 'Next' }).click();

  const summary = page.getByTestId('import-summary');
  // Demo contacts may share a name with these people (reported, not skipped); the in-file e-mail duplicate is skipped.
  await expect(summary).toContainText(/2 to create, 0 to update, 1 skipped, \d+ duplicates, 1 errors/, { timeout: 120_000 });
  await expect(page.locator('tr[data-row="4"]')).toContainText('duplicate of 1');
  await page.screenshot({ path: '/tmp/io-shots/import-check.png' });
  await page.getByLabel('Only rows with errors').check();
  const bad = page.getByRole('textbox', { name: 'Row 2, Почта' });
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await bad.fill(`boris.${tag}@example.com`);
  await bad.press('Enter');
  await expect(summary).toContainText(/3 to create, 0 to update, 1 skipped, \d+ duplicates, 0 errors/, { timeout: 60_000 });
  await expect(summary).toContainText('1 companies will be created');

  await page.getByRole('button', { name: 'Import 3 records' }).click();
  // A reminder toast is a status region too.
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText('Imported: 3 created, 0 updated.', { timeout: 120_000 });
  const log = page.getByTestId('import-log').filter({ hasText: 'messy.csv' }).first();
  await expect(log).toContainText('imported');
  await expect(log).toContainText('3 created, 0 updated, 1 companies');

  const mine = () => readTable(page, 'contacts', { field: 'email', includes: tag });
  await expect.poll(async () => (await mine()).length, { timeout: 120_000 }).toBe(3);
  const anna = (await mine()).find((c) => c.firstName === 'Анна')!;
  expect(anna).toMatchObject({ lastName: 'Смирнова', phone: '+79123456789', birthday: '1990-04-03', email: `anna.${tag}@example.ru` });
  const company = (await readTable(page, 'companies', { field: 'name', includes: tag }))[0];
  expect(anna.companyId).toBe(company.id);
  // The quoted line break (and the semicolon) stayed inside one cell of a multi-line field.
  expect((await mine()).find((c) => c.firstName === 'Boris')).toMatchObject({ lastName: 'Ivanov', notes: 'first line\nsecond; line' });

  await page.screenshot({ path: '/tmp/io-shots/import-log.png' });
  page.once('dialog', (d) => void d.accept());
  await log.getByRole('button', { name: 'Revert' }).click();
  await expect(log).toContainText('reverted');
  await expect.poll(async () => (await mine()).length, { timeout: 120_000 }).toBe(0);
  expect(await readTable(page, 'companies', { field: 'name', includes: tag })).toEqual([]);
});

test('a file that is not a table gets a clear message and writes nothing', async ({ app: page }) => {
  await page.goto('/#/settings/import');
  const before = (await readTable(page, 'contacts')).length;
  await page.getByTestId('import-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByRole('alert')).toHaveText('"empty.csv" is empty.');
  expect((await readTable(page, 'contacts')).length).toBe(before);
});

test('"1 500,50" typed as an amount in the Russian UI saves 1,500.50', async ({ app: page }) => {
  const language = page.getByRole('combobox', { name: /^(Language|Язык)$/ });
  await language.selectOption('ru');
  try {
    await page.goto('/#/deals');
    await page.getByRole('button', { name: '+ Новая сделка' }).click();
    const title = `Сделка ${Date.now()}`;
    await page.getByLabel('Название').fill(title);
    await page.getByLabel('Сумма').fill('1 500,50');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(async () => (await readTable(page, 'deals', { field: 'title', includes: title }))[0]?.amount, { timeout: 60_000 }).toBe(150050);
  } finally {
    await language.selectOption('en');
  }
});
