import { describe, expect, it } from 'vitest';
import { oembed } from './oembed';
import { fixtureMapData } from '../../content/fixtures/fixture-data';

const data = fixtureMapData();
const origin = 'https://trips.example';

describe('oembed', () => {
  it('answers a page URL with a rich iframe of the same view on /embed, within the maximum size', () => {
    const answer = oembed({ url: `${origin}/?trip=kim-2023&visit=kim-2023-vostochny`, maxwidth: '600' }, origin, data);
    expect(answer.status).toBe(200);
    const body = answer.body as Record<string, string | number>;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 375 });
    expect(body.html).toBe(
      `<iframe src="${origin}/embed?trip=kim-2023&amp;visit=kim-2023-vostochny" width="600" height="375" title="${body.title}" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`,
    );
    expect(body.thumbnail_url).toBe(`${origin}/static/kim-2023.png?width=600&height=375&visit=kim-2023-vostochny`);
  });

  it('refuses foreign URLs, other paths and unknown views with 404', () => {
    for (const url of ['https://evil.example/?trip=kim-2023', `${origin}/static/kim-2023.svg`, `${origin}/?trip=nope`]) {
      expect(oembed({ url }, origin, data).status).toBe(404);
    }
  });

  it('refuses a missing or malformed url and bad sizes with 400, other formats with 501', () => {
    expect(oembed({}, origin, data).status).toBe(400);
    expect(oembed({ url: 'not a url' }, origin, data).status).toBe(400);
    expect(oembed({ url: `${origin}/`, maxwidth: '50' }, origin, data).status).toBe(400);
    expect(oembed({ url: `${origin}/`, format: 'xml' }, origin, data).status).toBe(501);
  });
});
