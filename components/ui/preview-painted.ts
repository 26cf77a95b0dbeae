import { afterNextPaint } from './use-after-paint';

let painted: Promise<void> | null = null;

/** Resolves after the frame that first shows the preview image (at once if it is missing or broken). */
export function previewPainted(): Promise<void> {
  if (!painted) {
    const image = document.querySelector<HTMLImageElement>('.map-preview img');
    const decoded = image ? image.decode().catch(() => undefined) : Promise.resolve();
    painted = decoded.then(() => new Promise((resolve) => afterNextPaint(resolve)));
  }
  return painted;
}
