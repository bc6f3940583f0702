// Name normalisation exactly as ANNOTATION.md "Scoring" defines it, so a system node and a gold
// entity compare equal regardless of case, punctuation or a leading article.

/**
 * "The U.K. Government" -> "uk government"; "Washington, D.C." -> "washington dc".
 * Punctuation is deleted rather than turned into a space so that "U.K." equals "UK".
 * NFC first only so that composed and decomposed accents compare equal.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{P}+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}
