import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './svg-text';

describe('SVG text', () => {
  it('measures with the advances of DejaVu Sans, wider in bold', () => {
    // DejaVu Sans: digits 1303 and i 569 units of 2048 to the em, rounded up to thousandths.
    expect(textWidth('0', 1000)).toBe(637);
    expect(textWidth('i', 1000)).toBe(278);
    expect(textWidth('Wi', 10)).toBeCloseTo(12.67);
    expect(textWidth('Vladivostok', 12, true)).toBeGreaterThan(textWidth('Vladivostok', 12));
  });

  it('takes an accented letter as its base letter, and an unknown glyph as one em', () => {
    expect(textWidth('Sinŭiju', 10)).toBe(textWidth('Sinuiju', 10));
    expect(textWidth('평양', 10)).toBe(20);
  });

  it('cuts text that does not fit with an ellipsis, keeping all that fits', () => {
    expect(fitText('Vostochny Cosmodrome', 10, 1000)).toBe('Vostochny Cosmodrome');
    // 'Vostoch…' is 50.1 px; 'Vostochn…' would be 56.4.
    expect(fitText('Vostochny Cosmodrome', 10, 56)).toBe('Vostoch…');
    expect(fitText('Vostochny Cosmodrome', 10, 57)).toBe('Vostochn…');
    expect(textWidth(fitText('Vostochny Cosmodrome', 13, 60, true), 13, true)).toBeLessThanOrEqual(60);
  });

  it('wraps words into lines and marks a cut on the last line kept', () => {
    // 'one two' is 40 px, 'three four' 50.
    expect(wrapText('one two three four', 10, 56, 3)).toEqual(['one two', 'three four']);
    expect(wrapText('one two three four', 10, 49, 3)).toEqual(['one two', 'three', 'four']);
    const cut = wrapText('one two three four five six seven', 10, 56, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith('…')).toBe(true);
    expect(textWidth(cut[1], 10)).toBeLessThanOrEqual(56);
  });
});

describe('SVG text in Korean and Russian', () => {
  it('measures Cyrillic as wide as Latin, not as an unknown one-em glyph', () => {
    // "Владивосток", 11 letters, is 82 px at 12 px: a little wider than "Vladivostok" (74 px), far from 11 em (132 px).
    expect(textWidth('Владивосток', 12)).toBeCloseTo(82, 0);
    expect(textWidth('Владивосток', 12)).toBeGreaterThan(textWidth('Vladivostok', 12));
    expect(textWidth('Ё', 10)).toBe(textWidth('Е', 10));
    expect(textWidth('Хабаровск', 12, true)).toBeGreaterThan(textWidth('Хабаровск', 12));
  });

  it('measures a Hangul syllable as one em in regular and bold', () => {
    expect(textWidth('블라디보스토크', 12)).toBe(84);
    expect(textWidth('블라디보스토크', 12, true)).toBe(84);
  });

  it('measures the no-break spaces of Russian dates and numbers as a space', () => {
    expect(textWidth('2014\u202fг.', 10)).toBe(textWidth('2014 г.', 10));
    expect(textWidth('12\u00a0345', 10)).toBe(textWidth('12 345', 10));
  });

  it('does not break a line at a no-break space', () => {
    // Russian groups digits with U+00A0: "12 345" is one word.
    expect(wrapText('всего 12\u00a0345 км', 10, 40, 3)).toEqual(['всего', '12\u00a0345', 'км']);
  });
});
