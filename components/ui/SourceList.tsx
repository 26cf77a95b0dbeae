import type { MapSource } from '../../content/map-data';
import { textLang } from '../../content/i18n/scripts';


/** Sources cited by outlet, title and date, linked where a URL is known. */
export function SourceList({ sources }: { sources: MapSource[] }) {
  return (
    <ul className="sources">
      {sources.map((source, i) => {
        const label = (
          <>
            {/* Sources are cited as published, not translated: their language is their script's. */}
            <span lang={textLang(`${source.outlet} ${source.title ?? ''}`)}>
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
