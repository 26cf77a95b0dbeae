import { describe, expect, it } from 'vitest';
import { type Box, overlaps } from '../../geo/label-placement';
import { fixtureMapData } from '../../content/fixtures/fixture-data';
import type { PlaceMarker } from '../../content/place-markers';
import { type LabelSide, namesAtEdges, PLACE_NAME_STYLE, placeLabelLayout, type PlaceLabelLayout, type PlacedMarker } from './place-labels';
import { textWidth } from '../static-map/svg-text';

const data = fixtureMapData();
// Names as wide as the static images' table says (DejaVu Sans, bold): what a browser measures, give or take.
const layoutAt = placeLabelLayout(data, (name) => textWidth(name, PLACE_NAME_STYLE.size, true));
const ZOOMS = Array.from({ length: 21 }, (_, i) => 2 + i / 2);

describe('placeLabelLayout', () => {
  it('never lets a name cover a pin or another name, at any zoom', () => {
    for (const zoom of ZOOMS) {
      const { markers, taken } = layoutAt(zoom);
      const pins = taken.slice(0, markers.length);
      const names = taken.slice(markers.length);
      expect(names).toHaveLength(markers.filter((m) => m.label).length);
      for (const [i, name] of names.entries()) {
        expect(pins.some((pin) => overlaps(pin, name)), `zoom ${zoom}`).toBe(false);
        expect(names.some((other, j) => j !== i && overlaps(other, name)), `zoom ${zoom}`).toBe(false);
      }
    }
  });

  it('leaves names out where places crowd, places that matter most first, and names them closer in', () => {
    const named = (zoom: number) => layoutAt(zoom).markers.filter((m) => m.label).map((m) => m.marker.lead.id);
    // A phone's overview: no room beside the busier places for the reference city of Manzhouli.
    expect(named(2)).toEqual(expect.arrayContaining(['vladivostok', 'moscow', 'ulan-ude']));
    expect(named(2)).not.toContain('manzhouli');
    expect(named(4)).toContain('manzhouli');
    const ulanUde = layoutAt(2).markers.find((m) => m.marker.lead.id === 'ulan-ude');
    expect(ulanUde?.label).toBe('left');
  });

  it("sizes names as it is told (in the browser, measured in the map's font)", () => {
    const wide = placeLabelLayout(data, (name) => name.length * 20)(4);
    const moscow = (layout: PlaceLabelLayout) => layout.markers.find((m) => m.marker.lead.id === 'moscow')!;
    const [right] = moscow(wide).boxes!;
    const [estimated] = moscow(layoutAt(4)).boxes!;
    // "Moscow": 6 × 20 px, and 4 px of padding each side.
    expect(right[2] - right[0]).toBe(6 * 20 + 8);
    expect(right[2] - right[0]).toBeGreaterThan(estimated[2] - estimated[0]);
  });

  it('is worked out once per zoom', () => {
    expect(layoutAt(4)).toBe(layoutAt(4));
  });
});

/** A pin at x (y = 100) with a 60 px name on the given side, as placeLabelLayout lays them out. */
function pin(x: number, label: LabelSide | null): PlacedMarker {
  const right: Box = [x + 10, 92, x + 70, 108];
  const left: Box = [x - 70, 92, x - 10, 108];
  return { marker: { lead: { id: `pin-${x}` } } as PlaceMarker, size: 12, label, at: [x, 100], boxes: [right, left] };
}

function layoutOf(...markers: PlacedMarker[]): PlaceLabelLayout {
  const pins = markers.map(({ at: [x, y] }): Box => [x - 8, y - 8, x + 8, y + 8]);
  const names = markers.flatMap((m) => (m.label ? [m.boxes![m.label === 'right' ? 0 : 1]] : []));
  return { markers, taken: [...pins, ...names] };
}

const moves = (moved: Map<PlacedMarker, LabelSide | null>) => Object.fromEntries([...moved].map(([m, side]) => [m.marker.lead.id, side]));

describe('namesAtEdges', () => {
  const view: Box = [0, 0, 400, 300];

  it('moves a name that would run off the right edge to the left of its pin', () => {
    expect(moves(namesAtEdges(layoutOf(pin(100, 'right'), pin(360, 'right')), view))).toEqual({ 'pin-360': 'left' });
  });

  it('moves a name that would run off the left edge to the right of its pin', () => {
    expect(moves(namesAtEdges(layoutOf(pin(30, 'left')), view))).toEqual({ 'pin-30': 'right' });
  });

  it('leaves a name out where its other side would cover a pin or a name', () => {
    expect(moves(namesAtEdges(layoutOf(pin(310, 'right'), pin(360, 'right')), view))).toEqual({ 'pin-360': null });
    expect(moves(namesAtEdges(layoutOf(pin(250, 'right'), pin(360, 'right')), view))).toEqual({ 'pin-360': null });
  });

  it('gives the room on the other side to the first of two names that want it', () => {
    // On a 150 px view both names run off, and each would move into the middle, over the other.
    const layout = layoutOf(pin(120, 'right'), pin(30, 'left'));
    expect(moves(namesAtEdges(layout, [0, 0, 150, 300]))).toEqual({ 'pin-120': 'left', 'pin-30': null });
  });

  it('treats a name under something covering the map (the legend) as off the map', () => {
    const legend: Box = [250, 0, 400, 104];
    expect(moves(namesAtEdges(layoutOf(pin(200, 'right')), view, [legend]))).toEqual({ 'pin-200': 'left' });
    expect(moves(namesAtEdges(layoutOf(pin(200, 'right')), view, [[100, 0, 400, 104]]))).toEqual({ 'pin-200': null });
  });

  it('leaves alone pins outside the view, names that fit and unnamed pins', () => {
    expect(moves(namesAtEdges(layoutOf(pin(420, 'right'), pin(200, 'right'), pin(398, null)), view))).toEqual({});
    expect(moves(namesAtEdges(layoutOf(pin(390, 'right')), [0, 120, 400, 300]))).toEqual({});
  });

  it("moves Vladivostok's name left on the map of all trips when a phone-wide view ends just past its pin", () => {
    const layout = layoutAt(6);
    const vladivostok = layout.markers.find((m) => m.marker.lead.id === 'vladivostok')!;
    expect(vladivostok.label).toBe('right');
    const right = vladivostok.at[0] + 20;
    const moved = namesAtEdges(layout, [right - 375, 0, right, 1e9]);
    expect(moved.get(vladivostok)).toBe('left');
    for (const [m, side] of moved) {
      if (side) expect(layout.taken.some((t) => overlaps(t, m.boxes![side === 'right' ? 0 : 1]))).toBe(false);
    }
  });
});
