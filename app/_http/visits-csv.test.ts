import { describe, expect, it } from 'vitest';
import type { MapData } from '../../content/map-data';
import { visitsCsv } from './visits-csv';

const data = (summary: string, met: string | null) =>
  ({
    places: [{ id: 'p', name: { en: '=Place' }, coordinates: [-12.5, 40] }],
    visits: [{ trip: 't', id: 'v', date: '2023-09-12', time: '06:00', timeZone: 'UTC', place: 'p', met, summary, sources: [{ outlet: '@outlet', title: null, date: '2023', url: null }] }],
  }) as unknown as MapData;

describe('visitsCsv', () => {
  it('neutralises text cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const [, row] = visitsCsv(data('=HYPERLINK("http://x","y")', '+1 meets -2')).split('\r\n');
    expect(row).toBe(`t,v,2023-09-12,06:00,UTC,p,'=Place,-12.5,40,'+1 meets -2,"'=HYPERLINK(""http://x"",""y"")","'@outlet, 2023"`);
  });

  it.each(['-cmd', '@SUM(A1)', '\tx', '\rx'])('prefixes %j', (summary) => {
    const row = visitsCsv(data(summary, null)).split('\r\n')[1];
    expect(row).toContain(`'${summary}`);
  });

  it('keeps ordinary text as it was', () => {
    expect(visitsCsv(data('Kim met Putin', 'Putin')).split('\r\n')[1]).toContain(',Putin,Kim met Putin,');
  });
});
