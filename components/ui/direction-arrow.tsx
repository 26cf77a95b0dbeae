/**
 * The arrowhead that shows which way a leg runs, on the map and in the legend: drawn, not a glyph
 * (➤). Each system draws that glyph its own way, from whichever font it falls back to, and the
 * fallback cost the embed's first layout 15–30 ms here (Debian's fontconfig), on the way to its
 * first picture.
 */

/** The arrowhead's corners in a 14 px box, pointing east: the legend draws it, the map draws it turned about the box's centre. */
export const ARROW_POINTS: readonly (readonly [number, number])[] = [[2, 2], [13, 7], [2, 12], [5, 7]];
export const ARROW_SIZE = 14;
const ARROW_PATH = `M${ARROW_POINTS.map(([x, y]) => `${x} ${y}`).join(' ')}Z`;

/** The legend's key: the same arrow in the text's colour. */
export function KeyArrow() {
  return (
    <svg className="key-arrow" viewBox={`0 0 ${ARROW_SIZE} ${ARROW_SIZE}`} width={ARROW_SIZE} height={ARROW_SIZE} aria-hidden="true">
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
