import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../content/map-data';
import { getMapData } from '../content/site-data';
import { VisitList } from './VisitList';

const data = getMapData();

/** The real content's visits, repeated with new ids until there are `count`. */
function withVisits(count: number): MapData {
  const visits = Array.from({ length: count }, (_, i) => ({ ...data.visits[i % data.visits.length], id: `visit-${i}` }));
  return { ...data, visits };
}

const render = (d: MapData) => renderToStaticMarkup(createElement(VisitList, { data: d, current: null }));

describe('VisitList', () => {
  it('is one list for the real content', () => {
    const html = render(data);
    expect(html.match(/<ol/g)).toHaveLength(1);
    expect(html.match(/<li /g)).toHaveLength(data.visits.length);
    expect(html).toContain('<section class="visit-list" ');
    expect(html).toContain('<ol>');
  });

  it('cuts a long list into blocks of 100 rows, numbered on, every visit kept in order', () => {
    const html = render(withVisits(250));
    expect(html).toContain('class="visit-list long"');
    expect([...html.matchAll(/<ol start="(\d+)" style="contain-intrinsic-size:auto (\d+)rem"/g)].map((m) => [m[1], m[2]]))
      .toEqual([['1', '1600'], ['101', '1600'], ['201', '800']]);
    const ids = [...html.matchAll(/<li id="visit-([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => `visit-${i}`));
  });
});
