// `react-dom` for the Preact-built embed (app/embed/bundle.mjs): what the embed's components and
// react-leaflet use of it. Resource hints are the server's job there: the route sends the
// preview's preloads in its Link header.
export { createPortal } from 'preact/compat';

export function preload(): void {}
