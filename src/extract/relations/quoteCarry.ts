// A quotation that runs over several sentences: '"This is not an isolated case," he told the
// Commons. "We have seen cyber-attacks ... The Chinese state is behind a pattern of hostile
// activity."' The sentences after the attributed one are his too, though none names him.
import { REPORTING_VERBS } from '../clauses.ts';
import type { Mention, Token } from '../types.ts';

/** Who speaks an unattributed quotation in each sentence, carried from sentence to sentence. */
export class QuoteCarry {
  /** A quotation was still open when the previous sentence ended. */
  private open = false;
  /** Its speaker, when known. */
  private openSpeaker: Mention | undefined;
  /** The speaker the previous sentence attributed a quotation to ('"...," he told the Commons'). */
  private lastAttributed: Mention | undefined;
  /** The speaker for the current sentence's unattributed quotation, if it has one. */
  current: Mention | undefined;

  /** Moves on to the next sentence (call for every sentence, in order). */
  next(tokens: readonly Token[], mentions: readonly Mention[]): void {
    const carriedIn = this.open ? this.openSpeaker : undefined;
    let inside = this.open;
    let marks = 0;
    for (const t of tokens) {
      if (t.text === '"') inside = !inside;
      else if (t.text === '“') inside = true;
      else if (t.text === '”') inside = false;
      else continue;
      marks++;
    }
    const attributed = marks > 0 ? attributedSpeaker(tokens, mentions) : undefined;
    // A quotation opened here and left open, with no speaker of its own, goes on the one just quoted.
    const opensUnattributed = !this.open && inside && attributed === undefined ? this.lastAttributed : undefined;
    this.current = carriedIn ?? opensUnattributed;
    this.open = inside;
    this.openSpeaker = inside ? (attributed ?? this.current) : undefined;
    this.lastAttributed = attributed;
  }
}

/** '"...," he told the Commons', '"...," said Li': the one named right after a closing quote and its comma. */
function attributedSpeaker(tokens: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  for (let c = 1; c < tokens.length - 1; c++) {
    const mark = tokens[c]!.text;
    if ((mark !== '"' && mark !== '”') || tokens[c - 1]!.text !== ',') continue;
    const after = mentions.find((m) => m.first === c + 1 || (m.first === c + 2 && REPORTING_VERBS.has(tokens[c + 1]!.lower)));
    if (!after || after.entity === undefined) continue;
    if (after.first === c + 2 || REPORTING_VERBS.has(tokens[after.last]?.lower ?? '')) return after;
  }
  return undefined;
}
