import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, type Page } from '../fixtures.ts';

/** axe-core from node_modules, evaluated in the page (page.evaluate is not subject to the app's CSP). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

async function audit(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => String(n.target.join(' '))) }));
  });
  return (found as Finding[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
}

/** Every page, sub-page, a record drawer, a form and the palette, in one shared page. */
const ROUTES = [
  'contacts',
  'leads',
  'companies',
  'deals',
  'tasks',
  'tickets',
  'products',
  'products/orders',
  'analytics',
  'analytics/mining',
  'analytics/sql',
  'segments',
  'campaigns',
  'campaigns/rules',
  'campaigns/plan',
  'campaigns/loyalty',
  'settings',
  'settings/import',
  'settings/backup',
];

test('axe-core finds no serious or critical violation on any page', async ({ app: page }) => {
  test.setTimeout(300_000);
  await page.evaluate(AXE);
  const problems: string[] = [];
  for (const r of ROUTES) {
    await page.evaluate((hash) => (location.hash = hash), `#/${r}`);
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
    problems.push(...(await audit(page, r)));
  }

  // A record drawer and a form.
  await page.evaluate(() => (location.hash = '#/contacts'));
  await page.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).click();
  await expect(page.getByRole('complementary')).toBeVisible();
  problems.push(...(await audit(page, 'contact drawer')));
  await page.getByRole('complementary').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /New contact/ }).click();
  await expect(page.getByLabel('First name')).toBeVisible();
  problems.push(...(await audit(page, 'contact form')));
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The command palette with results.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('an');
  await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
  problems.push(...(await audit(page, 'command palette')));

  // The dark theme (the system's setting): every page again, with the other palette.
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--panel').trim())).toBe('#171c27');
  for (const r of ROUTES) {
    await page.evaluate((hash) => (location.hash = hash), `#/${r}`);
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
    problems.push(...(await audit(page, `${r} (dark)`)));
  }
  await page.emulateMedia({ colorScheme: 'light' });

  expect(problems).toEqual([]);
});
