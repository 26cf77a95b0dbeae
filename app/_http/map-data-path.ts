// Safe for the browser. The view model of every trip, written into public/ by `npm run build`
// and fetched by the page: kept out of the HTML, whose size would otherwise grow with the
// content and hold back the first view.
export const MAP_DATA_FIXED_PATH = '/data/map-data.json';
// The build writes the file under its content's hash too and puts that name into the pages'
// islands (scripts/build-islands.mjs), so that a cached script never meets other data.
export const MAP_DATA_PATH: string = process.env.MAP_DATA_PATH ?? MAP_DATA_FIXED_PATH;
