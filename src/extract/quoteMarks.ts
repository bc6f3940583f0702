// Quotation marks across sentences: a straight '"' opens or closes, curly ones say which. Shared by
// the relation extractor's quote speakers (relations/quoteCarry.ts) and pronoun resolution
// (coreference.ts), which must agree on what is inside a quotation.
import type { Token } from './types.ts';

/** After `tokens`, given whether a quotation was open before them: open or not, where the last one opened, and how many marks. */
export function quoteMarksAfter(tokens: readonly Token[], openBefore: boolean): { open: boolean; openedAt: number; marks: number } {
  let open = openBefore;
  let openedAt = -1;
  let marks = 0;
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    if (text === '"') open = !open;
    else if (text === '“') open = true;
    else if (text === '”') open = false;
    else continue;
    marks++;
    if (open) openedAt = k;
  }
  return { open, openedAt, marks };
}
