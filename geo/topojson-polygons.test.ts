import { describe, expect, it } from 'vitest';
import { fixture } from './geo.test-helpers';
import { type Topology, type TopoPolygons, topoPolygons } from './topojson-polygons';

const topology = fixture<Topology & { objects: { land: { geometries: TopoPolygons[] } } }>('topology.in.json');
const land = topology.objects.land.geometries[0];

describe('topoPolygons', () => {
  it('decodes quantized, delta-encoded arcs and stitches rings from them', () => {
    expect(topoPolygons(topology, land).coordinates).toEqual([
      [[[100, 40], [101, 40], [101, 41], [100, 41], [100, 40]]],
      [[[110, 40], [111, 40], [111, 41], [110, 41], [110, 40]]],
    ]);
  });

  it('keeps only the polygons whose box meets the area asked for', () => {
    expect(topoPolygons(topology, land, [109, 39, 112, 42]).coordinates).toEqual([
      [[[110, 40], [111, 40], [111, 41], [110, 41], [110, 40]]],
    ]);
  });

  it('reverses an arc referred to as ~i', () => {
    const reversed = topoPolygons(topology, { type: 'Polygon', arcs: [[~2, ~1]] });
    expect(reversed.coordinates[0][0]).toEqual([[110, 40], [110, 41], [111, 41], [111, 40], [110, 40]]);
  });
});
