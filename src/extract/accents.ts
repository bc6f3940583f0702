// English news often drops the accents of foreign names ("Vucic" for "Vučić", "Bogota"), and
// sometimes keeps ones a lexicon lacks ("Burkinabè").

/** A character past ASCII; a plain loop, as this runs on every token a lexicon misses. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** The text with its combining marks removed ("Orbán" -> "Orban"); ASCII text comes back as it is. */
export function withoutAccents(text: string): string {
  return hasNonAscii(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}
