import { expect, test } from './fixtures';

// oEmbed 1.0: discovery on the pages, and a rich iframe answer for the site's own URLs.

test('a page names its oEmbed endpoint, which answers with valid oEmbed JSON for that view', async ({ page, request, baseURL }) => {
  await page.goto('/?trip=kim-2023&visit=kim-2023-vostochny');
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const body = await response.json();
  // The fields oEmbed 1.0 requires of a rich response, with the right types.
  expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 500, title: expect.stringContaining('Vostochny Cosmodrome') });
  expect(typeof body.html).toBe('string');
  expect(body.html).toContain(`src="${baseURL}/embed?trip=kim-2023&amp;visit=kim-2023-vostochny"`);
  expect(body.html).toMatch(/title="[^"]+"/);
  // The iframe it gives shows that view.
  await page.setContent(body.html);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
  await expect(frame.locator('.popup-body[data-popup="visit:kim-2023-vostochny"]')).toBeVisible();
});

test('maxwidth and maxheight bound the size; foreign URLs are 404 and bad input 400, as JSON', async ({ request, baseURL }) => {
  const ask = (query: string) => request.get(`/api/oembed?${query}`);
  const small = await (await ask(`url=${encodeURIComponent(`${baseURL}/embed?trip=kim-2019`)}&maxwidth=400&maxheight=400`)).json();
  expect([small.width, small.height]).toEqual([400, 250]);
  for (const [query, status] of [
    [`url=${encodeURIComponent('https://example.org/?trip=kim-2019')}`, 404],
    [`url=${encodeURIComponent(`${baseURL}/?trip=nope`)}`, 404],
    ['url=not%20a%20url', 400],
    ['', 400],
    [`url=${encodeURIComponent(`${baseURL}/`)}&maxwidth=-1`, 400],
  ] as const) {
    const response = await ask(query);
    expect(response.status(), query).toBe(status);
    expect((await response.json()).error).toEqual(expect.any(String));
  }
});

test('link previews: Open Graph and Twitter cards with the view’s image', async ({ page, request }) => {
  await page.goto('/?trip=kim-2019');
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(/\/static\/kim-2019\.png\?width=1200&height=630$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Kim Jong-un's train trip to Vladivostok/);
  expect((await request.get(og!)).status()).toBe(200);
});
