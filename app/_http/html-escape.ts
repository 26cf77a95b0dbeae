// Markup written as text: the embed snippets and oEmbed HTML offered to users, and the interactive
// map's Leaflet divIcon HTML. (The static map is drawn as JSX, escaped by its renderer.)

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
