import { describe, expect, it } from 'vitest';
import { escapeXml, fitText, wrapText } from './svg-text';

describe('SVG text', () => {
  it('escapes markup', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;');
  });

  it('cuts text that does not fit with an ellipsis', () => {
    expect(fitText('Vostochny Cosmodrome', 10, 1000)).toBe('Vostochny Cosmodrome');
    expect(fitText('Vostochny Cosmodrome', 10, 56)).toBe('Vostochn…');
  });

  it('wraps words into lines and marks a cut on the last line kept', () => {
    expect(wrapText('one two three four', 10, 56, 3)).toEqual(['one two', 'three', 'four']);
    const cut = wrapText('one two three four five six seven', 10, 56, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1].endsWith('…')).toBe(true);
  });
});
