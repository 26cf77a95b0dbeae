import { describe, expect, it } from 'vitest';
import { fixtureContent, fixtureMapData } from '../../content/fixtures/fixture-data';
import { buildMapData, type MapData } from '../../content/map-data';
import { visitsCsv } from './visits-csv';

const data = (summary: string, met: string | null, lang = 'en', untranslated?: string[]) =>
  ({
    lang,
    places: [{ id: 'p', name: { en: '=Place', ko: '=장소', ru: '-Место' }, coordinates: [-12.5, 40] }],
    visits: [{ trip: 't', id: 'v', date: '2023-09-12', time: '06:00', timeZone: 'UTC', place: 'p', met, summary, untranslated, sources: [{ outlet: '@outlet', title: null, date: '2023', url: null }] }],
  }) as unknown as MapData;
/** A Korean edition with the summary translated, a Russian one with it pending (the English shows there). */
const editions = (summary: string) => ({ ko: data(`=${summary} (ko)`, null, 'ko'), ru: data(summary, null, 'ru', ['summary']) });
const csv = (summary: string, met: string | null) => visitsCsv(data(summary, met), editions(summary));

describe('visitsCsv', () => {
  it('neutralises text cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const [, row] = csv('=HYPERLINK("http://x","y")', '+1 meets -2').split('\r\n');
    expect(row).toBe(
      `t,v,2023-09-12,06:00,UTC,p,'=Place,-12.5,40,'+1 meets -2,"'=HYPERLINK(""http://x"",""y"")","'@outlet, 2023",'=장소,'-Место,"'==HYPERLINK(""http://x"",""y"") (ko)",`,
    );
  });

  it.each(['-cmd', '@SUM(A1)', '\tx', '\rx'])('prefixes %j', (summary) => {
    const row = csv(summary, null).split('\r\n')[1];
    expect(row).toContain(`'${summary}`);
  });

  it('keeps ordinary text as it was', () => {
    expect(csv('Kim met Putin', 'Putin').split('\r\n')[1]).toContain(',Putin,Kim met Putin,');
  });
});

describe('visitsCsv, names and summaries in Korean and Russian', () => {
  const en = fixtureMapData();
  const ko = buildMapData(fixtureContent(), 'ko');
  const ru = buildMapData(fixtureContent(), 'ru');

  it('adds them after the English columns, from each edition', () => {
    const [header, ...rows] = visitsCsv(en, { ko, ru }).trimEnd().split('\r\n');
    expect(header).toBe('trip,id,date,time,timeZone,place,placeName,longitude,latitude,met,summary,sources,name_ko,name_ru,summary_ko,summary_ru');
    expect(rows).toHaveLength(en.visits.length);
    const vostochny = rows.find((row) => row.startsWith('kim-2023,kim-2023-vostochny,'))!;
    const koVisit = ko.visits.find((v) => v.id === 'kim-2023-vostochny')!;
    expect(vostochny).toContain(`,${ko.places.find((p) => p.id === koVisit.place)!.name.ko},`);
    expect(vostochny).toContain(koVisit.summary.includes(',') ? `"${koVisit.summary.replace(/"/g, '""')}"` : koVisit.summary);
  });

  it('leaves a summary whose translation is pending empty rather than repeating the English', () => {
    const pending = { ...ru, visits: ru.visits.map((v) => (v.id === 'kim-2023-vostochny' ? { ...v, summary: en.visits.find((e) => e.id === v.id)!.summary, untranslated: ['summary'] } : v)) };
    const row = visitsCsv(en, { ko, ru: pending }).split('\r\n').find((r) => r.startsWith('kim-2023,kim-2023-vostochny,'))!;
    expect(row.endsWith(',')).toBe(true);
    expect(row.split(en.visits.find((v) => v.id === 'kim-2023-vostochny')!.summary.slice(0, 30))).toHaveLength(2);
  });
});
