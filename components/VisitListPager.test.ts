import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../content/map-data';
import { getMapData } from '../content/site-data';
import { ExplorerState, VisitListPager } from './VisitListPager';

const real = getMapData();
const data: MapData = { ...real, visits: Array.from({ length: 250 }, (_, i) => ({ ...real.visits[i % real.visits.length], id: `v${i}` })) };
const SERVER_PAGE = '<p>the server’s page</p>';

/** What the pager shows for the explorer's state, the server having sent page 0. */
const render = (state: { data: MapData | null; visit: string | null }) => renderToStaticMarkup(
  createElement(ExplorerState.Provider, { value: state },
    createElement(VisitListPager, { serverPage: 0, children: createElement('p', null, 'the server’s page') })),
);

describe('VisitListPager', () => {
  it("keeps the server's page until the data is there and while the visit is on it", () => {
    expect(render({ data: null, visit: 'v120' })).toBe(SERVER_PAGE);
    expect(render({ data, visit: 'v99' })).toBe(SERVER_PAGE);
    expect(render({ data, visit: null })).toBe(SERVER_PAGE);
  });

  it("draws the visit's page, with that visit current, once the view leaves the server's page", () => {
    const html = render({ data, visit: 'v120' });
    expect(html).toContain('<ol start="101">');
    expect(html).toContain('<li id="visit-v120" data-visit="v120" data-trip');
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toContain('<span aria-current="page">2</span>');
  });
});
