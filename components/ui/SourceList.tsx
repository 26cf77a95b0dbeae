import type { MapSource } from '../../content/map-data';

/** Sources cited by outlet, title and date, linked where a URL is known. */
export function SourceList({ sources }: { sources: MapSource[] }) {
  return (
    <ul className="sources">
      {sources.map((source, i) => {
        const label = (
          <>
            {source.outlet}
            {source.title && <>, “{source.title}”</>}, {source.dateLabel}
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
