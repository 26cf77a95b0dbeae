import { useEffect, useState } from 'preact/hooks';

/**
 * Calls `callback` once the next frame has been painted: a task queued from an animation frame
 * runs after that frame's paint. A plain timeout set now would usually run before the frame, and
 * delay it. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => { timer = window.setTimeout(callback, 0); });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * False until the frame after the first commit with `when` true has been painted: for work that can
 * wait a frame.
 */
export function useAfterPaint(when = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (when ? afterNextPaint(() => setPainted(true)) : undefined), [when]);
  return painted;
}
