import type { Lang } from '../../content/i18n/lang';
import { fill, plural } from '../../content/i18n/format';
import { PRINT_MESSAGES } from '../../content/i18n/print-messages';
import type { MapData, MapTrip } from '../../content/map-data';
import { Field, useLocale } from '../ui/locale';
import { PlaceNames } from '../ui/PlaceNames';
import { VisitDetails } from '../ui/VisitDetails';

/** The handout's tab title, in the edition's language. */
export const printTitle = (trip: MapTrip, lang: Lang = 'en') => fill(PRINT_MESSAGES[lang].title, { title: trip.title, dates: trip.dateRange });

/** A static image of the trip, in the handout's edition (English keeps the URL without lang). */
const imageUrl = (trip: string, query: string, lang: Lang) => `/static/${trip}.svg?${query}${lang === 'en' ? '' : `&lang=${lang}`}`;

/**
 * A handout to print, in the edition of its data (inside a LocaleContext of the same language): the
 * trip's map, then a page per visit with its detail map, date, summary and sources. `notice` says,
 * in plain text, why the URL's lang was not followed.
 */
export function PrintPage({ data, trip, notice = null }: { data: MapData; trip: MapTrip; notice?: string | null }) {
  const { lang } = useLocale();
  const p = PRINT_MESSAGES[lang];
  const visits = data.visits.filter((v) => v.trip === trip.id);
  const placeById = new Map(data.places.map((place) => [place.id, place]));
  return (
    <main className="handout">
      {notice && <p className="handout-notice" role="status" lang="en">{notice}</p>}
      <header className="handout-cover">
        <h1><Field item={trip} field="title">{trip.title}</Field></h1>
        <p className="handout-meta">{fill(p.meta, { traveller: trip.traveller[lang], dates: trip.dateRange, visits: plural(lang, p.visitCount, visits.length) })}</p>
        <p><Field item={trip} field="summary">{trip.summary}</Field></p>
        <img src={imageUrl(trip.id, 'width=1000&height=680', lang)} width={1000} height={680} alt={fill(p.tripMapAlt, { title: trip.title, dates: trip.dateRange })} />
        <p className="handout-screen-only">{p.printHint}</p>
      </header>
      {visits.map((visit) => {
        const place = placeById.get(visit.place)!;
        return (
          <section key={visit.id} className="handout-visit" aria-labelledby={`h-${visit.id}`}>
            <h2 id={`h-${visit.id}`}>{visit.dateLabel} · {place.name[lang]}</h2>
            <img src={imageUrl(trip.id, `visit=${visit.id}&frame=visit&width=1000&height=520`, lang)} width={1000} height={520} alt={fill(p.visitMapAlt, { place: place.name[lang] })} />
            <PlaceNames place={place} presumed={visit.placePresumed} />
            <VisitDetails visit={visit} trip={trip} />
          </section>
        );
      })}
    </main>
  );
}
