/** The id of the script element that carries a Preact-built page's props from the server to the browser. */
export const PAGE_PROPS_ID = 'page-props';
