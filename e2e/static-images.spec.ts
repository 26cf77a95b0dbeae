import { expect, test } from './fixtures';

// Static images of a trip, drawn on the server: SVG and PNG, same origin, cacheable.

test('the SVG parses and holds the trip’s routes, places, legend and source line', async ({ page, request }) => {
  const response = await request.get('/static/kim-2023.svg?visit=kim-2023-vostochny&width=900&height=600');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(response.headers()['cache-control']).toContain('max-age');
  const geojson = await (await request.get('/trips.geojson')).json();
  const legs = geojson.features.filter((f: { properties: { kind: string; trip: string } }) => f.properties.kind === 'leg' && f.properties.trip === 'kim-2023');
  // Parsed by the browser's XML parser: a parse error would give a <parsererror> document.
  await page.goto('about:blank');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      legs: [...doc.querySelectorAll('path.route')].map((p) => p.getAttribute('data-leg')),
      text: doc.documentElement.textContent,
    };
  }, await response.text());
  expect(parsed.error).toBeNull();
  expect(parsed.size).toEqual(['900', '600']);
  expect(parsed.legs).toEqual(legs.map((l: { properties: { id: string } }) => l.properties.id));
  expect(parsed.text).toContain('Wed 13 Sep 2023 · Vostochny Cosmodrome');
  expect(parsed.text).toContain('Sources: ');
  expect(parsed.text).toContain('Basemap: Natural Earth');
});

test('the legend, caption and source line keep their text inside their panels, for every visit', async ({ page, request }) => {
  // An image per visit, drawn and measured in the browser: 10 s on a quiet 2-core machine, 17 s on a busy one.
  test.slow();
  const geojson = await (await request.get('/trips.geojson')).json();
  const visits: { trip: string; id: string }[] = geojson.features
    .filter((f: { properties: { kind: string } }) => f.properties.kind === 'visit')
    .map((f: { properties: { trip: string; id: string } }) => f.properties);
  expect(visits.length).toBeGreaterThan(40);
  await page.goto('about:blank');
  const overflows: string[] = [];
  for (const { trip, id } of visits) {
    for (const [width, height] of [[1200, 800], [400, 300], [200, 150]]) {
      const svg = await (await request.get(`/static/${trip}.svg?visit=${id}&width=${width}&height=${height}`)).text();
      // Laid out in the page, in whichever of the image's fonts this machine has.
      overflows.push(...await page.evaluate((markup) => {
        document.body.innerHTML = markup;
        return [...document.querySelectorAll('svg > g:has(> rect)')].flatMap((panel) => {
          const box = panel.querySelector<SVGRectElement>(':scope > rect')!.getBBox();
          return [...panel.querySelectorAll<SVGTextElement>('text')]
            .filter((text) => { const b = text.getBBox(); return b.x < box.x || b.x + b.width > box.x + box.width; })
            .map((text) => `${panel.getAttribute('class')}: "${text.textContent}"`);
        });
      }, svg).then((found) => found.map((f) => `${id} ${width}×${height} ${f}`)));
    }
  }
  expect(overflows).toEqual([]);
});

test('the PNG has the size asked for', async ({ page, request }) => {
  const response = await request.get('/static/kim-2019.png?width=640&height=360&theme=dark');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 360]);
  // And a browser decodes it.
  await page.goto('about:blank');
  const size = await page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    return [bitmap.width, bitmap.height];
  }, png.toString('base64'));
  expect(size).toEqual([640, 360]);
});

test('unknown trips are 404, sizes outside 100–4000 are 400, never a 500', async ({ request }) => {
  const cases: [string, number][] = [
    ['/static/kim-2099.svg', 404],
    ['/static/kim-2023.gif', 404],
    ['/static/kim-2023.svg?visit=kim-2019-summit', 404],
    ['/static/kim-2023.png?width=99', 400],
    ['/static/kim-2023.png?height=4001', 400],
    ['/static/kim-2023.svg?width=abc', 400],
    ['/static/kim-2023.svg?theme=%3Cscript%3E', 400],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect((await response.json()).error, path).toEqual(expect.any(String));
  }
});
