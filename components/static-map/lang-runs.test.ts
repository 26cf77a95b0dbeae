import { describe, expect, it } from 'vitest';
import { renderSvg } from './render-svg';
import { langRuns } from './lang-runs';
import { SvgText } from './SvgText';

describe('langRuns', () => {
  it('finds English outlet names in a Korean or Russian source line, punctuation after a name staying with it', () => {
    expect(langRuns('출처: KBS World; Sputnik; 외 2곳', 'ko')).toEqual([
      { text: '출처: ', lang: 'ko' },
      { text: 'KBS World; Sputnik;', lang: 'en' },
      { text: ' 외 2곳', lang: 'ko' },
    ]);
    expect(langRuns('Источники: TASS (via KCNA); и ещё 2', 'ru')).toEqual([
      { text: 'Источники: ', lang: 'ru' },
      { text: 'TASS (via KCNA);', lang: 'en' },
      { text: ' и ещё 2', lang: 'ru' },
    ]);
  });

  it('keeps digits and punctuation with the words around them: one run for text in one language', () => {
    expect(langRuns('ср, 13 сент. 2023 г. · космодром Восточный', 'ru')).toEqual([{ text: 'ср, 13 сент. 2023 г. · космодром Восточный', lang: 'ru' }]);
    expect(langRuns('2023년 9월 13일 (수) · 보스토치니', 'ko')).toEqual([{ text: '2023년 9월 13일 (수) · 보스토치니', lang: 'ko' }]);
    expect(langRuns('Kim met Putin, 13 Sep 2023.', 'ko')).toEqual([{ text: 'Kim met Putin, 13 Sep 2023.', lang: 'en' }]);
    expect(langRuns('12 345', 'ru')).toEqual([{ text: '12 345', lang: 'ru' }]);
    expect(langRuns('', 'en')).toEqual([]);
  });

  it('marks a Hangul or Cyrillic name quoted in English text', () => {
    expect(langRuns('Pyongyang (평양) station', 'en')).toEqual([{ text: 'Pyongyang (', lang: 'en' }, { text: '평양)', lang: 'ko' }, { text: ' station', lang: 'en' }]);
  });
});

const svgText = (props: Parameters<typeof SvgText>[0]) => renderSvg(SvgText(props));

describe('SvgText', () => {
  it('marks text wholly in another language on the element, and a stretch of it in a tspan', () => {
    expect(svgText({ doc: 'ko', text: '보스토치니', x: 1, y: 2 })).toBe('<text x="1" y="2">보스토치니</text>');
    expect(svgText({ doc: 'ko', text: 'Kim met Putin.', x: 1, y: 2 })).toBe('<text x="1" y="2" xml:lang="en">Kim met Putin.</text>');
    expect(svgText({ doc: 'ru', text: 'Источники: TASS; и ещё 2', x: 1, y: 2 })).toBe(
      '<text x="1" y="2">Источники: <tspan xml:lang="en">TASS;</tspan> и ещё 2</text>');
    // Escaped as any text is.
    expect(svgText({ doc: 'ko', text: '출처: A&amp;B <x>' })).toBe('<text>출처: <tspan xml:lang="en">A&amp;amp;B &lt;x></tspan></text>');
  });
});
