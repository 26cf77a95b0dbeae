import { viewQuery } from '../../app/_http/view-params';

/**
 * A link to a visit's step URL. A plain link on the server (thousands of them hydrate for free);
 * with JavaScript, the explorer catches the click and steps the map there instead of reloading.
 */
export function VisitLink({ trip, visitId, label }: { trip: string | null; visitId: string; label: string }) {
  return (
    <a className="show-on-map" data-step-to={visitId} href={`/${viewQuery({ trip, visit: visitId })}#map`} aria-label={`Show on map: ${label}`}>
      Show on map
    </a>
  );
}
