import type { Lang } from '../../content/i18n/lang';
import type { ParsedView, ViewProblem } from './view-params';

// The plain-text notices a page shows when its URL could not be followed, in the page's edition.

const WORDS: Record<Lang, {
  param: Record<'trip' | 'visit', string>;
  repeated: (param: string) => string;
  empty: (param: string) => string;
  noTrip: (value: string) => string;
  noVisit: (value: string) => string;
  notInTrip: (value: string, trip: string) => string;
  showing: Record<'all' | 'trip', string>;
}> = {
  en: {
    param: { trip: 'trip', visit: 'visit' },
    repeated: (p) => `The ${p} parameter is given more than once`,
    empty: (p) => `The ${p} parameter is empty`,
    noTrip: (v) => `No trip called “${v}”`,
    noVisit: (v) => `No visit called “${v}”`,
    notInTrip: (v, t) => `The visit “${v}” is not part of the trip “${t}”`,
    showing: { all: ' — showing all trips.', trip: ' — showing the whole trip.' },
  },
  ko: {
    param: { trip: '방문(trip)', visit: '방문지(visit)' },
    repeated: (p) => `${p} 값이 두 번 이상 주어졌습니다`,
    empty: (p) => `${p} 값이 비어 있습니다`,
    noTrip: (v) => `“${v}”: 해당 방문이 없습니다`,
    noVisit: (v) => `“${v}”: 해당 방문지가 없습니다`,
    notInTrip: (v, t) => `“${v}” 방문지는 “${t}” 방문에 속하지 않습니다`,
    showing: { all: ' — 모든 방문을 보여 줍니다.', trip: ' — 방문 전체를 보여 줍니다.' },
  },
  ru: {
    param: { trip: 'trip («поездка»)', visit: 'visit («пункт»)' },
    repeated: (p) => `Параметр ${p} указан больше одного раза`,
    empty: (p) => `Параметр ${p} пуст`,
    noTrip: (v) => `Нет поездки «${v}»`,
    noVisit: (v) => `Нет пункта «${v}»`,
    notInTrip: (v, t) => `Пункт «${v}» не входит в поездку «${t}»`,
    showing: { all: ' — показаны все поездки.', trip: ' — показана вся поездка.' },
  },
};

function problemText(why: ViewProblem, lang: Lang): string {
  const w = WORDS[lang];
  switch (why.kind) {
    case 'repeated': return w.repeated(w.param[why.param]);
    case 'empty': return w.empty(w.param[why.param]);
    case 'no-trip': return w.noTrip(why.value);
    case 'no-visit': return w.noVisit(why.value);
    case 'visit-not-in-trip': return w.notInTrip(why.value, why.trip);
  }
}

/** What is wrong with the view a URL asks for, alone: where nothing is shown in its place (oEmbed). */
export function viewProblemText(problem: NonNullable<ParsedView['problem']>, lang: Lang): string {
  return `${problemText(problem.why, lang)}.`;
}

/** The notice for a view the URL did not get, or null. */
export function viewNotice(problem: ParsedView['problem'], lang: Lang): string | null {
  return problem ? `${problemText(problem.why, lang)}${WORDS[lang].showing[problem.showing]}` : null;
}

/** Why an embed option was not followed. */
export type OptionProblem = { kind: 'empty' | 'repeated' } | { kind: 'not-one-of'; value: string; allowed: readonly string[] };

const OPTION_WORDS: Record<Lang, {
  empty: (name: string) => string;
  repeated: (name: string) => string;
  notOneOf: (name: string, value: string, allowed: string) => string;
  using: (fallback: string) => string;
  noTiles: string;
}> = {
  en: {
    empty: (n) => `The ${n} parameter is empty`,
    repeated: (n) => `The ${n} parameter is given more than once`,
    notOneOf: (n, v, a) => `The ${n} parameter “${v}” is not one of ${a}`,
    using: (f) => `; using ${f}.`,
    noTiles: 'No tile server is configured; using the bundled basemap.',
  },
  ko: {
    empty: (n) => `${n} 값이 비어 있습니다`,
    repeated: (n) => `${n} 값이 두 번 이상 주어졌습니다`,
    notOneOf: (n, v, a) => `${n} 값(“${v}”)이 ${a} 가운데 하나가 아닙니다`,
    using: (f) => `. 기본값(${f})을 씁니다.`,
    noTiles: '타일 서버가 설정되지 않아 내장 배경지도를 씁니다.',
  },
  ru: {
    empty: (n) => `Параметр «${n}» пуст`,
    repeated: (n) => `Параметр «${n}» указан больше одного раза`,
    notOneOf: (n, v, a) => `Значение «${v}» параметра «${n}» не входит в список: ${a}`,
    using: (f) => `; используется ${f}.`,
    noTiles: 'Сервер тайлов не настроен; используется встроенная подложка.',
  },
};

/** The notice for an embed option that fell back to its default (option names and values stay as the URL writes them). */
export function embedOptionNotice(name: string, why: OptionProblem, fallback: string, lang: Lang): string {
  const w = OPTION_WORDS[lang];
  const text = why.kind === 'not-one-of' ? w.notOneOf(name, why.value, why.allowed.join(', ')) : w[why.kind](name);
  return `${text}${w.using(fallback)}`;
}

export function noTilesNotice(lang: Lang): string {
  return OPTION_WORDS[lang].noTiles;
}
