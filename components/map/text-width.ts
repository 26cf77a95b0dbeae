import { textWidth } from '../static-map/svg-text';

export interface TextStyle {
  size: number;
  weight?: number;
  italic?: boolean;
}

/**
 * A name's width as the map will draw it, measured on a canvas in the page's font (the map
 * inherits it: see .leaflet-map in globals.css). Measuring takes no layout, and it is exact where
 * the server's table (DejaVu Sans, wider than most fonts) leaves names room to spare. Without a
 * canvas, that table.
 */
export function measuredTextWidth({ size, weight = 400, italic = false }: TextStyle): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => textWidth(text, size, weight >= 600);
  context.font = `${italic ? 'italic ' : ''}${weight} ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (text) => context.measureText(text).width;
}
