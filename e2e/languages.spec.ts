import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext } from '@playwright/test';
import type { HostMessage } from '../components/explorer/host-messages';
import type { MapData } from '../content/map-data';
import { expect, openMap, openPopup, test } from './fixtures';

// The Korean and Russian editions: chosen by ?lang= (or, on / only, the reader's browser),
// spoken by every control, announcement, popup and list row.

const EDITIONS = {
  ko: { next: '다음 방문지', script: /\p{Script=Hangul}/u, date: /^\d{4}년 \d{1,2}월 \d{1,2}일 \([월화수목금토일]\)$/ },
  ru: { next: 'Следующий пункт', script: /\p{Script=Cyrillic}/u, date: /^(пн|вт|ср|чт|пт|сб|вс), \d{1,2} [а-я]+\.? \d{4} г\.$/ },
} as const;

test.use({ reducedMotion: 'reduce' });

/** An edition's map data, as the page fetches it (by the hashed name the build lists). */
async function editionData(request: APIRequestContext, lang: 'ko' | 'ru'): Promise<MapData> {
  const files = await (await request.get('/data/files.json')).json() as Record<string, string>;
  return (await request.get(files[`/data/map-data.${lang}.json`])).json();
}

for (const [lang, edition] of Object.entries(EDITIONS) as [keyof typeof EDITIONS, (typeof EDITIONS)[keyof typeof EDITIONS]][]) {
  test(`stepping through kim-2023 in ${lang} announces each visit and dates its popup in that language`, async ({ page, request }) => {
    const data = await editionData(request, lang);
    const placeName = new Map(data.places.map((p) => [p.id, p.name[lang]]));
    await openMap(page, `/?trip=kim-2023&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const status = page.locator('.step-status');
    for (const visit of data.visits.filter((v) => v.trip === 'kim-2023')) {
      await page.getByRole('button', { name: edition.next }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]visit=${visit.id}(&|$)`));
      const prefix = `${visit.dateLabel}, ${placeName.get(visit.place)}: `;
      await expect(status).toHaveText(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      // Then the summary's opening, in the edition's script.
      const said = (await status.textContent())!.slice(prefix.length);
      expect(said.length).toBeGreaterThan(0);
      expect(visit.summary.startsWith(said)).toBe(true);
      expect(said).toMatch(edition.script);
      const popup = await openPopup(page);
      if (visit.date) await expect(popup.locator('.visit-date').first()).toHaveText(edition.date);
    }
    // The scale bar's unit is the edition's.
    await expect(page.locator('.leaflet-control-scale-line')).toHaveText(lang === 'ru' ? /^\d+ (км|м)$/ : /^\d+ (km|m)$/);
    // Links keep the edition: the list's, and the language switch's to English.
    await expect(page.locator('.visit-list a.show-on-map').first()).toHaveAttribute('href', new RegExp(`lang=${lang}`));
    await expect(page.locator('.lang-switch a[hreflang="en"]')).toHaveAttribute('href', /^\/\?trip=kim-2023&visit=kim-2023-return&lang=en$/);
  });
}

test('without ?lang=, / speaks the reader’s language and says it varies; /embed stays English', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ko-KR', baseURL });
  const page = await context.newPage();
  const response = await page.goto('/?trip=kim-2019');
  expect(response!.headers()['vary']).toMatch(/Accept-Language/i);
  expect(response!.headers()['content-language']).toBe('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('북한–러시아 방문');
  // Links leave the choice to the browser again: they name no lang.
  await expect(page.locator('.visit-list a.show-on-map').first()).not.toHaveAttribute('href', /lang=/);

  const embed = await page.goto('/embed?trip=kim-2019');
  expect(embed!.headers()['content-language']).toBe('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('an unknown or repeated lang shows English with a notice saying why', async ({ page }) => {
  const response = await page.goto('/?lang=de');
  expect(response!.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.view-notice')).toHaveText('No language called “de” (lang= takes en, ko, ru): showing English.');
  await page.goto('/embed?lang=ko&lang=ru');
  await expect(page.locator('.view-notice')).toHaveText('The language (lang) parameter is given more than once: showing English.');
});

test('the language switch opens the view in view in another edition', async ({ page }) => {
  await openMap(page, '/?trip=kim-2023');
  await page.getByRole('button', { name: 'Next visit' }).click();
  await expect(page).toHaveURL(/visit=kim-2023-departure/);
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/?trip=kim-2023&visit=kim-2023-departure&lang=ru');
  await switcher.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\?trip=kim-2023&visit=kim-2023-departure&lang=ko$/);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '언어' }).locator('[aria-current]')).toContainText('한국어');
});

test('a Korean embed tells its host page the same messages as an English one', async ({ page, baseURL }) => {
  const record = async (src: string) => {
    const host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><body style="margin:0">
<iframe id="map" title="map" src="${src}" style="width:640px;height:480px;border:0"></iframe>
<script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script></body>`));
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}`);
    const frame = page.frameLocator('#map');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
    const next = frame.locator('.timeline .step-button').last();
    const visits = async () => page.evaluate(() => (window as unknown as { messages: HostMessage[] }).messages.filter((m) => m.type === 'trips-map:visit'));
    for (let i = 1; i <= 3; i += 1) {
      await next.click();
      await expect.poll(async () => (await visits()).length).toBe(i);
    }
    const messages = await visits();
    await new Promise((resolve) => host.close(resolve));
    return messages;
  };
  const english = await record(`${baseURL}/embed?trip=kim-2019`);
  const korean = await record(`${baseURL}/embed?trip=kim-2019&lang=ko`);
  expect(korean).toEqual(english);
  expect(english.map((m) => m.type === 'trips-map:visit' && m.visit)).toEqual(['kim-2019-departure', 'kim-2019-tumangang', 'kim-2019-khasan']);
});

test('Korean and Russian static images carry their text in that language', async ({ request }) => {
  const korean = await request.get('/static/kim-2023.svg?lang=ko&width=800&height=500');
  expect(korean.ok()).toBe(true);
  expect(await korean.text()).toMatch(/보스토치니/);
  const russian = await request.get('/static/kim-2023.svg?lang=ru&width=400&height=300');
  expect(await russian.text()).toMatch(/Восточный/);
  const png = await request.get('/static/kim-2023.png?lang=ru&width=400&height=300');
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).length).toBeGreaterThan(10_000);
});
