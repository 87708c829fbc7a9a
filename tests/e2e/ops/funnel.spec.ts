import { test, expect } from '../fixtures.ts';

test('picking Lost without a reason is refused; cancel leaves the deal where it was', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Deals' }).click();
  await page.getByRole('button', { name: 'List' }).click();
  // The list is windowed: filter to the stage rather than hope such a deal is among the rows on screen.
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Negotiation' });
  const row = page.getByRole('table', { name: 'Deals' }).getByRole('row').filter({ hasText: 'Negotiation' }).first();
  await row.click();
  const drawer = page.getByRole('complementary').last();
  const stage = drawer.getByLabel('Stage');
  await stage.selectOption({ label: 'Lost' });
  await expect(drawer.getByLabel('Why was it lost?')).toBeVisible();
  await expect(stage).toHaveValue('negotiate');
  await expect(drawer.getByRole('button', { name: /Mark lost/ }).last()).toBeDisabled();
  await drawer.getByRole('button', { name: 'Cancel' }).click();
  await expect(stage).toHaveValue('negotiate');
  await drawer.getByRole('button', { name: /Mark lost/ }).click();
  await drawer.getByLabel('Why was it lost?').fill('Chose a competitor');
  await drawer.getByRole('button', { name: /Mark lost/ }).last().click();
  await expect(drawer.getByRole('definition').filter({ hasText: 'Chose a competitor' })).toBeVisible();
  await expect(stage).toHaveValue('lost');
});

test('at 1440 px every column is on screen; cards show time in stage; an idle limit is set per stage and the history shows each move', async ({ app: page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('link', { name: 'Deals' }).click();
  await page.getByRole('button', { name: 'Board' }).click();
  const board = page.getByRole('region', { name: 'Board' });
  await expect(board.getByRole('heading', { name: 'Won' })).toBeInViewport({ ratio: 1 });
  await expect(board.getByRole('heading', { name: 'Lost' })).toBeInViewport({ ratio: 1 });

  const qualify = board.getByRole('region', { name: 'Qualification' });
  await expect(qualify.getByTestId('time-in-stage').first()).toContainText(/in stage/);
  // A bad limit is refused with a message naming the field; the limit stays.
  await qualify.getByRole('button', { name: /Idle after 14 d/ }).click();
  await qualify.getByLabel(/Days before a deal in Qualification is idle/).fill('0');
  await qualify.getByRole('button', { name: 'Save' }).click();
  await expect(qualify.getByRole('alert')).toHaveText('Idle days must be a whole number from 1 to 365');
  await qualify.getByLabel(/Days before a deal in Qualification is idle/).fill('1');
  await qualify.getByRole('button', { name: 'Save' }).click();
  await expect(qualify.getByRole('button', { name: 'Idle after 1 d' })).toBeVisible();
  await expect(qualify.getByTestId('idle-count')).toHaveText(/^\d+ idle$/);
  await expect(qualify.locator('article.idle').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/ops2-shots/funnel-board-1440.png' });

  const card = qualify.getByRole('article').first();
  const title = (await card.getByRole('button').first().textContent())!.trim();
  await card.getByLabel(`Stage of ${title}`).selectOption({ label: 'Discovery' });
  await page.getByRole('button', { name: title }).first().click();
  const drawer = page.getByRole('complementary').last();
  await expect(drawer.getByRole('heading', { name: 'Stage history' })).toBeVisible();
  const stays = drawer.getByTestId('stage-stay');
  await expect(stays.last()).toContainText('Discovery');
  await expect(stays.last()).toContainText(/moved by/);
  await expect(stays.nth(-2)).toContainText('Qualification');
  await page.screenshot({ path: '/tmp/ops2-shots/funnel-history.png' });
  // Back to the default so other tests see the seeded limits.
  await page.keyboard.press('Escape');
  await qualify.getByRole('button', { name: 'Idle after 1 d' }).click();
  await qualify.getByLabel(/Days before a deal in Qualification is idle/).fill('14');
  await qualify.getByRole('button', { name: 'Save' }).click();
  await expect(qualify.getByRole('button', { name: 'Idle after 14 d' })).toBeVisible();
});
