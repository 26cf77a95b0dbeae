/**
 * The arrowhead that shows which way a leg runs, on the map and in the legend: drawn, not a glyph
 * (➤). Each system draws that glyph its own way, from whichever font it falls back to, and the
 * fallback cost the embed's first layout 15–30 ms here (Debian's fontconfig), on the way to its
 * first picture.
 */
const ARROW_PATH = 'M2 2 13 7 2 12 5 7Z';
const SIZE = 14;

/** For a Leaflet icon's HTML: a leg's arrow in its trip's colour, turned to the leg's bearing, with a white halo. */
export function legArrowHtml(colour: string, angle: number): string {
  return `<svg viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" style="transform:rotate(${angle}deg)" aria-hidden="true">`
    + `<path d="${ARROW_PATH}" fill="${colour}" stroke="#fff" stroke-width="1.5" stroke-linejoin="round" paint-order="stroke"/></svg>`;
}

/** The legend's key: the same arrow in the text's colour. */
export function KeyArrow() {
  return (
    <svg className="key-arrow" viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} aria-hidden="true">
      <path d={ARROW_PATH} fill="currentColor" />
    </svg>
  );
}

/** "Opens elsewhere" after a link's text (↗, drawn for the same reason). */
export function OutArrow() {
  return (
    <svg className="out-arrow" viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
      <path d="M3 9 9 3M4.5 3H9v4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
