import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForApp, type Page } from '../fixtures.ts';
import type { Browser, BrowserContext } from '@playwright/test';
import { startRelay, type RelayProcess } from './relayProcess.ts';

/**
 * Two browsers (contexts) share one workspace through a real relay started
 * with `npm run relay`: invite, live edits, offline edits that merge, a
 * damaged key, a read-only invite, and no plaintext on the relay's disk.
 */
let relay: RelayProcess;
test.beforeAll(async () => {
  relay = await startRelay();
});
test.afterAll(async () => {
  await relay?.stop();
});

async function newDevice(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  await context.addInitScript(() => localStorage.setItem('kith.locale', 'en'));
  return context;
}

async function addContact(page: Page, first: string, last: string, email: string, phone: string) {
  await page.goto('/#/contacts');
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Phone').fill(phone);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: `${first} ${last}` })).toBeVisible();
}

async function openContact(page: Page, name: string) {
  await page.goto('/#/contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(name.split(' ')[1]);
  await page.getByRole('row', { name: new RegExp(name) }).click();
  return page.getByRole('complementary', { name });
}

async function editContact(page: Page, name: string, fields: Record<string, string>) {
  const drawer = await openContact(page, name);
  await drawer.getByRole('button', { name: 'Edit' }).click();
  for (const [label, value] of Object.entries(fields)) await drawer.getByLabel(label, { exact: true }).fill(value);
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer.getByRole('button', { name: 'Edit' })).toBeVisible();
}

async function invite(page: Page, access: 'Invite teammate (can edit)' | 'Invite teammate (read-only)'): Promise<string> {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: access }).click();
  return page.getByTestId('invite-link').inputValue();
}

const syncState = (page: Page) => page.getByTestId('sync-status');
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/sync-shots/${name}.png` });

test('two devices share a workspace through the relay, merge offline edits, and the relay stores only ciphertext', async ({ browser }) => {
  test.setTimeout(300_000);
  // Device A: a new, empty workspace with a few contacts, shared through the relay.
  // Generating the 10,000-contact demo takes long on a busy machine, so A's first open finds a
  // sync setting (a joined workspace is never seeded); A then leaves it and starts empty.
  const a = await newDevice(browser);
  await a.addInitScript(
    ([url, key]) => {
      if (sessionStorage.getItem('kith.e2e.a')) return;
      sessionStorage.setItem('kith.e2e.a', '1');
      localStorage.setItem('kith.workspace', 'e2e-a');
      const token = 'bootstrap-token-0123456789';
      localStorage.setItem('kith.sync.e2e-a', JSON.stringify({ relay: url, workspaceId: 'bootstrap01', token, key, access: 'rw', roHash: 'f'.repeat(64) }));
    },
    [relay.url, Buffer.alloc(32, 7).toString('base64url')],
  );
  const pa = await a.newPage();
  pa.on('dialog', (d) => void d.accept());
  await pa.goto('/#/settings');
  await pa.getByRole('button', { name: 'Stop syncing on this device' }).click();
  await pa.getByRole('button', { name: 'Start empty workspace' }).click();
  await expect(pa.getByRole('heading', { name: 'Team' })).toBeVisible();
  await addContact(pa, 'Ada', 'Lovelace', 'ada.lovelace@analytical.example', '+44 20 7946 0101');
  await addContact(pa, 'Grace', 'Hopper', 'grace.hopper@cobol.example', '+1 202 555 0199');
  await pa.goto('/#/settings');
  await pa.getByLabel('Relay address').fill(relay.url);
  await pa.getByRole('button', { name: 'Share this workspace' }).click();
  await expect(syncState(pa)).toHaveAttribute('data-connection', 'online');
  const rwLink = await invite(pa, 'Invite teammate (can edit)');
  const roLink = await invite(pa, 'Invite teammate (read-only)');
  expect(rwLink).toMatch(/#join=/);
  await shot(pa, 'team-settings');

  // Device B joins by the link: progress, then the data, then works like A.
  const b = await newDevice(browser);
  const pb = await b.newPage();
  await pb.goto(rwLink);
  await expect(pb.getByRole('heading', { name: 'Who are you?' })).toBeVisible({ timeout: 60_000 });
  await shot(pb, 'b-introduce');
  await pb.getByLabel('Your name').fill('Bob Babbage');
  await pb.getByLabel('Your e-mail').fill('bob@example.org');
  await pb.getByRole('button', { name: 'Start working' }).click();
  await waitForApp(pb);
  expect(pb.url()).not.toContain('#join=');
  await expect(pb.getByRole('row', { name: /Ada Lovelace/ })).toBeVisible();
  await expect(syncState(pb)).toHaveAttribute('data-connection', 'online');

  // A live edit crosses within 2 s.
  const drawerB = await openContact(pb, 'Ada Lovelace');
  await editContact(pa, 'Ada Lovelace', { Title: 'Countess of Lovelace' });
  await expect(drawerB.getByText('Countess of Lovelace')).toBeVisible({ timeout: 2_000 });
  await shot(pb, 'b-live-edit');
  // Presence: B sees A online and looking at the same record (names and routes travel encrypted).
  await expect(pb.getByTestId('sync-peer')).toHaveCount(1);
  await expect(pb.getByTestId('sync-viewing')).toHaveText('Me is viewing this too');

  // B offline: different fields of Ada, the same field of Grace, on both devices.
  await b.setOffline(true);
  await expect(syncState(pb)).toHaveAttribute('data-connection', /offline|connecting/);
  await editContact(pb, 'Ada Lovelace', { Phone: '+44 20 7946 0202' });
  await editContact(pa, 'Ada Lovelace', { Email: 'ada@engine.example' });
  await editContact(pb, 'Grace Hopper', { Title: 'Rear Admiral' });
  await editContact(pa, 'Grace Hopper', { Title: 'Commodore' });
  await expect(syncState(pb)).not.toHaveAttribute('data-pending', '0');
  await b.setOffline(false);
  await expect(syncState(pb)).toHaveAttribute('data-connection', 'online', { timeout: 20_000 });
  await expect(syncState(pa)).toHaveAttribute('data-connection', 'online');

  for (const page of [pa, pb]) {
    const ada = await openContact(page, 'Ada Lovelace');
    await expect(ada.getByText('+44 20 7946 0202')).toBeVisible();
    await expect(ada.getByText('ada@engine.example')).toBeVisible();
  }
  // The history on both devices shows both authors of the offline edits.
  for (const page of [pa, pb]) {
    const ada = await openContact(page, 'Ada Lovelace');
    await ada.getByRole('tab', { name: /History/ }).click();
    const entries = ada.getByTestId('history-entry');
    await expect(entries.filter({ hasText: 'Bob Babbage' }).filter({ hasText: '+44 20 7946 0202' })).toHaveCount(1);
    await expect(entries.filter({ hasText: 'Me' }).filter({ hasText: 'ada@engine.example' })).toHaveCount(1);
  }
  await shot(pb, 'b-history');
  const titleA = await (await openContact(pa, 'Grace Hopper')).getByText(/Rear Admiral|Commodore/).textContent();
  const titleB = await (await openContact(pb, 'Grace Hopper')).getByText(/Rear Admiral|Commodore/).textContent();
  expect(titleA).toBe(titleB);

  // A damaged key: a clear screen, and nothing written on that device.
  const damaged = rwLink.replace(/#join=(.*)$/, (_, p: string) => {
    const invite = JSON.parse(Buffer.from(p, 'base64url').toString());
    invite.key = (invite.key[0] === 'A' ? 'B' : 'A') + invite.key.slice(1);
    return `#join=${Buffer.from(JSON.stringify(invite)).toString('base64url')}`;
  });
  const d = await newDevice(browser);
  const pd = await d.newPage();
  await pd.goto(damaged);
  await expect(pd.getByRole('heading', { name: 'Cannot decrypt this workspace' })).toBeVisible();
  expect(await pd.evaluate(async () => (await indexedDB.databases()).map((x) => x.name))).toEqual([]);
  await shot(pd, 'damaged-key');
  await d.close();

  // A read-only invite: a note says so, and its edits never reach A.
  const r = await newDevice(browser);
  const pr = await r.newPage();
  await pr.goto(roLink);
  await waitForApp(pr);
  await expect(pr.getByTestId('sync-readonly')).toBeVisible();
  await expect(pr.getByRole('row', { name: /Grace Hopper/ })).toBeVisible();
  const roDrawer = await openContact(pr, 'Ada Lovelace');
  await roDrawer.getByRole('button', { name: 'Edit' }).click();
  await roDrawer.getByLabel('Title', { exact: true }).fill('Vandalised');
  await roDrawer.getByRole('button', { name: 'Save' }).click();
  await expect(roDrawer.getByRole('alert').filter({ hasText: 'Read-only invite: changes cannot be saved' })).toBeVisible();
  await shot(pr, 'read-only');
  await pa.waitForTimeout(1500);
  const adaA = await openContact(pa, 'Ada Lovelace');
  await expect(adaA.getByText('Countess of Lovelace')).toBeVisible();
  await expect(adaA.getByText('Vandalised')).toHaveCount(0);
  await r.close();

  await a.close();
  await b.close();
  // The relay stores what it has on shutdown; then no file in DATA_DIR may hold workspace plaintext.
  await relay.stop();
  const files = readdirSync(relay.dataDir).map((f) => join(relay.dataDir, f)).filter((f) => statSync(f).isFile());
  const all = Buffer.concat(files.map((f) => readFileSync(f)));
  expect(all.length).toBeGreaterThan(1_000);
  for (const secret of ['Lovelace', 'Hopper', 'ada.lovelace@analytical.example', 'grace.hopper', 'ada@engine.example', '7946', '555 0199', 'Countess', 'Commodore', 'Rear Admiral']) {
    expect(all.includes(Buffer.from(secret)), `relay data contains "${secret}"`).toBe(false);
  }
});
