'use client';

import { divIcon, type PathOptions } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, Marker, useMap, useMapEvents } from 'react-leaflet';
import type { Basemap, BasemapLevel, BasemapProperties } from '../content/basemap';
import { toLatLng } from './leaflet-coords';

const ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
export const SEA = '#c9dce6';

/** Which levels are drawn at a zoom, bottom first. */
function levelsAt(zoom: number): BasemapLevel[] {
  if (zoom < 4.5) return ['world'];
  if (zoom < 8) return ['region'];
  return ['region', 'detail'];
}

function style(feature?: { properties: BasemapProperties }): PathOptions {
  switch (feature?.properties.kind) {
    case 'border':
      return { color: '#8a7f6c', weight: 0.9, dashArray: '4 3', fill: false };
    case 'sea-mask':
      return { stroke: false, fillColor: SEA, fillOpacity: 1 };
    default:
      return { color: '#b3a78f', weight: 0.6, fillColor: '#f3efe4', fillOpacity: 1 };
  }
}

/**
 * The bundled Natural Earth basemap: the level for the current zoom, fetched
 * from the app itself the first time it is needed. Reports when the levels for
 * the current view are drawn (or could not be loaded).
 */
export function BasemapLayer({ onSettled }: { onSettled: (error: string | null) => void }) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  const [loaded, setLoaded] = useState<Partial<Record<BasemapLevel, Basemap>>>({});
  const [error, setError] = useState<string | null>(null);
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  const wanted = levelsAt(zoom);
  const wantedKey = wanted.join();
  useEffect(() => {
    for (const level of wantedKey.split(',') as BasemapLevel[]) {
      if (loaded[level]) continue;
      fetch(`/basemap/${level}`)
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status} for /basemap/${level}`);
          return response.json() as Promise<Basemap>;
        })
        .then((basemap) => setLoaded((current) => ({ ...current, [level]: basemap })))
        .catch((e: Error) => setError(e.message));
    }
  }, [wantedKey, loaded]);

  const settled = error !== null || wanted.every((level) => loaded[level]);
  useEffect(() => {
    if (settled) onSettled(error);
  }, [settled, error, onSettled]);

  const labels = useMemo(
    () =>
      (loaded.world?.features ?? []).flatMap((f) =>
        f.geometry.type === 'Point'
          ? [{
              name: f.properties.name ?? '',
              position: toLatLng(f.geometry.coordinates),
              icon: divIcon({ className: `basemap-label ${f.properties.kind}`, html: f.properties.name ?? '', iconSize: undefined }),
            }]
          : [],
      ),
    [loaded.world],
  );

  return (
    <>
      {wanted.map((level) => {
        const basemap = loaded[level];
        return basemap ? (
          <GeoJSON key={level} data={basemap} style={style} interactive={false} attribution={ATTRIBUTION} pane="basemap"
            filter={(f) => f.geometry.type !== 'Point'} />
        ) : null;
      })}
      {labels.map((label) => (
        <Marker key={label.name} position={label.position} icon={label.icon} interactive={false} keyboard={false} pane="basemap-labels" />
      ))}
    </>
  );
}
