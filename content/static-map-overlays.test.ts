import { describe, expect, it } from 'vitest';
import { sourceLines } from './static-map-overlays';

// At 10 px an average glyph is 5.6 px wide: 200 px holds 35 characters a line.
const OUTLETS = ['KBS World', 'Sputnik', 'TASS (via panafricannews)', 'Chosun Ilbo (English)', 'Newspim (citing KCNA)'];

describe('sourceLines', () => {
  it('lists every outlet when they fit', () => {
    expect(sourceLines(OUTLETS.slice(0, 2), 200, 1)).toEqual(['Sources: KBS World; Sputnik']);
  });

  it('wraps the list over the lines it is given', () => {
    const lines = sourceLines(OUTLETS.slice(0, 3), 200, 2);
    expect(lines).toEqual(['Sources: KBS World; Sputnik; TASS', '(via panafricannews)']);
  });

  it('says how many more outlets there are instead of cutting one short', () => {
    const lines = sourceLines(OUTLETS, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('Sources: KBS World; Sputnik; TASS (via panafricannews); and 2 more');
  });

  it('cuts a single outlet too long for the lines with an ellipsis', () => {
    const lines = sourceLines(['An outlet whose name alone runs on far longer than the width of the lines'], 100, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('…')).toBe(true);
  });
});
