export interface TextStyle {
  size: number;
  weight?: number;
  italic?: boolean;
}

/**
 * A name's width as the map will draw it, measured on a canvas in the page's font (the map
 * inherits it: see .leaflet-map in globals.css). Measuring takes no layout, and it is exact where
 * the server's table (DejaVu Sans, wider than most fonts) leaves names room to spare. Without a
 * canvas, an em-based guess (0.62 em a character, bold Latin's mean; Hangul runs wider, so such a
 * browser may let names overlap): the table itself weighs 2 KB in the page's script.
 */
export function measuredTextWidth({ size, weight = 400, italic = false }: TextStyle): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => [...text].length * size * (/\p{Script=Hangul}/u.test(text) ? 0.95 : 0.62);
  context.font = `${italic ? 'italic ' : ''}${weight} ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (text) => context.measureText(text).width;
}
