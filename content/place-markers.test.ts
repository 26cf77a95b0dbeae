import { describe, expect, it } from 'vitest';
import { fixtureMapData } from './fixtures/fixture-data';
import { foldablePlaces, showZooms } from './place-folding';
import { placeMarkers } from './place-markers';

const data = fixtureMapData();
const foldable = foldablePlaces(data.places);

describe('showZooms', () => {
  const shown = showZooms(foldable, 13);

  it('finds the zoom from which a site keeps a marker of its own', () => {
    const zoom = shown.get('fefu')!;
    for (let z = zoom; z < 13; z += 1) {
      const marker = placeMarkers(data, foldable, z).find((m) => m.members.some((p) => p.id === 'fefu'))!;
      expect(marker.lead.id).toBe('fefu');
    }
    const below = placeMarkers(data, foldable, zoom - 1).find((m) => m.members.some((p) => p.id === 'fefu'))!;
    expect(below.lead.id).not.toBe('fefu');
  });

  it('does not zoom to street level for a site that shares its stand-in position', () => {
    const zoom = shown.get('lesnaya-zaimka')!;
    expect(zoom).toBeLessThan(13);
    const marker = placeMarkers(data, foldable, zoom).find((m) => m.members.some((p) => p.id === 'lesnaya-zaimka'))!;
    // The marker that holds it stands at its (stand-in) position.
    expect(marker.lead.coordinates).toEqual([131.8865, 43.1163]);
  });

  it('is in the map data: each place stands at its own position from its show zoom in, and not just below it', () => {
    const markerAt = (id: string, zoom: number) => placeMarkers(data, foldable, zoom).find((m) => m.members.some((p) => p.id === id))!;
    const atOwnPosition = (id: string, zoom: number, [lng, lat]: number[]) => {
      const [markerLng, markerLat] = markerAt(id, zoom).lead.coordinates;
      return markerLng === lng && markerLat === lat;
    };
    for (const place of data.places) {
      expect(place.showZoom).toBe(shown.get(place.id));
      for (let z = place.showZoom; z < 13; z += 1) expect(atOwnPosition(place.id, z, place.coordinates), `${place.id} at ${z}`).toBe(true);
      if (place.showZoom > 4) expect(atOwnPosition(place.id, place.showZoom - 1, place.coordinates), place.id).toBe(false);
    }
  });
});

describe('placeMarkers', () => {
  it('lets a city lead its sites and counts their visits', () => {
    const moscow = placeMarkers(data, foldable, 4).find((m) => m.lead.id === 'moscow')!;
    expect(moscow.members.map((p) => p.id).sort()).toEqual(['kremlin', 'moscow', 'russian-mfa', 'sheremetyevo']);
    expect(moscow.visitCount).toBe(3); // arrival at Sheremetyevo, the Kremlin, the foreign ministry
    expect(moscow.separable).toBe(true);
  });

  it('lets the city with the most visits around it lead, though they are all at its sites', () => {
    // Vladivostok has no visit of its own; Ussuriysk, 90 km away, has two.
    const marker = placeMarkers(data, foldable, 5).find((m) => m.members.some((p) => p.id === 'fefu'))!;
    expect(marker.lead.id).toBe('vladivostok');
    expect(marker.members.map((p) => p.id)).toEqual(expect.arrayContaining(['ussuriysk', 'vladivostok-station', 'fefu']));
  });
});
