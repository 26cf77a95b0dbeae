// Safe for the browser. The view model of every trip, written into public/ by `npm run build`
// and fetched by the page: kept out of the HTML, whose size would otherwise grow with the
// content and hold back the first view.
export const MAP_DATA_PATH = '/data/map-data.json';
