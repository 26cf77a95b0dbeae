import type { VNode } from 'preact';
// preact/compat, once imported anywhere in a process (the map's pages import it), moves `class` to the
// end of each element's attributes. Imported here too, so that an image's bytes, and so its ETag, do
// not depend on which route a server process answered first.
import 'preact/compat';
import { renderToString } from 'preact-render-to-string';

// Preact renders HTML: it escapes text and attribute values for it (& < in text, & < " in values), and
// closes every element it does not know as void with an end tag. Two steps make that an SVG document:

/** An element drawn without children, written as `<path …/>` rather than `<path …></path>`. */
const EMPTY_ELEMENT = /<(path|rect|circle)((?: [\w:-]+="[^"]*")*)><\/\1>/g;

/** An SVG (XML) document of the element: as Preact renders it, with empty shapes self-closed and `]]>` escaped. */
export function renderSvg(element: VNode): string {
  // Attribute values never hold a raw `"` and text never a raw `<` (Preact escapes both), so the pattern
  // matches only tags. XML, unlike HTML, forbids `]]>` in text: its `>` is escaped wherever it appears
  // (in an attribute value `&gt;` reads the same).
  return renderToString(element).replace(EMPTY_ELEMENT, '<$1$2/>').replaceAll(']]>', ']]&gt;');
}
