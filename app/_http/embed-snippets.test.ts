import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS } from './embed-options';
import { type EmbedChoice, embedUrl, fixedSnippet, imageUrl, responsiveSnippet } from './embed-snippets';

const origin = 'https://trips.example';
const choice: EmbedChoice = {
  view: { trip: 'kim-2019', visit: 'kim-2019-summit' },
  options: { ...EMBED_DEFAULTS, controls: 'stepper' },
  width: 800,
  height: 500,
  title: 'Map: "FEFU" & the summit',
  lang: 'en',
};

describe('embed snippets', () => {
  it('point at /embed with the view and only the options that differ from the defaults', () => {
    expect(embedUrl(origin, choice)).toBe(`${origin}/embed?trip=kim-2019&visit=kim-2019-summit&controls=stepper`);
    expect(embedUrl(origin, { ...choice, view: { trip: null, visit: null }, options: EMBED_DEFAULTS })).toBe(`${origin}/embed`);
  });

  it('give a fixed-shape frame with an escaped title', () => {
    expect(fixedSnippet(origin, choice)).toBe(
      `<iframe src="${origin}/embed?trip=kim-2019&amp;visit=kim-2019-summit&amp;controls=stepper" title="Map: &quot;FEFU&quot; &amp; the summit" `
      + 'style="width:100%;max-width:800px;aspect-ratio:800/500;border:0" loading="lazy" allowfullscreen></iframe>',
    );
  });

  it('give a responsive frame whose script listens only to this site', () => {
    const snippet = responsiveSnippet(origin, choice);
    expect(snippet).toContain('<iframe data-trips-map src=');
    expect(snippet).toContain(`e.origin!=="${origin}"`);
    expect(snippet).toContain('"trips-map:height"');
  });

  it('name the static image of the same view', () => {
    expect(imageUrl(origin, choice, 'png')).toBe(`${origin}/static/kim-2019.png?width=800&height=500&visit=kim-2019-summit`);
  });

  it('carry an edition other than English into the frame and the image', () => {
    const korean = { ...choice, lang: 'ko' as const };
    expect(embedUrl(origin, korean)).toBe(`${origin}/embed?trip=kim-2019&visit=kim-2019-summit&lang=ko&controls=stepper`);
    expect(imageUrl(origin, korean, 'svg')).toBe(`${origin}/static/kim-2019.svg?width=800&height=500&visit=kim-2019-summit&lang=ko`);
  });
});
