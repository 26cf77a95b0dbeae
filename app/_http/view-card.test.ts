import { describe, expect, it } from 'vitest';
import { fixtureLocale, fixtureMapData } from '../../content/fixtures/fixture-data';
import { requestOrigin, viewCard } from './view-card';
import { UI_MESSAGES } from '../../content/i18n/ui-messages';

const data = fixtureMapData();
const origin = 'https://trips.example';

describe('viewCard', () => {
  it('describes a visit by its summary, with the trip image marked at the visit', () => {
    const card = viewCard(data, { trip: 'kim-2023', visit: 'kim-2023-vostochny' }, '/', origin, fixtureLocale());
    const visit = data.visits.find((v) => v.id === 'kim-2023-vostochny')!;
    expect(card.description).toBe(visit.summary);
    expect(card.pageUrl).toBe(`${origin}/?trip=kim-2023&visit=kim-2023-vostochny`);
    expect(card.canonical).toBe(card.pageUrl);
    expect(card.image.url).toBe(`${origin}/static/kim-2023.png?width=1200&height=630&visit=kim-2023-vostochny`);
    expect(card.oembedUrl).toBe(`${origin}/api/oembed?url=${encodeURIComponent(card.pageUrl)}`);
  });

  it('names no canonical URL for an embed, and describes the overview as the site', () => {
    const card = viewCard(data, { trip: null, visit: null }, '/embed', origin, fixtureLocale());
    expect(card.canonical).toBeUndefined();
    expect(card.description).toBe(UI_MESSAGES.en.siteDescription);
    expect(card.pageUrl).toBe(`${origin}/embed`);
    expect(card.image.url).toBe(`${origin}/static/all.png?width=1200&height=630`);
  });

  it('speaks the edition, keeps its lang in the page and image URLs, and names the other editions', () => {
    const ko = fixtureMapData('ko');
    const card = viewCard(ko, { trip: 'kim-2023', visit: null }, '/', origin, fixtureLocale('ko', 'ko'));
    expect(card.siteName).toBe(UI_MESSAGES.ko.siteName);
    expect(card.title).toContain(ko.trips.find((t) => t.id === 'kim-2023')!.title);
    expect(card.pageUrl).toBe(`${origin}/?trip=kim-2023&lang=ko`);
    expect(card.image.url).toBe(`${origin}/static/kim-2023.png?width=1200&height=630&lang=ko`);
    expect(card.editions.map((e) => `${e.lang} ${e.url}`)).toEqual([
      `x-default ${origin}/?trip=kim-2023`,
      `en ${origin}/?trip=kim-2023&lang=en`,
      `ko ${origin}/?trip=kim-2023&lang=ko`,
      `ru ${origin}/?trip=kim-2023&lang=ru`,
    ]);
  });
});

describe('requestOrigin', () => {
  it('prefers the forwarded host and protocol, and takes plain http only for local hosts', () => {
    expect(requestOrigin(new Headers({ host: 'internal:3000', 'x-forwarded-host': 'maps.example', 'x-forwarded-proto': 'https' }))).toBe('https://maps.example');
    expect(requestOrigin(new Headers({ host: 'maps.example' }))).toBe('https://maps.example');
    expect(requestOrigin(new Headers({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(requestOrigin(new Headers({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
  });
});
