import { describe, expect, it } from 'vitest';
import { contentProblems, readFixtureContent } from './fixtures/fixture-data';
import { parseContent, type RawContent } from './load';
import { buildMapData } from './map-data';
import { syncedEntry } from './translations';

const pristine = readFixtureContent();
const KO_TRIP = 'content/fixtures/translations/ko/trips/kim-2023.json';

type Entry = { en: string; ko?: string; ru?: string; pending?: true; previous?: { en: string; ko?: string } };
type TripFile = { trip: Record<string, Entry>; visits: Record<string, Record<string, Entry>>; legs: Record<string, Record<string, Entry>> };

/** The fixture content with one change to the Korean translation of kim-2023. */
function withKorean(change: (file: TripFile) => void): RawContent {
  const copy = structuredClone(pristine);
  change(copy.translations.find((f) => f.file === KO_TRIP)!.data as TripFile);
  return copy;
}

const problemsOf = contentProblems;

describe('translations', () => {
  it('the fixture content is translated into Korean and Russian', () => {
    const content = parseContent(pristine);
    const ko = buildMapData(content, 'ko');
    const khasan = ko.visits.find((v) => v.id === 'kim-2023-khasan')!;
    expect(khasan.summary).toMatch(/\p{Script=Hangul}/u);
    expect(khasan.untranslated).toBeUndefined();
    expect(buildMapData(content, 'ru').trips.find((t) => t.id === 'kim-2023')!.title).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('rejects a missing translation, naming file, item, field and language', () => {
    const raw = withKorean((file) => delete file.visits['kim-2023-khasan'].summary);
    expect(problemsOf(raw)).toEqual([`${KO_TRIP}: visits.kim-2023-khasan.summary: missing Korean (ko) translation; add it, or mark it "pending": true`]);
  });

  it('rejects a translation of English that has since changed', () => {
    const raw = withKorean((file) => {
      file.trip.title.en = 'An older title';
    });
    expect(problemsOf(raw)).toEqual([
      `${KO_TRIP}: trip.title: stale Korean (ko) translation: it translates “An older title”, but the English now reads “Kim Jong-un's train trip to the Vostochny Cosmo…”; update it, or mark it "pending": true`,
    ]);
  });

  it('rejects text in the wrong script', () => {
    const raw = withKorean((file) => {
      file.visits['kim-2023-khasan'].summary.ko = 'Guard of honour';
    });
    expect(problemsOf(raw)).toEqual([`${KO_TRIP}: visits.kim-2023-khasan.summary.ko: must be written in Hangul`]);
  });

  it('rejects an entry that translates nothing', () => {
    const raw = withKorean((file) => {
      file.visits['kim-2023-nowhere'] = { summary: { en: 'x', ko: '엑스' } };
    });
    expect(problemsOf(raw)).toEqual([`${KO_TRIP}: visits.kim-2023-nowhere.summary: translates no English text (no such item, or the field is empty in English)`]);
  });

  it('shows the English of a pending translation, and says which fields are untranslated', () => {
    const raw = withKorean((file) => {
      file.visits['kim-2023-khasan'].summary = { en: file.visits['kim-2023-khasan'].summary.en, pending: true };
    });
    const ko = buildMapData(parseContent(raw), 'ko');
    const khasan = ko.visits.find((v) => v.id === 'kim-2023-khasan')!;
    expect(khasan.summary).toMatch(/^Guard of honour/);
    expect(khasan.untranslated).toEqual(['summary']);
    expect(khasan.met).toMatch(/\p{Script=Hangul}/u);
  });

  it('rejects a translation file for a trip that does not exist', () => {
    const copy = structuredClone(pristine);
    copy.translations.push({ lang: 'ru', file: 'content/fixtures/translations/ru/trips/kim-2031.json', data: { trip: {}, visits: {}, legs: {} } });
    expect(problemsOf(copy)).toEqual(['content/fixtures/translations/ru/trips/kim-2031.json: (root): translates no content: there is no such trip']);
  });

  it('npm run translations marks a changed English pending, keeping what the translation was made from', () => {
    expect(syncedEntry(undefined, 'New text', 'ko')).toEqual({ en: 'New text', pending: true });
    const translated = { en: 'Old text', ko: '옛 글' };
    expect(syncedEntry(translated, 'Old text', 'ko')).toBe(translated);
    const stale = syncedEntry(translated, 'New text', 'ko');
    expect(stale).toEqual({ en: 'New text', pending: true, previous: { en: 'Old text', ko: '옛 글' } });
    expect(syncedEntry(stale, 'Newer text', 'ko')).toEqual({ en: 'Newer text', pending: true, previous: { en: 'Old text', ko: '옛 글' } });
  });

  it('accepts a pending entry with what it translated before, and refuses "previous" on a translated one', () => {
    const pending = withKorean((file) => {
      file.trip.title = { en: file.trip.title.en, pending: true, previous: { en: 'An older title', ko: '옛 제목' } } as Entry;
    });
    expect(() => parseContent(pending)).not.toThrow();
    const translated = withKorean((file) => {
      file.trip.title = { ...file.trip.title, previous: { en: 'An older title' } } as Entry;
    });
    expect(problemsOf(translated)).toEqual([`${KO_TRIP}: trip.title.previous: a translated entry keeps no "previous": remove it`]);
  });
});
