import { describe, expect, it } from 'vitest';
import { fixtureMapData } from '../../content/fixtures/fixture-data';
import { viewNotice } from './notices';
import { parseViewParams as parseView, type SearchParams, viewQuery } from './view-params';

/** The view a URL opens, with its notice in English. */
function parseViewParams(params: SearchParams, d: typeof data) {
  const { problem, ...view } = parseView(params, d);
  return { ...view, notice: viewNotice(problem, 'en') };
}

const data = fixtureMapData();

describe('parseViewParams', () => {
  it('follows a valid trip and visit', () => {
    expect(parseViewParams({ trip: 'kim-2023', visit: 'kim-2023-vostochny' }, data)).toEqual({ trip: 'kim-2023', visit: 'kim-2023-vostochny', notice: null });
    expect(parseViewParams({ visit: 'choe-2014-putin' }, data)).toEqual({ trip: null, visit: 'choe-2014-putin', notice: null });
    expect(parseViewParams({}, data)).toEqual({ trip: null, visit: null, notice: null });
  });

  it('opens the overview with a notice for unknown ids', () => {
    expect(parseViewParams({ visit: 'kim-2025-moscow' }, data)).toEqual({
      trip: null, visit: null, notice: 'No visit called “kim-2025-moscow” — showing all trips.',
    });
    expect(parseViewParams({ trip: 'kim-2025' }, data).notice).toBe('No trip called “kim-2025” — showing all trips.');
  });

  it('refuses empty and repeated parameters', () => {
    expect(parseViewParams({ visit: '' }, data).notice).toBe('The visit parameter is empty — showing all trips.');
    expect(parseViewParams({ trip: ['kim-2019', 'kim-2023'] }, data).notice).toBe('The trip parameter is given more than once — showing all trips.');
  });

  it('opens the trip, with a notice, for a bad visit of a good trip', () => {
    expect(parseViewParams({ trip: 'kim-2019', visit: 'kim-2023-khasan' }, data)).toEqual({
      trip: 'kim-2019', visit: null, notice: 'The visit “kim-2023-khasan” is not part of the trip “kim-2019” — showing the whole trip.',
    });
    expect(parseViewParams({ trip: 'kim-2019', visit: 'kim-2019-fefu' }, data)).toEqual({
      trip: 'kim-2019', visit: null, notice: 'No visit called “kim-2019-fefu” — showing the whole trip.',
    });
    expect(parseViewParams({ trip: 'kim-2019', visit: ['a', 'b'] }, data).trip).toBe('kim-2019');
    // A bad trip still opens the overview, whatever the visit.
    expect(parseViewParams({ trip: 'kim-2025', visit: 'kim-2019-summit' }, data)).toEqual({
      trip: null, visit: null, notice: 'No trip called “kim-2025” — showing all trips.',
    });
  });

  it('keeps markup as text and shortens long values', () => {
    const parsed = parseViewParams({ visit: '<img src=x onerror=alert(1)>' }, data);
    expect(parsed.notice).toBe('No visit called “<img src=x onerror=alert(1)>” — showing all trips.');
    expect(parseViewParams({ visit: 'x'.repeat(500) }, data).notice!.length).toBeLessThan(120);
  });
});

describe('viewNotice', () => {
  it('says why in the page’s edition', () => {
    expect(viewNotice(parseView({ trip: 'kim-2019', visit: 'kim-2023-khasan' }, data).problem, 'ko')).toBe('“kim-2023-khasan” 방문지는 “kim-2019” 방문에 속하지 않습니다 — 방문 전체를 보여 줍니다.');
    expect(viewNotice(parseView({ trip: 'kim-2025' }, data).problem, 'ru')).toBe('Нет поездки «kim-2025» — показаны все поездки.');
  });
});

describe('viewQuery', () => {
  it('writes the contract order and nothing for the overview', () => {
    expect(viewQuery({ trip: 'kim-2023', visit: 'kim-2023-vostochny' })).toBe('?trip=kim-2023&visit=kim-2023-vostochny');
    expect(viewQuery({ trip: null, visit: null })).toBe('');
    expect(viewQuery({ trip: 'kim-2023', visit: null }, 'ru')).toBe('?trip=kim-2023&lang=ru');
  });
});
