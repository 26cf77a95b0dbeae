import { fill } from '../../content/i18n/format';
import { useLocale } from './locale';
import { viewQuery } from '../../app/_http/view-params';

/**
 * A link to a visit's step URL. A plain link on the server (thousands of them hydrate for free);
 * with JavaScript, the explorer catches the click and steps the map there instead of reloading.
 */
export function VisitLink({ trip, visitId, label }: { trip: string | null; visitId: string; label: string }) {
  const { m, linkLang } = useLocale();
  return (
    <a className="show-on-map" data-step-to={visitId} href={`/${viewQuery({ trip, visit: visitId }, linkLang)}#map`} aria-label={fill(m.showOnMapLabel, { label })}>
      {m.showOnMap}
    </a>
  );
}
