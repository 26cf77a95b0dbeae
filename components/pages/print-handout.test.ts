import { describe, expect, it } from 'vitest';
import { fixtureContent, fixtureMapData } from '../../content/fixtures/fixture-data';
import type { Lang } from '../../content/i18n/lang';
import { buildMapData, type MapData } from '../../content/map-data';
import type { PageAssets } from '../../app/_http/page-assets';
import { printHandout } from './print-handout';

const editions = new Map<Lang, MapData>([['en', fixtureMapData()]]);
const dataIn = (lang: Lang) => {
  if (!editions.has(lang)) editions.set(lang, buildMapData(fixtureContent(), lang));
  return editions.get(lang)!;
};
const styleHash = 'sha256-x';
const assets: PageAssets = { home: { script: '/h.js', style: '/h.css', styleHash }, embed: { script: '/e.js', style: '/e.css', styleHash }, print: { script: null, style: '/p.css', styleHash } };
const handout = (params: Record<string, string | string[]>, trip = 'kim-2023') => printHandout(params, trip, dataIn, assets);
/** The page's text, tags stripped. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[ \t\n]+/g, ' ');
const images = (html: string) => [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('printHandout', () => {
  it('is English without lang, as before: its words, its images’ URLs, <html lang="en">', () => {
    const { status, body } = handout({});
    expect(status).toBe(200);
    expect(body).toMatch(/^<!DOCTYPE html><html lang="en">/);
    const trip = dataIn('en').trips.find((t) => t.id === 'kim-2023')!;
    expect(body).toMatch(new RegExp(`<title>[^<]+, ${trip.dateRange}: handout</title>`));
    expect(textOf(body)).toContain('Print this page (Ctrl+P or ⌘P)');
    expect(textOf(body)).toMatch(/Kim Jong-un · 10–19 Sep 2023 · \d+ visits/);
    expect(images(body)[0]).toBe('/static/kim-2023.svg?width=1000&height=680');
    expect(images(body)[1]).toMatch(/^\/static\/kim-2023\.svg\?visit=[\w-]+&frame=visit&width=1000&height=520$/);
    expect(body).not.toContain('handout-notice');
  });

  it.each(['ko', 'ru'] as const)('in %s: every word, heading and image in that language, <html lang> set', (lang) => {
    const { status, body } = handout({ lang });
    expect(status).toBe(200);
    expect(body).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}">`));
    const data = dataIn(lang);
    const trip = data.trips.find((t) => t.id === 'kim-2023')!;
    const text = textOf(body);
    expect(text).toContain(trip.title);
    expect(text).toContain({ ko: '이 페이지를 인쇄하세요', ru: 'Распечатайте эту страницу' }[lang]);
    expect(text).toContain(`${trip.traveller[lang]} · ${trip.dateRange} · `);
    expect(text).not.toMatch(/Print this page|handout| visits\b/);
    const visit = data.visits.find((v) => v.id === 'kim-2023-vostochny')!;
    const place = data.places.find((p) => p.id === visit.place)!;
    expect(body).toContain(`<h2 id="h-kim-2023-vostochny">${visit.dateLabel} · ${place.name[lang]}</h2>`);
    // Every image asks for the same edition.
    expect(images(body).length).toBe(trip.visits.length + 1);
    for (const src of images(body)) expect(src).toMatch(new RegExp(`&lang=${lang}$`));
    expect(body).toContain(`alt="${{ ko: '지도', ru: 'Карта' }[lang]}: ${place.name[lang]}`);
  });

  it('falls back to English with a plain-text notice for a bad or repeated lang, still 200', () => {
    for (const lang of ['de', ['ko', 'ru'], '']) {
      const { status, body } = handout({ lang });
      expect(status).toBe(200);
      expect(body).toMatch(/^<!DOCTYPE html><html lang="en">/);
      const notice = body.match(/<p [^>]*class="handout-notice"[^>]*>([^<]*)<\/p>/);
      expect(notice?.[0]).toMatch(/ lang="en"/);
      expect(notice?.[1]).toMatch(/showing English\.$/);
      expect(images(body).every((src) => !src.includes('lang='))).toBe(true);
    }
    expect(handout({ lang: 'de' }).body).toContain('No language called “de” (lang= takes en, ko, ru): showing English.');
  });

  it('is a 404 for an unknown trip, in any language', () => {
    expect(handout({ lang: 'ko' }, 'kim-2099')).toEqual({ status: 404, body: 'No trip called “kim-2099”.\n', lang: 'ko' });
  });
});
