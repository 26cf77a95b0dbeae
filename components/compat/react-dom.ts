// `react-dom` for the Preact-built pages (app/page-bundles.mjs): what their components and
// react-leaflet use of it.
export { createPortal } from 'preact/compat';
