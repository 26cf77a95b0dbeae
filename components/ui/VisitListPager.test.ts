import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../content/map-data';
import { getMapData } from '../../content/site-data';
import { ExplorerState, VisitListPager } from './VisitListPager';

const real = getMapData();
const data: MapData = { ...real, visits: Array.from({ length: 250 }, (_, i) => ({ ...real.visits[i % real.visits.length], id: `v${i}` })) };
const SERVER_PAGE = '<p>the server’s page</p>';

/** What the pager shows for the explorer's state, the server having sent all trips' page 0. */
const render = (data: MapData | null, trip: string | null, visit: string | null) => renderToStaticMarkup(
  createElement(ExplorerState.Provider, { value: { data, view: { trip, visit } } },
    createElement(VisitListPager, { server: { trip: null, page: 0 }, children: createElement('p', null, 'the server’s page') })),
);

describe('VisitListPager', () => {
  it("keeps the server's list until the data is there and while the view is on it", () => {
    expect(render(null, null, 'v120')).toBe(SERVER_PAGE);
    expect(render(data, null, 'v99')).toBe(SERVER_PAGE);
    expect(render(data, null, null)).toBe(SERVER_PAGE);
  });

  it("draws the visit's page, with that visit current, once the view leaves the server's page", () => {
    const html = render(data, null, 'v120');
    expect(html).toContain('<ol start="101">');
    expect(html).toContain('<li id="visit-v120" data-visit="v120" data-trip');
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toContain('<span aria-current="page">2</span>');
  });

  it("draws a chosen trip's visits, on one page", () => {
    const trip = data.visits[120].trip;
    const html = render(data, trip, null);
    const rows = [...html.matchAll(/<li id="visit-([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(data.visits.filter((v) => v.trip === trip).map((v) => v.id));
    expect(html).not.toContain('list-pages');
  });
});
