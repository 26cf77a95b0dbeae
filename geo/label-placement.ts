// Where map labels go, in screen pixels: shared by the server-drawn map and the interactive one,
// so both name the same places and leave out the same ones.

/** A box on screen in pixels: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

export const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Greedy placement: each label, most important first, takes the first of its candidate boxes that
 * `fits` and covers no obstacle and no label placed before it; else it is left out. Returns the
 * candidate chosen per label (-1: left out) and every box taken, obstacles included.
 */
export function placeLabels(candidates: Box[][], obstacles: Box[], fits: (box: Box) => boolean = () => true): { chosen: number[]; taken: Box[] } {
  const taken = [...obstacles];
  const chosen = candidates.map((boxes) => {
    const index = boxes.findIndex((box) => fits(box) && !taken.some((t) => overlaps(t, box)));
    if (index >= 0) taken.push(boxes[index]);
    return index;
  });
  return { chosen, taken };
}

