// A quotation that runs over several sentences: '"This is not an isolated case," he told the
// Commons. "We have seen cyber-attacks ... The Chinese state is behind a pattern of hostile
// activity."' The sentences after the attributed one are his too, though none names him.
import { REPORTING_VERBS } from '../clauses.ts';
import { quoteMarksAfter } from '../quoteMarks.ts';
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
  /** Or the paper it is attributed to where it closes ('"...," the statement said'): its issuer speaks. */
  currentPaper: string | undefined;
  /** In a transcript, who the last speaker label ("MR MILLER:") named; undefined after "QUESTION:". */
  private labelled: Mention | undefined;
  /** The latest mention of each person seen so far, by the last word of their name, lower case. */
  private readonly bySurname = new Map<string, Mention>();

  /**
   * Moves on to the next sentence (call for every sentence, in order); `ahead(n)` gives the
   * sentence n places on, for a quotation whose speaker is named only where it closes.
   */
  next(tokens: readonly Token[], mentions: readonly Mention[], ahead?: (n: number) => { tokens: readonly Token[]; mentions: readonly Mention[] } | undefined): void {
    const carriedIn = this.open ? this.openSpeaker : undefined;
    const { open: inside, marks } = quoteMarksAfter(tokens, this.open);
    const attributed = marks > 0 ? attributedSpeaker(tokens, mentions) : undefined;
    // A quotation opened here and left open, with no speaker of its own, goes on the one just quoted.
    const opensUnattributed = !this.open && inside && attributed === undefined ? this.lastAttributed : undefined;
    const label = speakerLabel(tokens);
    if (label) this.labelled = this.bySurname.get(label.surname);
    for (const m of mentions) if (m.kind === 'Person' && m.form === 'name' && m.entity !== undefined) this.bySurname.set(lastWord(m.name), m);
    // '"Congratulations, Friedrich Merz! Ukraine counts on a strong Germany," he wrote on X.': a
    // quotation opened here and attributed only where it closes, a sentence or more on (that
    // speaker before the one quoted just before).
    const closing = !this.open && inside && attributed === undefined && ahead ? closingSpeaker(ahead) : undefined;
    this.current = carriedIn ?? closing ?? opensUnattributed ?? this.labelled;
    this.currentPaper = this.current === undefined && !this.open && inside && attributed === undefined && ahead ? closingPaper(ahead) : undefined;
    this.open = inside;
    this.openSpeaker = inside ? (attributed ?? this.current) : undefined;
    this.lastAttributed = attributed;
  }
}

/** The speaker attributed where a quotation left open closes, up to three sentences on. */
function closingSpeaker(ahead: (n: number) => { tokens: readonly Token[]; mentions: readonly Mention[] } | undefined): Mention | undefined {
  for (let n = 1; n <= 3; n++) {
    const next = ahead(n);
    if (!next) return undefined;
    if (next.tokens.some((t) => t.text === '"' || t.text === '”')) return attributedSpeaker(next.tokens, next.mentions);
  }
  return undefined;
}

/** '"...," the statement said' where a quotation left open closes, up to three sentences on: "statement". */
function closingPaper(ahead: (n: number) => { tokens: readonly Token[]; mentions: readonly Mention[] } | undefined): string | undefined {
  for (let n = 1; n <= 3; n++) {
    const next = ahead(n);
    if (!next) return undefined;
    const tokens = next.tokens;
    const close = tokens.findIndex((t, k) => (t.text === '"' || t.text === '”') && tokens[k - 1]?.text === ',');
    if (close < 0) continue;
    const paper = tokens[close + 2]?.lower ?? '';
    return tokens[close + 1]?.lower === 'the' && ISSUED_PAPERS.has(paper) && REPORTING_VERBS.get(tokens[close + 3]?.lower ?? '') === 'assert' ? paper : undefined;
  }
  return undefined;
}

/** What a body issues and a sentence may then quote: '"...," the statement said'. */
export const ISSUED_PAPERS: ReadonlySet<string> = new Set(['statement', 'message', 'letter', 'communique', 'communiqué', 'note']);

/** '"...," he told the Commons', '"...," said Li': the one named right after a closing quote and its comma. */
function attributedSpeaker(tokens: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  for (let c = 1; c < tokens.length - 1; c++) {
    const mark = tokens[c]!.text;
    if ((mark !== '"' && mark !== '”') || tokens[c - 1]!.text !== ',') continue;
    // '"...," said the ministry's spokesman, Pawel Wronski': the person named after the role.
    if (REPORTING_VERBS.has(tokens[c + 1]!.lower)) {
      const named = personAfterReport(tokens, mentions, c + 1);
      if (named) return named;
    }
    const after = mentions.find((m) => m.first === c + 1 || (m.first === c + 2 && REPORTING_VERBS.has(tokens[c + 1]!.lower)));
    if (after && after.entity !== undefined && (after.first === c + 2 || REPORTING_VERBS.has(tokens[after.last]?.lower ?? ''))) return after;
    // '"...," FO spokesperson Tahir Andrabi said': a body and a role before the person who speaks.
    const verb = tokens.findIndex((t, k) => k > c + 1 && k <= c + 9 && REPORTING_VERBS.has(t.lower));
    // ('"...," the Polish ministry's spokesman, Pawel Wronski, said': the person in apposition.)
    const person = verb > 0 ? mentions.findLast((m) => m.first > c && endsAtReport(m, tokens, verb) && m.kind === 'Person' && m.entity !== undefined) : undefined;
    if (person) return person;
  }
  return undefined;
}

/** Mention m ends right before the report verb at `verb`, or before the comma closing its apposition ("..., X, said"). */
export function endsAtReport(m: Mention, tokens: readonly Token[], verb: number): boolean {
  return m.last === verb || (m.last === verb - 1 && tokens[m.last]?.text === ',');
}

/** Words after "said" that end whatever names the speaker: "said the ministry, citing ...", "said in a statement". */
const REPORT_TAIL_STOPS = new Set(['that', 'in', 'on', 'at', 'after', 'while', 'when', 'as', 'adding', 'citing', 'according', 'to', 'who', 'which', 'and', ';', ':', '.', '"', '“', '”']);

/**
 * 'said Polish Foreign Ministry spokesman Pawel Wronski', 'said the ministry's spokesman, Pawel
 * Wronski': a person named within ten words after the inverted report verb at k, past a role and
 * the body it serves; not past a word that opens something else ("said the ministry, citing X").
 */
export function personAfterReport(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | undefined {
  for (let j = k + 1; j < Math.min(tokens.length, k + 11); j++) {
    const m = mentions.find((x) => x.first === j);
    // ("said Putin's spokesman Dmitry Peskov": not the one whose spokesman he is.)
    if (m && m.kind === 'Person' && m.form === 'name' && m.entity !== undefined && !m.possessive && tokens[m.last]?.lower !== "'s") return m;
    if (REPORT_TAIL_STOPS.has(tokens[j]!.lower)) return undefined;
  }
  return undefined;
}

/** Labels of the questioner's turn in a transcript: their paragraphs are nobody's statement. */
const QUESTIONERS = new Set(['q', 'question', 'questioner', 'reporter', 'journalist', 'moderator', 'interviewer']);
const HONORIFICS = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.']);

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * "MR MILLER: So I can confirm ...": a transcript's speaker label opening the sentence, and the
 * surname to look up among the people named so far. "QUESTION:" gives no one; nor does a
 * dateline ("ISLAMABAD:"), which names no person.
 */
function speakerLabel(tokens: readonly Token[]): { surname: string } | undefined {
  let colon = 0;
  // In capitals, as transcripts write them: "Lavrov: NATO is a threat" is a headline's quote.
  while (colon < tokens.length && colon < 5 && tokens[colon]!.shape === 'word' && tokens[colon]!.upper && tokens[colon]!.text === tokens[colon]!.text.toUpperCase()) colon++;
  if (colon === 0 || tokens[colon]?.text !== ':') return undefined;
  const surname = tokens[colon - 1]!.lower;
  if (QUESTIONERS.has(surname) || HONORIFICS.has(surname)) return { surname: '' };
  return { surname };
}
