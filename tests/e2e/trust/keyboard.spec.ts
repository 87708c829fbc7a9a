import { test, expect, type Page } from '../fixtures.ts';

/** The focused element's accessible text and whether it shows a focus ring. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return { row: el?.getAttribute('aria-rowindex') ?? '', ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
  });
}

test('the contact list works from the keyboard with a visible focus ring', async ({ app: page }) => {
  const rows = page.getByRole('table', { name: 'Contacts' }).getByRole('row');
  const third = (await rows.nth(2).innerText()).trim();
  expect(third.length).toBeGreaterThan(2);

  // Tab from the search box reaches the list (column headers, then the first row).
  await page.getByPlaceholder('Search contacts').focus();
  for (let i = 0; i < 30 && !(await rows.nth(1).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ row: '2', ring: true });

  // Down moves to the next person; Enter opens the record with focus inside the drawer.
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).row).toBe('3');
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('complementary');
  await expect(drawer).toBeVisible();
  // The record opened is the row's person (once read: the drawer is labelled "Loading…" until then).
  await expect(drawer).not.toHaveAttribute('aria-label', 'Loading…');
  expect(third).toContain((await drawer.getAttribute('aria-label')) ?? '(no name)');
  expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  // Tab goes on inside the drawer; Escape closes it and focus returns to the row.
  await page.keyboard.press('Tab');
  expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  expect((await focused(page)).ring).toBe(true);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  expect(await focused(page)).toEqual({ row: '3', ring: true });
});
