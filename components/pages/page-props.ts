/** The id of the script element that carries a page's props from the server to its island. */
export const PAGE_PROPS_ID = 'page-props';

export function readPageProps<T>(): T {
  return JSON.parse(document.getElementById(PAGE_PROPS_ID)!.textContent!) as T;
}
