import { GLYPH_WIDTHS } from './glyph-widths';

// Text for server-rendered SVG, where nothing measures glyphs: widths from a table
// of DejaVu Sans. It is the widest of the families the SVG names, so text measured with it fits in
// any of them (in narrower ones, with room over). Cyrillic is measured as the wider of DejaVu Sans
// and Noto Sans KR, the PNG renderer's font; Hangul, not in the table, as one em (Noto Sans KR's
// syllables are 0.92 em). See docs/adr/0010.

const widthTable = (widths: number[]) => new Map([...GLYPH_WIDTHS.chars].map((char, i) => [char, widths[i]]));
const REGULAR = widthTable(GLYPH_WIDTHS.regular);
const BOLD = widthTable(GLYPH_WIDTHS.bold);
/** Characters outside the table, in thousandths of an em: Hangul, CJK and other full-width glyphs are one em. */
const UNKNOWN = 1000;

/** Space separators: the no-break spaces Intl writes in Russian dates and numbers ("2014 г.", "12 345"). */
const SPACE = /\p{Zs}/u;

function charWidth(table: Map<string, number>, char: string): number {
  // An accented letter is as wide as its base letter (é as e); any space, at most as wide as a space.
  return table.get(char) ?? (SPACE.test(char) ? table.get(' ') : undefined) ?? table.get(char.normalize('NFD')[0]) ?? UNKNOWN;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(table, char);
  return (thousandths * fontSize) / 1000;
}

/** The text cut with an ellipsis to fit the width. */
export function fitText(text: string, fontSize: number, width: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  let kept = chars.length;
  while (kept > 0 && textWidth(`${chars.slice(0, kept).join('').trimEnd()}…`, fontSize, bold) > width) kept -= 1;
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/** Where a line may break: white space, except the no-break spaces ("12 345" in Russian, "1 остановка"). */
const BREAK = /[^\S\u00a0\u2007\u202f]+/;

/** Words wrapped into lines that fit the width; the last line kept ends with an ellipsis when more was cut. */
export function wrapText(text: string, fontSize: number, width: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', fontSize, bold);
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(BREAK)) {
    const wordWidth = textWidth(word, fontSize, bold);
    if (line && lineWidth + space + wordWidth > width) {
      lines.push(line);
      [line, lineWidth] = [word, wordWidth];
    } else {
      [line, lineWidth] = line ? [`${line} ${word}`, lineWidth + space + wordWidth] : [word, wordWidth];
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), fitText(`${lines[maxLines - 1]} ${lines[maxLines]}`, fontSize, width, bold)];
}
