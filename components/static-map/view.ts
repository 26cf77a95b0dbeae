import type { View } from '../../geo/fit-view';
import type { Box } from '../../geo/label-placement';

// Pixel helpers shared by the static map's layout modules.

/** A pixel coordinate to a tenth of a pixel, as the static map writes them. */
export const round = (value: number) => Math.round(value * 10) / 10;

/** Whether a box lies within the image, `margin` pixels in from its edges. */
export const inView = (view: View, margin: number) => (box: Box) =>
  box[0] >= margin && box[1] >= margin && box[2] <= view.width - margin && box[3] <= view.height - margin;

/** Country names are spaced out by this many pixels a character. */
export const COUNTRY_LETTER_SPACING = 1.5;
