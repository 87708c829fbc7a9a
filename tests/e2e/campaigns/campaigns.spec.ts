import { test, expect } from '../fixtures.ts';

test('a new campaign previews the personalised message and splits a control group', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('table', { name: 'Campaigns' }).getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('button', { name: /New campaign/ }).click();
  const drawer = page.getByRole('complementary', { name: 'New campaign' });

  await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill('Autumn check-in E2E');
  const segment = drawer.getByRole('combobox', { name: 'Segment' });
  await expect(segment.locator('option', { hasText: 'Lapsed customers' })).toHaveText(/\([1-9][\d,]*\)/);
  await segment.selectOption((await segment.locator('option', { hasText: 'Lapsed customers' }).getAttribute('value'))!);
  await drawer.getByLabel('Control group, % (0–50)').fill('20');
  await drawer.getByLabel('Message template').fill('Hello {firstName} from {city}! <b>{frstName}</b>');

  const preview = drawer.getByTestId('personalised');
  await expect(preview).toHaveText(/^Hello \S.* from .*! <b>\{frstName\}<\/b>$/);
  await expect(preview).not.toContainText('{firstName}');
  await expect(drawer.getByRole('alert').filter({ hasText: 'Unknown placeholders' })).toContainText('{frstName}');
  await expect(drawer.getByTestId('split')).toContainText('≈');

  await drawer.getByRole('button', { name: 'Save' }).click();
  const detail = page.getByRole('complementary', { name: 'Autumn check-in E2E' });
  await expect(detail).toBeVisible();
  const audience = Number((await detail.getByText(/^Audience: [\d,]+$/).textContent())!.replace(/\D/g, ''));
  const split = detail.getByTestId('split');
  await expect(split).not.toContainText('≈');
  const treated = Number((await split.getByText(/Gets the message/).locator('strong').textContent())!.replace(/\D/g, ''));
  const control = Number((await split.getByText(/Control \(held back\)/).locator('strong').textContent())!.replace(/\D/g, ''));
  expect(treated + control).toBe(audience);
  expect(control / audience).toBeGreaterThan(0.12);
  expect(control / audience).toBeLessThan(0.28);
  await expect(detail.getByTestId('personalised')).toHaveText(/^Hello \S/);

  // The split is a pure function of the ids: the same after a reload.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Autumn check-in E2E' }).getByTestId('split').getByText(/Control/).locator('strong')).toHaveText(control.toLocaleString('en'), { timeout: 60_000 });
});
