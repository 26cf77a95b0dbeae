import { describe, expect, it } from 'vitest';
import { fixtureBasemap, fixtureMapData } from '../../content/fixtures/fixture-data';
import { renderStaticMap } from './static-map';

const data = fixtureMapData();
const basemaps = { world: fixtureBasemap('world'), region: fixtureBasemap('region') };

/** The points of SVG path data written as absolute moves and relative lines (M x y l dx dy …). */
function absolutePoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let command = 'M';
  const numbers: number[] = [];
  const flush = () => {
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const last = points.at(-1) ?? [0, 0];
      points.push(command === 'M' && i === 0 ? [numbers[i], numbers[i + 1]] : [last[0] + numbers[i], last[1] + numbers[i + 1]]);
    }
    numbers.length = 0;
  };
  for (const token of d.match(/[Mlz]|-?\d*\.?\d+/g) ?? []) {
    if (/[Mlz]/.test(token)) {
      flush();
      command = token;
    } else {
      numbers.push(Number(token));
    }
  }
  flush();
  return points;
}

describe('renderStaticMap', () => {
  it('draws every leg of the trip as a route, inside the frame, with the size asked for', () => {
    const svg = renderStaticMap(data, basemaps, { trip: 'kim-2023', visit: null, width: 800, height: 500, theme: 'light' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="500"/);
    const legs = [...svg.matchAll(/<path\b[^>]*\bclass="route"[^>]*>/g)].map(([tag]) => [tag, tag.match(/\bdata-leg="([^"]+)"/)![1], tag.match(/\bd="([^"]+)"/)![1]]);
    expect(legs.map((m) => m[1])).toEqual(data.legs.filter((l) => l.trip === 'kim-2023').map((l) => l.id));
    const points = legs.flatMap((m) => absolutePoints(m[2]));
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(800);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(500);
    // Each leg starts and ends at a drawn place (or the marker its place is folded into, 24 px at most away).
    const dots = [...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="[\d.]+" fill/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const leg of legs) {
      const line = absolutePoints(leg[2]);
      for (const [x, y] of [line[0], line.at(-1)!]) expect(Math.min(...dots.map(([cx, cy]) => Math.hypot(cx - x, cy - y)))).toBeLessThan(25);
    }
    expect(svg).toContain('Kim Jong-un');
    expect(svg).toContain('Basemap: Natural Earth');
  });

  it("names a trip's sites after their own city, never after a neighbouring one", () => {
    const svg = renderStaticMap(data, basemaps, { trip: 'choe-2014', visit: null, width: 1200, height: 800, theme: 'light' });
    const names = [...svg.matchAll(/<g class="place">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => m[1]);
    // Moscow, though another trip visited it, rather than one of its sites; not Khasan, whose
    // marker would hold Vladivostok's Primorye Administration at this zoom.
    expect(names.sort()).toEqual(['Khabarovsk', 'Moscow', 'Pyongyang', 'Vladivostok']);
  });

  it('makes room for a name that fits only beyond the edge: every dot of all trips is named', () => {
    const svg = renderStaticMap(data, basemaps, { trip: null, visit: null, width: 1600, height: 900, theme: 'light' });
    const groups = [...svg.matchAll(/<g class="place">(.*?)<\/g>/g)].map((m) => m[1]);
    // Komsomolsk-on-Amur, the easternmost place, had the frame's edge on its right.
    expect(groups.filter((g) => !g.includes('<text'))).toEqual([]);
    expect(svg).toContain('>Komsomolsk-on-Amur</text>');
  });

  it('draws and names the dot ringed for a visit after its own city, even where the dot holds others', () => {
    // At 400 × 300 the whole trip folds into one dot, which Khasan leads.
    const ringed = (trip: string, visit: string) => {
      const svg = renderStaticMap(data, basemaps, { trip, visit, width: 400, height: 300, theme: 'light' });
      const group = [...svg.matchAll(/<g class="place">(.*?)<\/g>/g)].map((m) => m[1]).find((g) => g.includes('r="11"'))!;
      return group.match(/<text[^>]*>([^<]*)<\/text>/)?.[1];
    };
    expect(ringed('kim-2023', 'kim-2023-vostochny')).toBe('Vostochny');
    expect(ringed('kim-2023', 'kim-2023-departure')).toBe('Pyongyang');
    expect(ringed('choe-2014', 'choe-2014-khabarovsk')).toBe('Khabarovsk');
  });

  it('names a place above or below its dot where both sides are taken, but not in a first view', () => {
    const options = { trip: 'kim-2023', visit: null, width: 800, height: 500, theme: 'light' } as const;
    const placeGroups = (svg: string) => [...svg.matchAll(/<g class="place">.*?<\/g>/g)].map((m) => m[0]);
    const image = placeGroups(renderStaticMap(data, basemaps, options));
    // At this size, Vladivostok's name fits on neither side of its dot: Khasan's name lies just below.
    expect(image.filter((g) => !g.includes('<text'))).toEqual([]);
    expect(image.some((g) => g.includes('text-anchor="middle"'))).toBe(true);
    const firstView = placeGroups(renderStaticMap(data, basemaps, { ...options, bare: true }));
    expect(firstView.some((g) => g.includes('text-anchor="middle"'))).toBe(false);
  });

  it('makes a thumbnail of the map and a one-line credit: no legend or caption to cover it', () => {
    const options = { trip: 'kim-2023', visit: 'kim-2023-vostochny', theme: 'light' } as const;
    const thumbnail = renderStaticMap(data, basemaps, { ...options, width: 200, height: 150 });
    expect(thumbnail).not.toContain('class="legend"');
    expect(thumbnail).not.toContain('class="caption"');
    expect(thumbnail).toMatch(/<g\b[^>]*\bclass="footer"[^>]*><rect[^>]*\/><text[^>]*>Basemap: Natural Earth[^<]*<\/text><\/g>/);
    expect(thumbnail).toContain('r="11"');
    const small = renderStaticMap(data, basemaps, { ...options, width: 400, height: 300 });
    expect(small).toContain('class="legend"');
    expect(small).toContain('class="caption"');
  });

  // About 200 whole images (every fixture visit, in both frames, at three sizes): a second on an
  // idle machine, over four when others load it, so a timeout of its own.
  it('shortens a visit’s caption so that a small image keeps a map: a quarter of its height inside the margins', () => {
    const panelsOf = (svg: string) => ({
      legendBottom: 8 + Number(svg.match(/<g class="legend"><rect x="8" y="8" width="[\d.]+" height="([\d.]+)"/)![1]),
      captionTop: Number(svg.match(/<g class="caption"><rect x="8" y="([\d.]+)"/)![1]),
      summaryLines: svg.match(/<g class="caption">.*?<\/g>/)![0].match(/font-size="12"/g)?.length ?? 0,
    });
    for (const [width, height] of [[360, 240], [400, 300], [600, 400]]) {
      for (const visit of data.visits) {
        for (const frame of ['trip', 'visit'] as const) {
          const { legendBottom, captionTop, summaryLines } = panelsOf(renderStaticMap(data, basemaps, { trip: visit.trip, visit: visit.id, frame, width, height, theme: 'light' }));
          // The map's view lies 12 px inside the panels on each side.
          if (summaryLines > 0) expect(captionTop - 12 - (legendBottom + 12), `${visit.id} ${frame} ${width}×${height}`).toBeGreaterThanOrEqual(height / 4);
        }
      }
    }
    const lines = (width: number, height: number) =>
      panelsOf(renderStaticMap(data, basemaps, { trip: 'kim-2023', visit: 'kim-2023-vostochny', width, height, theme: 'light' })).summaryLines;
    // Before: three lines at 360 × 240 left the map a strip 28 px high between legend and caption.
    expect([lines(360, 240), lines(400, 300), lines(600, 400)]).toEqual([0, 2, 3]);
  }, 20_000);

  it('dashes presumed legs and captions a visit', () => {
    const svg = renderStaticMap(data, basemaps, { trip: 'kim-2019', visit: 'kim-2019-summit', width: 600, height: 400, theme: 'dark' });
    expect([...svg.matchAll(/<path\b[^>]*\bclass="route"[^>]*>/g)].some(([tag]) => tag.includes('stroke-dasharray='))).toBe(true);
    expect(svg).toContain('class="caption"');
    expect(svg).toContain('Thu 25 Apr 2019');
  });

  it('leaves out the legend, caption and source line when bare', () => {
    const svg = renderStaticMap(data, basemaps, { trip: null, visit: null, width: 400, height: 300, theme: 'light', bare: true });
    expect(svg).not.toContain('class="legend"');
    expect(svg).not.toContain('class="footer"');
    expect(svg.match(/class="route"/g)!.length).toBeGreaterThan(data.legs.length - 5);
  });

  it('draws a line once where legs repeat each other, in the bare first view only', () => {
    const repeated = { ...data, legs: [...data.legs, { ...data.legs[0], id: 'repeat' }] };
    const count = (d: typeof data, bare: boolean) =>
      renderStaticMap(d, basemaps, { trip: null, visit: null, width: 400, height: 300, theme: 'light', bare }).match(/class="route"/g)!.length;
    expect(count(repeated, true)).toBe(count(data, true));
    expect(count(repeated, false)).toBe(count(data, false) + 1);
  });

  it("draws the world's land where a view reaches past the trips' region, masked inside the region", () => {
    const landPaths = (svg: string) => svg.match(/<path d="[^"]*" fill="#f3efe4"/g)?.length ?? 0;
    const seaMasks = (svg: string) => svg.match(/<path d="[^"]*" fill="#c9dce6"/g)?.length ?? 0;
    // Moscow, wide and low: the view reaches past the region's western edge (29.4° E).
    const moscow = renderStaticMap(data, basemaps, { trip: 'choe-2014', visit: 'choe-2014-putin', frame: 'visit', width: 1200, height: 300, theme: 'light' });
    expect([landPaths(moscow), seaMasks(moscow)]).toEqual([2, 1]);
    expect(moscow.indexOf('fill="#c9dce6"/>', moscow.indexOf('fill="#f3efe4"'))).toBeGreaterThan(0); // the mask over the world's land
    // Vladivostok's surroundings lie inside the region: its level alone, no mask.
    const vladivostok = renderStaticMap(data, basemaps, { trip: 'kim-2019', visit: 'kim-2019-summit', frame: 'visit', width: 1200, height: 300, theme: 'light' });
    expect([landPaths(vladivostok), seaMasks(vladivostok)]).toEqual([1, 0]);
  });

  it('draws lakes as water over the land, under the borders that cross them', () => {
    const svg = renderStaticMap(data, basemaps, { trip: 'kim-jong-il-2011', visit: null, width: 1200, height: 800, theme: 'light' });
    const [land, lakes, borders] = ['fill="#f3efe4"', 'class="lakes"', 'stroke-dasharray="4 3"'].map((mark) => svg.indexOf(mark));
    expect(land).toBeGreaterThan(0);
    expect(lakes).toBeGreaterThan(land);
    expect(borders).toBeGreaterThan(lakes);
  });

  it('refuses an unknown trip or visit', () => {
    expect(() => renderStaticMap(data, basemaps, { trip: 'nope', visit: null, width: 400, height: 300, theme: 'light' })).toThrow(/no trip/);
    expect(() => renderStaticMap(data, basemaps, { trip: null, visit: 'nope', width: 400, height: 300, theme: 'light' })).toThrow(/no visit/);
  });
});

/**
 * The elements of an XML document, checked as a parser would: tags nest and close, attribute values are
 * quoted and hold no `<` or raw `"`, text holds no `<` and no `]]>`, and `&` only begins an entity.
 */
function wellFormed(xml: string): { texts: string[]; attributes: Map<string, string>[] } {
  const entity = /&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi;
  const decode = (s: string) => {
    expect(s.replace(entity, '')).not.toMatch(/[<&]/);
    return s.replace(entity, (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" })[e] ?? e);
  };
  const open: string[] = [];
  const texts: string[] = [];
  const attributes: Map<string, string>[] = [];
  for (const [, close, name, attrs, selfClosing, text] of xml.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|</g)) {
    if (text !== undefined) {
      expect(text).not.toContain(']]>');
      texts.push(decode(text));
    } else {
      expect(name, 'a < that opens no tag').toBeDefined();
      if (close) expect(open.pop()).toBe(name);
      else {
        attributes.push(new Map([...attrs.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key, decode(value)])));
        if (!selfClosing) open.push(name);
      }
    }
  }
  expect(open).toEqual([]);
  return { texts, attributes };
}

describe('renderStaticMap, text with markup characters', () => {
  it('escapes every text and attribute value drawn: the SVG parses and reads as the text given', () => {
    const title = `Kim's <script>&"</script> ]]> trip`;
    const marked = {
      ...data,
      trips: data.trips.map((t) => (t.id === 'kim-2023' ? { ...t, title, traveller: { ...t.traveller, en: 'A <b>&amp;</b>' } } : t)),
      visits: data.visits.map((v) => (v.id === 'kim-2023-vostochny' ? { ...v, summary: '<img src=x onerror="alert(1)"> & more', dateLabel: 'Wed <13> Sep' } : v)),
      places: data.places.map((p) => ({ ...p, label: `${p.label} <&>`, name: { ...p.name, en: `${p.name.en} "&"` } })),
      legs: data.legs.map((l) => ({ ...l, id: `${l.id}"><x` })),
    };
    const options = { trip: 'kim-2023', visit: 'kim-2023-vostochny', width: 1200, height: 630, theme: 'light' } as const;
    const svg = renderStaticMap(marked, basemaps, options);
    expect(svg).toContain('<title>Kim\'s &lt;script>&amp;&quot;&lt;/script> ]]&gt; trip, ');
    expect(svg).not.toMatch(/<(script|b|img|x)\b/);
    const { texts, attributes } = wellFormed(svg);
    expect(texts[0]).toBe(`${title}, 10–19 Sep 2023`);
    expect(attributes[0].get('aria-label')).toBe(`Map: ${title}, 10–19 Sep 2023`);
    expect(texts).toContain('Vostochny <&>');
    expect(texts.some((t) => t.startsWith('Wed <13> Sep · Vostochny Cosmodrome "&"'))).toBe(true);
    expect(texts.some((t) => t.startsWith('<img src=x onerror="alert(1)"> & more'))).toBe(true);
    expect(attributes.filter((a) => a.get('class') === 'route').map((a) => a.get('data-leg'))).toEqual(
      marked.legs.filter((l) => l.trip === 'kim-2023').map((l) => l.id));
    // The bare first view and a thumbnail too.
    for (const other of [{ ...options, bare: true }, { ...options, width: 320, height: 200 }]) wellFormed(renderStaticMap(marked, basemaps, other));
  });
});

describe('renderStaticMap, a visit’s detail map', () => {
  it('frames the visit’s surroundings, where clipping leaves single-part borders', () => {
    const detail = renderStaticMap(data, basemaps, { trip: 'kim-2023', visit: 'kim-2023-vostochny', frame: 'visit', width: 1000, height: 520, theme: 'light' });
    const whole = renderStaticMap(data, basemaps, { trip: 'kim-2023', visit: 'kim-2023-vostochny', width: 1000, height: 520, theme: 'light' });
    expect(detail).toContain('class="caption"');
    expect(detail).toContain('r="11"'); // the visit's place is ringed
    // Closer in: Pyongyang, 1,500 km away, is in the whole trip's frame but not in the detail's.
    expect(whole).toContain('>Pyongyang</text>');
    expect(detail).not.toContain('>Pyongyang</text>');
  });
});
