/** A summary's first sentence: what a compact popup and the step announcement read out. */
export function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0];
}
