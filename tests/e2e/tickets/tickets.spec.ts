import { test, expect } from '../fixtures.ts';

test('a ticket goes from received to closed, with a timestamp for every step', async ({ app: page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
  await expect(page.getByRole('table', { name: 'Tickets' }).getByRole('row').nth(1)).toBeVisible();
  const closedTab = page.getByRole('tab', { name: /^Closed/ });
  const closed0 = Number((await closedTab.textContent())!.replace(/\D/g, ''));
  // Every step by hand: with auto-assignment on (the default) a new ticket is assigned as it is received.
  await page.getByRole('combobox', { name: 'Auto-assign' }).selectOption('off');

  await page.getByRole('button', { name: /New ticket/ }).click();
  const form = page.getByRole('complementary', { name: 'New ticket' });
  await form.getByLabel('Subject').fill('Invoice shows <b>wrong</b> VAT');
  await form.getByLabel('Text').fill('Hello,\n<script>alert(1)</script> the VAT is 20% but should be 0%.');
  await form.getByLabel('Priority').selectOption('high');
  await form.getByRole('button', { name: 'Save' }).click();

  const drawer = page.getByRole('complementary', { name: 'Invoice shows <b>wrong</b> VAT' });
  await expect(drawer.getByTestId('ticket-status')).toHaveText('Received');
  // Customer text is text: the tags are shown, not interpreted.
  await expect(drawer.getByText('<script>alert(1)</script> the VAT is 20%', { exact: false })).toBeVisible();
  const steps = drawer.getByRole('list', { name: 'Lifecycle' });
  await expect(steps.locator('time')).toHaveCount(1);

  await drawer.getByRole('button', { name: 'Record' }).click();
  await expect(drawer.getByTestId('ticket-status')).toHaveText('Recorded');
  await expect(steps.locator('time')).toHaveCount(2);
  await expect(steps.getByText(/after previous step/)).toHaveCount(1);

  // No jumping ahead: only the next step is offered.
  await expect(drawer.getByRole('button', { name: 'Close ticket' })).toHaveCount(0);
  const who = drawer.getByLabel('Support member');
  const person = (await who.locator('option').nth(1).textContent())!;
  await who.selectOption({ index: 1 });
  await drawer.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(drawer.getByTestId('ticket-status')).toHaveText('Assigned');
  await expect(drawer.getByText(person.split(' · ')[0], { exact: true }).first()).toBeVisible();

  await drawer.getByRole('button', { name: /Start processing/ }).click();
  await expect(drawer.getByTestId('ticket-status')).toHaveText('In progress');

  await drawer.getByLabel('Resolution').fill('Reissued the invoice without VAT');
  await drawer.getByLabel('Satisfaction').selectOption('5');
  await drawer.getByRole('button', { name: 'Close ticket' }).click();
  await expect(drawer.getByTestId('ticket-status')).toHaveText('Closed');
  await expect(steps.locator('time')).toHaveCount(5);
  await expect(steps.getByText(/after previous step/)).toHaveCount(4);
  // The resolution as shown on the ticket (the history below repeats it as the field's new value).
  await expect(drawer.getByText('Reissued the invoice without VAT').first()).toBeVisible();
  await expect(closedTab).toContainText((closed0 + 1).toLocaleString('en-GB'));

  await drawer.getByRole('button', { name: /Reopen/ }).click();
  await expect(drawer.getByTestId('ticket-status')).toHaveText('In progress');
  await expect(steps.locator('time')).toHaveCount(4);
});

test('the analysis shows speed and backlog numbers', async ({ app: page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
  await expect(page.getByTestId('avg-assign')).toHaveText(/\d+ (min|h|d)/);
  await expect(page.getByTestId('avg-close')).toHaveText(/\d+ (min|h|d)/);
  await expect(page.getByRole('table', { name: 'Open by priority' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Closed per week' }).getByRole('row')).toHaveCount(8);
});
