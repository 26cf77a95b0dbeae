// Stylesheets imported by the islands are bundled by esbuild (scripts/build-islands.mjs), not read as modules.
declare module '*.css';
