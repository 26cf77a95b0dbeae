import { describe, expect, it } from 'vitest';
import { listPage, pageOfRow, viewListPage } from './list-pages';

const visits = Array.from({ length: 25 }, (_, i) => ({ id: `v${i}`, trip: `t${Math.floor(i / 4)}` }));

describe('listPage', () => {
  it('cuts the rows into pages, the last one short', () => {
    expect(listPage(25, 0, 10)).toEqual({ index: 0, count: 3, first: 0, end: 10 });
    expect(listPage(25, 2, 10)).toEqual({ index: 2, count: 3, first: 20, end: 25 });
  });

  it('clamps the page into range, and an empty list is one empty page', () => {
    expect(listPage(25, 9, 10).index).toBe(2);
    expect(listPage(25, -1, 10).index).toBe(0);
    expect(listPage(0, 0, 10)).toEqual({ index: 0, count: 1, first: 0, end: 0 });
  });
});

describe('pageOfRow', () => {
  it('finds the page holding a row', () => {
    expect([0, 9, 10, 24].map((row) => pageOfRow(row, 10))).toEqual([0, 0, 1, 2]);
  });
});

describe('viewListPage', () => {
  it("opens on the page of the visit among the view's visits, else the first", () => {
    expect(viewListPage({ visits }, { trip: null, visit: 'v21' }, 10)).toBe(2);
    // t5 is v20–v23: v21 is its second visit.
    expect(viewListPage({ visits }, { trip: 't5', visit: 'v21' }, 2)).toBe(0);
    expect(viewListPage({ visits }, { trip: 't5', visit: 'v23' }, 2)).toBe(1);
    expect(viewListPage({ visits }, { trip: 't3', visit: null }, 10)).toBe(0);
    expect(viewListPage({ visits }, { trip: null, visit: null }, 10)).toBe(0);
  });
});
