import { createElement } from 'preact';
import { renderToString as renderToStaticMarkup } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { fixtureLocale, fixtureMapData } from '../../content/fixtures/fixture-data';
import { LocaleContext } from './locale';
import { stepSequence } from '../../content/sequence';
import { Timeline } from './Timeline';

const data = fixtureMapData();
const sequence = stepSequence(data, 'kim-2023');
const noop = () => {};

const render = (visit: string | null) => renderToStaticMarkup(createElement(LocaleContext.Provider, { value: fixtureLocale() }, createElement(Timeline, {
  data, sequence, view: { trip: 'kim-2023', visit }, playing: false, speed: 1,
  onSpeed: noop, onStep: noop, onPlay: noop, onChooseTrip: noop,
})));

/** The attribute of the first element whose start tag matches `pattern`, in whatever order its attributes come. */
const attribute = (html: string, pattern: RegExp, name: string) => html.match(pattern)?.[0].match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('Timeline', () => {
  it('marks the current visit and puts the cursor over its mark', () => {
    const visit = sequence[3];
    const html = render(visit);
    const mark = new RegExp(`<button[^>]*data-visit="${visit}"[^>]*>`);
    expect(attribute(html, mark, 'aria-current')).toBe('step');
    const markLeft = attribute(html, mark, 'style')?.match(/left:([\d.]+)%/)?.[1];
    const cursorLeft = attribute(html, /<span[^>]*class="timeline-cursor"[^>]*>/, 'style')?.match(/left:([\d.]+)%/)?.[1];
    expect(markLeft).toBeDefined();
    expect(cursorLeft).toBe(markLeft);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
  });

  it('never moves back along the axis when stepping, in any view', () => {
    for (const trip of [null, ...data.trips.map((t) => t.id)]) {
      const html = renderToStaticMarkup(createElement(LocaleContext.Provider, { value: fixtureLocale() }, createElement(Timeline, {
        data, sequence: stepSequence(data, trip), view: { trip, visit: null }, playing: false, speed: 1,
        onSpeed: noop, onStep: noop, onPlay: noop, onChooseTrip: noop,
      })));
      const lefts = [...html.matchAll(/left:([\d.]+)%/g)].map((m) => Number(m[1]));
      expect(lefts.length, trip ?? 'all trips').toBe(stepSequence(data, trip).length);
      expect(lefts, trip ?? 'all trips').toEqual([...lefts].sort((a, b) => a - b));
    }
  });

  it('has no cursor in the overview', () => {
    const html = render(null);
    expect(html).not.toContain('timeline-cursor');
    expect(html).not.toContain('aria-current');
  });
});
