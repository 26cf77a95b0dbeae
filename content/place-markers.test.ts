import { describe, expect, it } from 'vitest';
import { getMapData } from './site-data';
import { foldablePlaces, placeMarkers, zoomToShowPlace } from './place-markers';

const data = getMapData();
const foldable = foldablePlaces(data.places);

describe('zoomToShowPlace', () => {
  it('finds the zoom from which a site keeps a marker of its own', () => {
    const zoom = zoomToShowPlace(foldable, 'fefu', 13);
    for (let z = zoom; z < 13; z += 1) {
      const marker = placeMarkers(data, foldable, z).find((m) => m.members.some((p) => p.id === 'fefu'))!;
      expect(marker.lead.id).toBe('fefu');
    }
    const below = placeMarkers(data, foldable, zoom - 1).find((m) => m.members.some((p) => p.id === 'fefu'))!;
    expect(below.lead.id).not.toBe('fefu');
  });

  it('does not zoom to street level for a site that shares its stand-in position', () => {
    const zoom = zoomToShowPlace(foldable, 'lesnaya-zaimka', 13);
    expect(zoom).toBeLessThan(13);
    const marker = placeMarkers(data, foldable, zoom).find((m) => m.members.some((p) => p.id === 'lesnaya-zaimka'))!;
    // The marker that holds it stands at its (stand-in) position.
    expect(marker.lead.coordinates).toEqual([131.8865, 43.1163]);
  });
});

describe('placeMarkers', () => {
  it('lets a city lead its sites and counts their visits', () => {
    const moscow = placeMarkers(data, foldable, 4).find((m) => m.lead.id === 'moscow')!;
    expect(moscow.members.map((p) => p.id).sort()).toEqual(['kremlin', 'moscow', 'russian-mfa', 'sheremetyevo']);
    expect(moscow.visitCount).toBe(5);
    expect(moscow.separable).toBe(true);
  });

  it('lets the city with the most visits around it lead, though they are all at its sites', () => {
    // Vladivostok has no visit of its own; Ussuriysk, 90 km away, has two.
    const marker = placeMarkers(data, foldable, 5).find((m) => m.members.some((p) => p.id === 'fefu'))!;
    expect(marker.lead.id).toBe('vladivostok');
    expect(marker.members.map((p) => p.id)).toEqual(expect.arrayContaining(['ussuriysk', 'vladivostok-station', 'fefu']));
  });
});
