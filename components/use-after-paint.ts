import { useEffect, useState } from 'react';

/** False until the frame after the first commit has been painted: for work that can wait a frame. */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    // A task queued from an animation frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => { timer = window.setTimeout(() => setPainted(true), 0); });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}
