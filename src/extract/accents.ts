// English news often drops the accents of foreign names ("Vucic" for "Vučić", "Bogota").

const NON_ASCII = /[^\x00-\x7f]/;

/** The text with its combining marks removed ("Orbán" -> "Orban"); ASCII text comes back as it is. */
export function withoutAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}
