import { createElement } from 'preact';
import { renderToString as renderToStaticMarkup } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { MapData } from '../../content/map-data';
import { fixtureLocale, fixtureMapData } from '../../content/fixtures/fixture-data';
import { LocaleContext } from './locale';
import { VisitList } from './VisitList';

const data = fixtureMapData();

/** The fixture content's visits, repeated with new ids until there are `count`. */
function withVisits(count: number): MapData {
  const visits = Array.from({ length: count }, (_, i) => ({ ...data.visits[i % data.visits.length], id: `visit-${i}` }));
  return { ...data, visits };
}

const render = (d: MapData, page = 0, current: string | null = null, trip: string | null = null) =>
  renderToStaticMarkup(createElement(LocaleContext.Provider, { value: fixtureLocale(d.lang) }, createElement(VisitList, { data: d, trip, page, current })));
const rowIds = (html: string) => [...html.matchAll(/<li id="visit-([^"]+)"/g)].map((m) => m[1]);

describe('VisitList', () => {
  it('speaks the data’s edition: headings, links that keep the page’s lang, the place’s own name first', () => {
    const ko = fixtureMapData('ko');
    const html = renderToStaticMarkup(createElement(LocaleContext.Provider, { value: fixtureLocale('ko', 'ko') },
      createElement(VisitList, { data: ko, trip: 'kim-2023', page: 0, current: null })));
    expect(html).toContain('모든 방문지, 날짜순');
    expect(html).toMatch(/href="\/\?trip=kim-2023&amp;visit=kim-2023-khasan&amp;lang=ko#map"/);
    expect(html).toMatch(/<span lang="ko" class="place-name-lead">하산역<\/span><span lang="en">Khasan station<\/span>/);
  });

  it('is one list, every visit, no pages, for content of up to 100 visits', () => {
    const html = render(data, 0, 'kim-2023-vostochny');
    expect(html.match(/<ol/g)).toHaveLength(1);
    expect(rowIds(html)).toEqual(data.visits.map((v) => v.id));
    expect(html).not.toContain('list-pages');
    expect(html).toContain('<li id="visit-kim-2023-vostochny" data-visit="kim-2023-vostochny" data-trip="kim-2023" aria-current="step">');
  });

  it("lists a trip's visits only, its links keep the trip, and one link leads to every trip's visits", () => {
    const html = render(data, 0, 'kim-2023-vostochny', 'kim-2023');
    expect(rowIds(html)).toEqual(data.visits.filter((v) => v.trip === 'kim-2023').map((v) => v.id));
    expect(html).toContain('>Kim Jong-un, 10–19 Sep 2023: every visit, in date order</h2>');
    expect(html).toContain(`<a href="/#visits-heading" data-show-all-trips>All trips’ ${data.visits.length} visits</a>`);
    expect(html).toContain('href="/?trip=kim-2023&amp;visit=kim-2023-khasan#map"');
  });

  it('shows a long list a page of 100 at a time, with a plain link to every other page', () => {
    const first = render(withVisits(250));
    expect(rowIds(first)).toEqual(Array.from({ length: 100 }, (_, i) => `visit-${i}`));
    expect(first).toContain('Visits 1–100 of 250.');
    expect(first).toContain('<ol start="1">');
    expect(first).toContain('<span aria-current="page">1</span>');
    // Each page link opens the page on its first visit, at the list (and steps the map there).
    expect(first).toContain('<a href="/?visit=visit-100#visits-heading" data-step-to="visit-100" data-list-page aria-label="Page 2: visits 101–200">2</a>');
    expect(first).toContain('<a href="/?visit=visit-200#visits-heading" data-step-to="visit-200" data-list-page aria-label="Page 3: visits 201–250">3</a>');
    expect(first).toContain('Next page: visits 101–200 →');
  });

  it('numbers a later page on from the pages before it, and the last has no next page', () => {
    const last = render(withVisits(250), 2, 'visit-230');
    expect(last).toContain('<ol start="201">');
    expect(rowIds(last)).toEqual(Array.from({ length: 50 }, (_, i) => `visit-${200 + i}`));
    expect(last).toContain('<span aria-current="page">3</span>');
    expect(last).toContain('<li id="visit-visit-230" data-visit="visit-230" data-trip');
    expect(last).not.toContain('Next page');
  });
});
