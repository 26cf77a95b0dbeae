import type { BBox } from 'geojson';

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Merges overlapping boxes into their union until none overlap, so detail areas never cover one another. */
export function mergeBoxes(boxes: BBox[]): BBox[] {
  const merged: BBox[] = boxes.map((b) => [b[0], b[1], b[2], b[3]]);
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < merged.length; i += 1) {
      for (let j = i + 1; j < merged.length; j += 1) {
        if (!overlaps(merged[i], merged[j])) continue;
        const [a, b] = [merged[i], merged[j]];
        merged[i] = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
        merged.splice(j, 1);
        changed = true;
        break outer;
      }
    }
  }
  return merged.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
