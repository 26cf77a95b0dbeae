import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../../content/fixtures/fixture-data';
import { requestOrigin, viewCard } from './view-card';
import { SITE_DESCRIPTION } from '../../content/view-title';

const data = fixtureMapData();
const origin = 'https://trips.example';

describe('viewCard', () => {
  it('describes a visit by its summary, with the trip image marked at the visit', () => {
    const card = viewCard(data, { trip: 'kim-2023', visit: 'kim-2023-vostochny' }, '/', origin);
    const visit = data.visits.find((v) => v.id === 'kim-2023-vostochny')!;
    expect(card.description).toBe(visit.summary);
    expect(card.pageUrl).toBe(`${origin}/?trip=kim-2023&visit=kim-2023-vostochny`);
    expect(card.canonical).toBe(card.pageUrl);
    expect(card.image.url).toBe(`${origin}/static/kim-2023.png?width=1200&height=630&visit=kim-2023-vostochny`);
    expect(card.oembedUrl).toBe(`${origin}/api/oembed?url=${encodeURIComponent(card.pageUrl)}`);
  });

  it('names no canonical URL for an embed, and describes the overview as the site', () => {
    const card = viewCard(data, { trip: null, visit: null }, '/embed', origin);
    expect(card.canonical).toBeUndefined();
    expect(card.description).toBe(SITE_DESCRIPTION);
    expect(card.pageUrl).toBe(`${origin}/embed`);
    expect(card.image.url).toBe(`${origin}/static/all.png?width=1200&height=630`);
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
