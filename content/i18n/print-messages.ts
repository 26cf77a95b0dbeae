import type { Plural, Widen } from './format';
import type { Lang } from './lang';

// Every word of the print handout (/print/<trip>) that is not content: the cover, the page's
// title and the images' descriptions. The handout's shared parts (place names, visit details,
// sources) take theirs from UI_MESSAGES. A key missing from one language fails the type check.

const en = {
  /** The tab title: trip title and dates. */
  title: '{title}, {dates}: handout',
  /** Under the title: traveller, dates and the number of visits. */
  meta: '{traveller} · {dates} · {visits}',
  visitCount: { one: '{n} visit', other: '{n} visits' } as Plural,
  /** Shown on screen only. */
  printHint: 'Print this page (Ctrl+P or ⌘P): one visit per page, on A4 or Letter.',
  tripMapAlt: 'Map: {title}, {dates}',
  visitMapAlt: 'Map: {place} and its surroundings',
};

export type PrintMessages = Widen<typeof en>;

const ko: PrintMessages = {
  title: '{title}, {dates}: 인쇄용 자료',
  meta: '{traveller} · {dates} · {visits}',
  visitCount: { other: '방문지 {n}곳' },
  printHint: '이 페이지를 인쇄하세요(Ctrl+P 또는 ⌘P). A4 또는 레터 용지에 방문지마다 한 쪽씩 인쇄됩니다.',
  tripMapAlt: '지도: {title}, {dates}',
  visitMapAlt: '지도: {place} 일대',
};

const ru: PrintMessages = {
  title: '{title}, {dates}: материал для печати',
  meta: '{traveller} · {dates} · {visits}',
  visitCount: { one: '{n} пункт', few: '{n} пункта', many: '{n} пунктов', other: '{n} пункта' },
  printHint: 'Распечатайте эту страницу (Ctrl+P или ⌘P): по одному пункту на странице, формат A4 или Letter.',
  tripMapAlt: 'Карта: {title}, {dates}',
  visitMapAlt: 'Карта: {place} и окрестности',
};

export const PRINT_MESSAGES: Record<Lang, PrintMessages> = { en, ko, ru };
