import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

// The "Embed" dialog on /: options, live preview, snippets that work when pasted, image links.

let host: Server;
let hostOrigin: string;
let hostBody = '';

test.beforeEach(async () => {
  // A blank page on another origin (a second local port), into which a snippet is pasted.
  host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><body style="margin:0">${hostBody}</body></html>`));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterEach(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('the builder starts from the current view, previews the choice, and its copied snippet shows the same view in a blank page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?trip=kim-2019&visit=kim-2019-summit');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Trip' })).toHaveValue('kim-2019');
  await expect(dialog.getByRole('checkbox', { name: /^Open on Far Eastern Federal University/ })).toBeChecked();

  await dialog.getByRole('radio', { name: 'Stepper' }).check();
  const preview = dialog.locator('iframe.embed-preview-frame');
  await expect(preview).toHaveAttribute('src', `${baseURL}/embed?trip=kim-2019&visit=kim-2019-summit&controls=stepper`);
  await expect(preview).toHaveAttribute('title', /^Preview: Map: Far Eastern Federal University/);
  await expect(page.frameLocator('iframe.embed-preview-frame').locator('.popup-body[data-popup="visit:kim-2019-summit"]')).toBeVisible();

  await dialog.getByRole('button', { name: 'Copy responsive snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Responsive snippet copied.');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await dialog.getByRole('textbox', { name: /^Responsive/ }).inputValue());
  expect(snippet).toContain('title="Map: Far Eastern Federal University');

  // Image links for the same view.
  await expect(dialog.getByRole('link', { name: 'PNG' })).toHaveAttribute('href', `${baseURL}/static/kim-2019.png?width=800&height=500&visit=kim-2019-summit`);

  // Escape closes the dialog and gives focus back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();

  // Pasted into a blank page of another origin, the snippet shows the same view with the stepper only.
  hostBody = snippet;
  await page.goto(hostOrigin);
  const frame = page.frameLocator('iframe[data-trips-map]');
  await expect(frame.locator('.popup-body[data-popup="visit:kim-2019-summit"]')).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Next visit' })).toBeVisible();
  await expect(frame.getByRole('combobox', { name: 'Trip' })).toHaveCount(0);
  await expect(page.locator('iframe[data-trips-map]')).toHaveAccessibleName(/^Map: Far Eastern Federal University/);
  // Its script follows the map's height messages: squeezed below the map's minimum, the frame grows back to it.
  await page.locator('iframe[data-trips-map]').evaluate((f: HTMLIFrameElement) => { f.style.height = '150px'; });
  await expect.poll(() => page.locator('iframe[data-trips-map]').evaluate((f: HTMLIFrameElement) => f.style.height)).toBe('240px');
});

test('the plain snippet keeps its aspect ratio and needs no script', async ({ page }) => {
  await page.goto('/?trip=kim-2023');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.getByRole('spinbutton', { name: 'Width' }).fill('600');
  await dialog.getByRole('spinbutton', { name: 'Height' }).fill('400');
  hostBody = await dialog.getByRole('textbox', { name: /^Plain frame/ }).inputValue();
  expect(hostBody).not.toContain('<script');
  await page.goto(hostOrigin);
  const frame = page.locator('iframe');
  await expect(page.frameLocator('iframe').locator('[data-map-ready="true"]')).toBeVisible();
  const box = (await frame.boundingBox())!;
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([600, 400]);
});
