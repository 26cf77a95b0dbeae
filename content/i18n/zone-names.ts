import type { Lang } from './lang';

// How each edition names a zone's clock. English keeps the IANA id's city ("Vladivostok time");
// Korean and Russian say it as their press does ("블라디보스토크 시간", "по владивостокскому
// времени"). Intl's own names are wrong for the story (Asia/Pyongyang is "Korea Standard Time"),
// so the zones the trips use are named here, and Intl's name stands in for any other.

const NAMED: Record<string, { ko: string; ru: string }> = {
  'Asia/Pyongyang': { ko: '평양', ru: 'пхеньянскому' },
  'Asia/Vladivostok': { ko: '블라디보스토크', ru: 'владивостокскому' },
  'Asia/Yakutsk': { ko: '야쿠츠크', ru: 'якутскому' },
  'Asia/Chita': { ko: '치타', ru: 'читинскому' },
  'Asia/Irkutsk': { ko: '이르쿠츠크', ru: 'иркутскому' },
  'Asia/Krasnoyarsk': { ko: '크라스노야르스크', ru: 'красноярскому' },
  'Asia/Novosibirsk': { ko: '노보시비르스크', ru: 'новосибирскому' },
  'Asia/Omsk': { ko: '옴스크', ru: 'омскому' },
  'Asia/Yekaterinburg': { ko: '예카테린부르크', ru: 'екатеринбургскому' },
  'Europe/Moscow': { ko: '모스크바', ru: 'московскому' },
  // China's one zone: Beijing time, as both languages call it.
  'Asia/Shanghai': { ko: '베이징', ru: 'пекинскому' },
};

function intlName(timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(new Date(0)).find((p) => p.type === 'timeZoneName')!.value;
}

/** A clock's name after a time: "Vladivostok time", "블라디보스토크 시간", "по владивостокскому времени". */
export function zoneName(timeZone: string, lang: Lang): string {
  if (lang === 'en') return `${timeZone.split('/').pop()!.replace(/_/g, ' ')} time`;
  const named = NAMED[timeZone];
  if (lang === 'ko') return named ? `${named.ko} 시간` : intlName(timeZone, 'ko');
  return named ? `по ${named.ru} времени` : `— ${intlName(timeZone, 'ru')}`;
}
