import type { FeatureCollection, Geometry } from 'geojson';
import type { LegProperties, VisitProperties } from '../app/_http/trips-geojson';
import { expect, openMap, test } from './fixtures';

/** What /trips.geojson serves. */
type TripsGeoJson = FeatureCollection<Geometry, VisitProperties | LegProperties>;

test.describe('the trips map', () => {
  test('becomes ready and shows every trip in the legend', async ({ page }) => {
    await openMap(page);
    const trips = page.getByRole('list', { name: 'Trips' }).getByRole('listitem');
    await expect(trips).toHaveCount(7);
    for (const id of ['choe-2014', 'kim-2019', 'kim-2023', 'kim-jong-il-2011', 'putin-2000', 'putin-2024', 'ri-2014']) {
      await expect(page.locator(`.legend [data-trip="${id}"]`)).toBeVisible();
    }
    await expect(page.locator('.legend [data-trip="choe-2014"]')).toContainText('Choe Ryong-hae, 17–24 Nov 2014');
    await expect(page.locator('.legend [data-trip="kim-2023"]')).toContainText('10–19 Sep 2023');
  });

  test('the legend leaves the scale and the attribution in view on a short screen', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await openMap(page);
    const legend = (await page.locator('.legend').boundingBox())!;
    for (const control of ['.leaflet-control-scale', '.leaflet-control-attribution']) {
      const box = (await page.locator(control).boundingBox())!;
      const covered = box.x < legend.x + legend.width && legend.x < box.x + box.width && box.y < legend.y + legend.height && legend.y < box.y + box.height;
      expect(covered, `${control} is under the legend`).toBe(false);
    }
  });

  test('a legend taller than its room scrolls, with a shadow at the edge that has more', async ({ page }) => {
    // The Russian legend is the longest: at 1280 × 800 its key and data links were cut off with no sign of more.
    await openMap(page, '/?lang=ru');
    const legend = page.locator('.legend');
    expect(await legend.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const style = await legend.evaluate((el) => { const s = getComputedStyle(el); return [s.backgroundImage, s.backgroundAttachment]; });
    expect(style[0].match(/radial-gradient/g)).toHaveLength(2);
    expect(style[1]).toBe('local, local, scroll, scroll');
  });

  test('every visited place is on the map (folded or alone) and in the visit list', async ({ page, request }) => {
    await openMap(page);
    const geojson = (await (await request.get('/trips.geojson')).json()) as TripsGeoJson;
    const names = [...new Set(geojson.features.flatMap((f) => (f.properties.kind === 'visit' ? [f.properties.placeName] : [])))];
    const list = page.locator('.visit-list');
    for (const name of names) await expect(list.locator('.place-name-lead', { hasText: name }).first()).toBeAttached();
    // Every marker's name covers its places: together they count every visit exactly once.
    const titles = await page.locator('.leaflet-marker-pane .place-pin[title]').evaluateAll((pins) => pins.map((p) => p.getAttribute('title')!));
    const counted = titles.reduce((sum, title) => sum + Number(/: (\d+) visits?/.exec(title)?.[1] ?? 0), 0);
    expect(counted).toBe(geojson.features.filter((f) => f.properties.kind === 'visit').length);
  });

  test('draws one line per leg, dashed exactly where the leg is presumed', async ({ page, request }) => {
    await openMap(page);
    const geojson = (await (await request.get('/trips.geojson')).json()) as TripsGeoJson;
    const legs = geojson.features.flatMap((f) => (f.properties.kind === 'leg' ? [f.properties] : []));
    const presumed = legs.filter((leg) => leg.certainty === 'presumed');
    await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive')).toHaveCount(legs.length);
    await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive[stroke-dasharray]')).toHaveCount(presumed.length);
  });

  test('shows a direction arrow on legs long enough to have one, over the legs', async ({ page }) => {
    await openMap(page);
    // Drawn where in view (out of view an arrow is an empty path, "M0 0"), in a pane of their own
    // between the legs (the overlay pane) and the pins (the marker pane).
    expect(await page.locator('.leaflet-leg-arrows-pane path.leg-arrow:not([d="M0 0"])').count()).toBeGreaterThan(20);
    const zIndex = (pane: string) => page.locator(`.leaflet-${pane}-pane`).evaluate((e) => Number(getComputedStyle(e).zIndex));
    expect(await zIndex('leg-arrows')).toBeGreaterThan(await zIndex('overlay'));
    expect(await zIndex('leg-arrows')).toBeLessThan(await zIndex('marker'));
  });

  test('marks every place name with its language in the visit list', async ({ page }) => {
    await openMap(page);
    const vostochny = page.locator('.visit-list [data-visit="kim-2023-vostochny"]');
    await expect(vostochny.locator('.place-names [lang="en"]')).toHaveText('Vostochny Cosmodrome');
    await expect(vostochny.locator('.place-names [lang="ko"]')).toHaveText('보스토치니 우주기지');
    await expect(vostochny.locator('.place-names [lang="ru"]')).toHaveText('космодром Восточный');
  });

  test('says which positions are approximate and which visits are open', async ({ page }) => {
    await openMap(page);
    await expect(page.locator('.visit-list [data-visit="kim-2023-knaaz"]')).toContainText('Position approximate. About ±2 km.');
    const departure = page.locator('.visit-list [data-visit="kim-2019-departure"]');
    await expect(departure).toContainText('Date not reported');
    await expect(departure).toContainText('Place presumed');
    await expect(page.locator('.visit-list [data-visit="kim-2019-tumangang"]')).toContainText('Reached by train (presumed)');
  });
});
