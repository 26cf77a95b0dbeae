import { describe, expect, it } from 'vitest';
import { getStaticMap } from '../components/static-map/site-static-map';
import { loadContent } from './load';
import { getMapData } from './site-data';

// The content in content/, as the site ships it. Every other unit test runs on the fixtures
// (content/fixtures/), so this is the one test a new or edited trip can break.

describe('the shipped content', () => {
  it('validates, and builds the map data with every trip, visit and leg', () => {
    const content = loadContent();
    const data = getMapData();
    expect(data.trips.map((t) => t.id)).toEqual(content.trips.map((t) => t.id));
    expect(data.visits).toHaveLength(content.trips.reduce((n, t) => n + t.visits.length, 0));
    expect(data.legs.map((l) => l.id)).toEqual(content.legs.map((l) => l.id));
  });

  it.each(loadContent().trips.map((t) => t.id))('renders a static map of %s, a route for each of its legs', (trip) => {
    const svg = getStaticMap({ trip, visit: null, width: 1200, height: 800, theme: 'light' });
    expect(svg).toMatch(/^<svg /);
    // Each route's path, its attributes in whatever order the renderer writes them.
    const routes = [...svg.matchAll(/<path\b[^>]*\bclass="route"[^>]*>/g)].map((m) => m[0].match(/\bdata-leg="([^"]+)"/)![1]);
    expect(routes).toEqual(getMapData().legs.filter((l) => l.trip === trip).map((l) => l.id));
  });
});
