import { z } from 'zod';
import { legPropertiesSchema, visitPropertiesSchema } from '../app/_http/trips-geojson';
import { expect, openMap, test } from './fixtures';

const visitFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: visitPropertiesSchema,
});
const legFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.enum(['LineString', 'MultiLineString']) }),
  properties: legPropertiesSchema,
});
const collection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.union([visitFeature, legFeature])) });
type VisitFeature = z.infer<typeof visitFeature>;
const isVisit = (f: z.infer<typeof collection>['features'][number]): f is VisitFeature => f.properties.kind === 'visit';

test.describe('data in and out', () => {
  test('/trips.geojson is a valid FeatureCollection that agrees with the map', async ({ page, request }) => {
    const response = await request.get('/trips.geojson');
    expect(response.headers()['content-type']).toContain('application/geo+json');
    const data = collection.parse(await response.json());
    const visits = data.features.filter(isVisit);
    expect(visits.length).toBeGreaterThan(40);

    await openMap(page);
    const listed = await page.locator('.visit-list li[data-visit]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-visit')));
    expect(listed).toEqual(visits.map((v) => v.properties.id));

    const khasan = visits.find((v) => v.properties.id === 'kim-2023-khasan')!;
    expect(khasan.properties).toMatchObject({ trip: 'kim-2023', date: '2023-09-12', time: '06:00', timeZone: 'Asia/Vladivostok' });
    expect(khasan.geometry.coordinates).toEqual([130.6449, 42.4301]);
    for (const visit of visits) expect(visit.properties.sources.length).toBeGreaterThan(0);
  });

  test('/visits.csv lists the same visits in the same order', async ({ request }) => {
    const response = await request.get('/visits.csv');
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('trip,id,date,time,timeZone,place,placeName,longitude,latitude,met,summary,sources,name_ko,name_ru,summary_ko,summary_ru');
    const geojson = collection.parse(await (await request.get('/trips.geojson')).json());
    const ids = geojson.features.filter(isVisit).map((f) => f.properties.id);
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(ids);
    expect(lines.find((l) => l.startsWith('kim-2023,kim-2023-khasan,'))).toContain('2023-09-12,06:00,Asia/Vladivostok,khasan');
  });
});
