import type { ComponentChildren, FunctionComponent } from 'preact';
import { MapContainer as ReactMapContainer, type MapContainerProps } from 'react-leaflet';

// react-leaflet is typed for React; the islands run it on preact/compat (scripts/build-islands.mjs).
// Its one component that takes children gets Preact's children type here.

export const MapContainer = ReactMapContainer as unknown as FunctionComponent<Omit<MapContainerProps, 'children'> & { children?: ComponentChildren }>;
