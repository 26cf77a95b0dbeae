import type { MapPlace } from '../../content/map-data';
import { LANGS } from '../../content/i18n/lang';
import { Field, useLocale } from './locale';

/** A place's name in Latin, Hangul and Cyrillic, each marked with its language, and how sure its position is. */
export function PlaceNames({ place, presumed = false }: { place: MapPlace; presumed?: boolean }) {
  const { lang, m } = useLocale();
  const quality = { verified: null, reference: null, approximate: m.positionApproximate, unverified: m.positionUnverified }[place.quality];
  // The edition's own name leads; the others follow.
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return (
    <div className="place-names">
      {order.map((l, i) => <span key={l} lang={l} className={i === 0 ? 'place-name-lead' : undefined}>{place.name[l]}</span>)}
      <span className="place-region"><Field item={place} field="region">{place.region}</Field></span>
      {presumed && <span className="flag">{m.placePresumed}</span>}
      {quality && (
        <span className="flag">
          {quality} {place.qualityNote && <Field item={place} field="qualityNote">{place.qualityNote}</Field>}
        </span>
      )}
    </div>
  );
}
