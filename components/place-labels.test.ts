import { describe, expect, it } from 'vitest';
import { overlaps } from '../content/label-placement';
import { getMapData } from '../content/site-data';
import { placeLabelLayout } from './place-labels';

const data = getMapData();
const layoutAt = placeLabelLayout(data);
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
    expect(named(2)).toEqual(expect.arrayContaining(['pyongyang', 'khabarovsk', 'moscow', 'ulan-ude']));
    expect(named(2)).not.toContain('manzhouli');
    expect(named(4)).toContain('manzhouli');
    const ulanUde = layoutAt(2).markers.find((m) => m.marker.lead.id === 'ulan-ude');
    expect(ulanUde?.label).toBe('left');
  });

  it('is worked out once per zoom', () => {
    expect(layoutAt(4)).toBe(layoutAt(4));
  });
});
