// Text for server-rendered SVG, where nothing measures glyphs: escaping, and widths
// estimated from an average glyph (0.56 em covers Latin text in the sans-serif fonts used).

const AVERAGE_GLYPH_EM = 0.56;
const AVERAGE_BOLD_GLYPH_EM = 0.64;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? AVERAGE_BOLD_GLYPH_EM : AVERAGE_GLYPH_EM);
}

/** The text cut with an ellipsis to fit the width. */
export function fitText(text: string, fontSize: number, width: number): string {
  const max = Math.floor(width / (fontSize * AVERAGE_GLYPH_EM));
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Words wrapped into lines that fit the width; the last line kept ends with an ellipsis when more was cut. */
export function wrapText(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * AVERAGE_GLYPH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), fitText(`${lines[maxLines - 1]} ${lines[maxLines]}`, fontSize, width - fontSize)];
}
