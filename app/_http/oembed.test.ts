import { describe, expect, it } from 'vitest';
import { oembed } from './oembed';
import { fixtureContent, fixtureMapData } from '../../content/fixtures/fixture-data';
import type { Lang } from '../../content/i18n/lang';
import { buildMapData, type MapData } from '../../content/map-data';

const editions = new Map<Lang, MapData>([['en', fixtureMapData()]]);
const data = (lang: Lang) => {
  if (!editions.has(lang)) editions.set(lang, buildMapData(fixtureContent(), lang));
  return editions.get(lang)!;
};
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
    // Nothing is shown in its place: the error does not say "showing all trips", as the page's notice does.
    expect(oembed({ url: `${origin}/?trip=nope` }, origin, data).body).toEqual({ error: 'No trip called “nope”.' });
  });

  it('refuses a missing or malformed url and bad sizes with 400, other formats with 501', () => {
    expect(oembed({}, origin, data).status).toBe(400);
    expect(oembed({ url: 'not a url' }, origin, data).status).toBe(400);
    expect(oembed({ url: `${origin}/`, maxwidth: '50' }, origin, data).status).toBe(400);
    expect(oembed({ url: `${origin}/`, format: 'xml' }, origin, data).status).toBe(501);
  });

  it('answers in the edition the URL names: title, provider, and the same lang on the frame and thumbnail', () => {
    const ko = oembed({ url: `${origin}/embed?trip=kim-2023&visit=kim-2023-vostochny&lang=ko` }, origin, data);
    expect(ko.status).toBe(200);
    const body = ko.body as Record<string, string | number>;
    const visit = data('ko').visits.find((v) => v.id === 'kim-2023-vostochny')!;
    expect(body.title).toContain(visit.dateLabel);
    expect(body.title).toMatch(/^보스토치니/);
    expect(body.provider_name).toBe('북한–러시아 방문');
    expect(body.html).toContain(`src="${origin}/embed?trip=kim-2023&amp;visit=kim-2023-vostochny&amp;lang=ko"`);
    expect(body.html).toContain(`title="${body.title}"`);
    expect(body.thumbnail_url).toBe(`${origin}/static/kim-2023.png?width=800&height=500&visit=kim-2023-vostochny&lang=ko`);

    const ru = oembed({ url: `${origin}/?trip=kim-2019&lang=ru` }, origin, data).body as Record<string, string | number>;
    expect(ru.title).toMatch(/Поездки КНДР — Россия/);
    expect(ru.html).toContain(`src="${origin}/embed?trip=kim-2019&amp;lang=ru"`);
    expect(ru.thumbnail_url).toBe(`${origin}/static/kim-2019.png?width=800&height=500&lang=ru`);
    // English stays as it was: no lang on the frame or the thumbnail, unless the URL names it.
    const en = oembed({ url: `${origin}/?trip=kim-2019` }, origin, data).body as Record<string, string | number>;
    expect(en.html).toContain(`src="${origin}/embed?trip=kim-2019"`);
    expect(en.provider_name).toBe('North Korea–Russia trips');
    expect((oembed({ url: `${origin}/?trip=kim-2019&lang=en` }, origin, data).body as Record<string, string>).html).toContain('lang=en');
  });

  it('refuses a URL whose lang the page would not follow with 404, saying why', () => {
    expect(oembed({ url: `${origin}/?lang=de` }, origin, data)).toEqual({ status: 404, body: { error: 'No language called “de” (lang= takes en, ko, ru).' } });
    expect(oembed({ url: `${origin}/?lang=ko&lang=ru` }, origin, data).status).toBe(404);
  });
});
