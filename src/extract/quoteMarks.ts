// Quotation marks across sentences: a straight '"' opens or closes, curly ones say which. Shared by
// the relation extractor's quote speakers (relations/quoteCarry.ts) and pronoun resolution
// (coreference.ts), which must agree on what is inside a quotation.
import type { Token } from './types.ts';

/** Marks that may open or close a quotation (a straight one does either; the name finder and the frames read both). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/** After `tokens`, given whether a quotation was open before them: open or not, where the last one opened, and how many marks. */
export function quoteMarksAfter(tokens: readonly Token[], openBefore: boolean): { open: boolean; openedAt: number; marks: number } {
  let open = openBefore;
  let openedAt = -1;
  let marks = 0;
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    // A sentence that opens with '"' while a quotation is open starts a new paragraph of it: news
    // style leaves the paragraph before unclosed and opens the next one again. (A closing mark
    // never opens a sentence: the splitter keeps it with the sentence it closes.)
    if (text === '"') open = k === 0 && open ? true : !open;
    else if (text === '“') open = true;
    else if (text === '”') open = false;
    else continue;
    marks++;
    if (open) openedAt = k;
  }
  return { open, openedAt, marks };
}
