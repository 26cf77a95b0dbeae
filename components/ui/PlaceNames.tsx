import type { MapPlace } from '../../content/map-data';

const QUALITY: Record<MapPlace['quality'], string | null> = {
  verified: null,
  reference: null,
  approximate: 'Position approximate.',
  unverified: 'Position not verified.',
};

/** A place's name in Latin, Hangul and Cyrillic, each marked with its language, and how sure its position is. */
export function PlaceNames({ place, presumed = false }: { place: MapPlace; presumed?: boolean }) {
  const quality = QUALITY[place.quality];
  return (
    <div className="place-names">
      <span lang="en" className="place-en">{place.name.en}</span>
      <span lang="ko">{place.name.ko}</span>
      <span lang="ru">{place.name.ru}</span>
      <span className="place-region">{place.region}</span>
      {presumed && <span className="flag">Place presumed: not named in the sources.</span>}
      {quality && (
        <span className="flag">
          {quality} {place.qualityNote}
        </span>
      )}
    </div>
  );
}
