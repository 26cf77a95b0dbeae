import type { Lang } from '../../content/i18n/lang';
import { charLang } from '../../content/i18n/scripts';

// Which language each stretch of an image's text is in, so that the SVG can mark it (xml:lang):
// a Korean or Russian image quotes outlets by their English names ("출처: KBS World; TASS") and
// shows the English of a text whose translation is pending. Told apart by script: Hangul is
// Korean, Cyrillic Russian, Latin letters English (the only Latin-script language the content
// quotes); digits, spaces and punctuation go with the letters around them; between two languages,
// punctuation right after a word ("(via KCNA)") stays with it, and the rest is the image's language.

export interface LangRun {
  text: string;
  lang: Lang;
}

/** The text as runs of one language each, in order; `lang` is the image's own language. */
export function langRuns(text: string, lang: Lang): LangRun[] {
  const chars = [...text];
  const own = chars.map(charLang);
  const before: (Lang | null)[] = [];
  let last: Lang | null = null;
  for (const l of own) before.push((last = l ?? last));
  const after: (Lang | null)[] = new Array<Lang | null>(chars.length);
  let next: Lang | null = null;
  for (let i = chars.length - 1; i >= 0; i -= 1) after[i] = next = own[i] ?? next;
  const runs: LangRun[] = [];
  let glued = false;
  chars.forEach((char, i) => {
    glued = own[i] !== null || (glued && !/\s/u.test(char));
    // A neutral character between (or at the edge of) letters of one language is theirs.
    const l = own[i] ?? (before[i] === after[i] || after[i] === null ? before[i] : before[i] === null ? after[i] : glued ? before[i] : null) ?? lang;
    const run = runs.at(-1);
    if (run && run.lang === l) run.text += char;
    else runs.push({ text: char, lang: l });
  });
  return runs;
}
