import type { MapSource } from '../../content/map-data';

/** The language a source's outlet and title are written in, by their script (sources are cited as published, not translated). */
function sourceLang({ outlet, title }: MapSource): 'en' | 'ko' | 'ru' {
  const text = `${outlet} ${title ?? ''}`;
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}

/** Sources cited by outlet, title and date, linked where a URL is known. */
export function SourceList({ sources }: { sources: MapSource[] }) {
  return (
    <ul className="sources">
      {sources.map((source, i) => {
        const label = (
          <>
            <span lang={sourceLang(source)}>
              {source.outlet}
              {source.title && <>, “{source.title}”</>}
            </span>
            , {source.dateLabel}
          </>
        );
        return (
          <li key={i}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              label
            )}
          </li>
        );
      })}
    </ul>
  );
}
