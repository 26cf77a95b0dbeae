// `npm run translations [-- content-dir]`: brings content/translations/<lang>/ in line with the
// English. A new English text gets an entry marked "pending" (the map shows the English, marked
// as not yet translated); a changed one is marked pending with its old English and translation
// kept under "previous", for the translator to see what changed; an entry whose English is gone
// is dropped. Prints what is pending.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { TRANSLATED_LANGS } from '../content/i18n/lang';
import { placeSchema, tripSchema } from '../content/schema';
import { englishTexts, syncedEntry, type TranslationEntry as Entry } from '../content/translations';

const root = process.cwd();
// Relative to the current folder, or absolute (the benchmarks' synthetic content is in a temporary folder).
const dir = resolve(root, process.argv[2] ?? 'content');
const base = relative(root, dir);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const trips = readdirSync(join(dir, 'trips')).filter((n) => n.endsWith('.json')).sort().map((n) => tripSchema.parse(readJson(join(dir, 'trips', n))));
const places = (readJson(join(dir, 'places.json')) as unknown[]).map((p) => placeSchema.parse(p));

for (const lang of TRANSLATED_LANGS) {
  const files = new Map<string, Record<string, unknown>>();
  let pending = 0;
  let total = 0;
  for (const text of englishTexts(base, lang, trips, places)) {
    const file = join(root, text.file);
    if (!files.has(file)) {
      const empty = text.file.endsWith('/places.json') ? {} : { trip: {}, visits: {}, legs: {} };
      files.set(file, { old: existsSync(file) ? readJson(file) : {}, fresh: empty });
    }
    const { old, fresh } = files.get(file) as { old: unknown; fresh: Record<string, unknown> };
    const before = text.path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], old) as Entry | undefined;
    const entry = syncedEntry(before, text.en, lang);
    total += 1;
    if (entry.pending) pending += 1;
    let node = fresh;
    for (const key of text.path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[text.path.at(-1)!] = entry;
  }
  for (const [file, { fresh }] of files as Map<string, { fresh: unknown }>) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`);
  }
  console.log(`${base}/translations/${lang}: ${total} texts, ${pending} pending`);
}
