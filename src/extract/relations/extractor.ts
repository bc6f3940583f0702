// The relation extractor of one article: walks its sentences, hands each trigger word to its frames,
// and holds what the frames share (the article's state, parties, negation and modality, emitting).
// The frames are functions in the *Frames.ts files taking the extractor first, so what they read
// of it is public; nothing outside relations/ sees the class.
import type { RelationType } from '../../ontology.ts';
import { REPORTING_VERBS, SentenceView, type ClauseInfo } from '../clauses.ts';
import type { EntityTable, SentenceMentions } from '../entities.ts';
import { ACCUSATION_TERMS, BE_BEFORE_PREDICATE, CALL_VERBS, DECISION_VERBS, DENIAL_OBJECTS, DENY_VERBS, HARM_NOUNS, REJECT_VERBS, TALK_VERBS } from '../lexicon/verbs.ts';
import { TITLE_WORDS } from '../lexicon/words.ts';
import { datelineEnd } from '../mentions.ts';
import type { SentenceWithTokens } from '../sentences.ts';
import type { Entity, Mention, RelationCandidate } from '../types.ts';
import { settleCongratulations } from './congratulationFrames.ts';
import { sameSide, sideOf } from './denialFrames.ts';
import { expulsionReasons } from './expulsionFrames.ts';
import { makeParties, type Parties } from './parties.ts';
import { endsAtReport, ISSUED_PAPERS, personAfterReport, QuoteCarry } from './quoteCarry.ts';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../quoteMarks.ts';
import { WEEKDAYS_AND_MONTHS } from './sharedWords.ts';
import { TRIGGERS, firstTrigger } from './triggers.ts';

/** Verbs of telling, whose passive subject is the one told: "was told", "were informed". */
const TELLING_VERBS = new Set(['told', 'informed', 'assured', 'warned', 'reminded', 'notified', 'advised', 'briefed']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/** "were quick to congratulate": an act done promptly, not planned. */
/** Words before a gerund that opens a sentence and shares the main clause's subject. */
const GERUND_OPENERS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'since', 'upon', 'in']);
const PROMPTNESS = new Set(['quick', 'swift', 'prompt', 'fast', 'quickest', 'swiftest']);
const HASTE_VERBS = new Set(['rushed', 'hastened', 'hurried', 'raced']);
/** Verbs of waiting: "would wait for X before blaming", "is waiting for the report before accusing". */
const WAIT_VERBS: ReadonlySet<string> = new Set(['wait', 'waits', 'waited', 'waiting', 'await', 'awaits', 'awaiting']);
/** What may stand before a reporting body: "state-run", "official", "pro-government". */
const OUTLET_MODIFIERS = new Set(['official', 'semi-official', 'state', 'independent', 'local', 'private', 'public', 'national', 'pro-government', 'pro-kremlin']);
function isOutletModifier(word: string): boolean {
  return OUTLET_MODIFIERS.has(word) || /^[a-z]+-(?:run|owned|backed|controlled|affiliated|funded)$/.test(word);
}

/** Words between a subject and its verb: "has publicly accused", "had also expelled". */
const AUXILIARY_FILLERS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'ever', 'never', 'not', 'already']);
const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'any', 'no', 'every']);
const PERSON_HEAVY = new Set(['Person', 'State', 'Agency', 'Group']);
/** "a document seen by AFP": the one who saw, obtained or reviewed a paper is not its author. */
const SEEN_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'consulted', 'examined', 'cited']);
const PREDICATE_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'would', 'will', 'came', 'comes', 'drew', 'sparked', 'angered']);
/** "Croatia's decision to expel ...": what an expulsion is taken as. */
const DECISION_NOUNS = new Set(['decision', 'move', 'order']);
const ORDINALS = new Set(['first', 'latest', 'last', 'second', 'third', 'only', 'next', 'earliest', 'fastest', 'quickest']);

/** "has rejected": the auxiliary between a reduced relative's subject and its verb. */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
/** Between a reduced relative's subject and its verb: "a charge Kyiv has always rejected". */
const RELATIVE_ADVERBS = new Set(['always', 'repeatedly', 'consistently', 'strongly', 'vehemently', 'flatly', 'firmly', 'long', 'since', 'also']);
/** Verbs whose object then does what follows "to": "prompting Lithuania to order X out". */
const CAUSATIVES = new Set(['prompting', 'prompted', 'forcing', 'forced', 'leading', 'causing', 'compelling', 'compelled']);
/** The verb after a gerund subject: "expelling them was", "would be", "remains". */
const GERUND_COPULAS = new Set(['is', 'was', 'would', 'remains', 'remained', 'seems', 'seemed']);
/** Words that end the gerund's object before any copula could be its verb. */
const GERUND_OBJECT_ENDS = new Set(['who', 'whose', 'which', 'that', 'whom', 'and', 'or', 'but', 'after', 'because', 'when', 'while']);
/** "used his remarks to accuse": the purpose of a use is done. */
const USE_VERBS = new Set(['used', 'uses', 'using']);
/** Between "to" and its verb: 'to "also throw out"', "to immediately expel". */
const INFINITIVE_ADVERBS = new Set(['also', 'immediately', 'swiftly', 'quickly', 'promptly', 'formally', 'publicly', 'then', 'simply', 'finally']);

export class RelationExtractor {
  readonly out: RelationCandidate[] = [];
  /** ACCUSED relations so far, for resolving whom a denial answers. */
  readonly accusations: { source: number; target: number; sentence: number }[] = [];
  /** Expulsions found so far: a later denial by the expelled side answers the expeller. */
  readonly expulsions: { source: number; target: number }[] = [];
  /** The people of the last expulsion told with no one to do it ("have been declared persona non grata"), for "The decision was announced by X". */
  unattributedExpulsion: { patients: readonly Mention[]; sentence: number } | undefined;
  /** Who was last congratulated (even by an unnamed actor), for "sent a message of congratulations". */
  congratulated: number | undefined;
  /** "Kenya congratulates Haiti's new prime minister" before the article names him: settled at the end. */
  readonly pendingCongratulations: { agents: readonly Mention[]; office: Mention; sentence: number }[] = [];
  view!: SentenceView;
  analysed: readonly SentenceMentions[] = [];
  sentence = 0;
  previousText = '';
  /** endsWithAttribution() of the current sentence, once asked (it does not depend on the verb). */
  private attribution: boolean | undefined;
  /** The speaker of a quotation begun in an earlier sentence (see quoteCarry.ts). */
  private readonly quotes = new QuoteCarry();

  constructor(
    readonly table: EntityTable,
    readonly articleId: string,
  ) {}

  run(sentences: readonly SentenceWithTokens[], analysed: readonly SentenceMentions[]): RelationCandidate[] {
    this.analysed = analysed;
    sentences.forEach((s, index) => {
      this.sentence = index;
      this.quotes.next(s.tokens, analysed[index]!.mentions, (n) => (index + n < sentences.length ? { tokens: sentences[index + n]!.tokens, mentions: analysed[index + n]!.mentions } : undefined));
      // Most sentences hold no trigger word: build the clause view only for those that do.
      const first = firstTrigger(s.tokens);
      if (first < 0) {
        this.previousText = s.text;
        return;
      }
      this.view = new SentenceView(s.tokens, analysed[index]!.mentions, this.table, s.isTitle);
      this.attribution = undefined;
      const last = s.tokens[s.tokens.length - 1];
      const question = last?.text === '?' || (CLOSING_QUOTES.has(last?.text ?? '') && s.tokens[s.tokens.length - 2]?.text === '?');
      const before = this.out.length;
      // (No word before the first trigger can fire: their frames are not looked up again.)
      if (!question) for (let t = first; t < s.tokens.length; t++) this.trigger(t);
      expulsionReasons(this, before);
      this.previousText = s.text;
    });
    settleCongratulations(this);
    return this.out;
  }

  private trigger(t: number): void {
    const triggers = TRIGGERS.get(this.view.lower(t));
    if (triggers) for (const { handler, guard } of triggers) if (!guard || guard(this.view.tokens, t)) handler(this, t);
  }

  // ---- parties -------------------------------------------------------------------------

  entity(m: Mention): Entity {
    return this.table.get(m.entity!);
  }

  /** Subject of the clause of t; if it has none that acts, whoever reports the clause. */
  parties(t: number): Parties {
    const v = this.view;
    const clause = v.clause(t);
    // "Croatia's decision to expel ...": the one who decided acts.
    if (v.lower(t - 1) === 'to' && DECISION_NOUNS.has(v.lower(t - 2))) {
      if (v.lower(t - 3) === "'s") {
        const owner = v.mentionAt(t - 4);
        if (owner && v.isActor(owner)) return makeParties([owner], false, clause, []);
      }
      // "said the decision to expel Bozovic was shameful": a decision that is the subject of its own
      // predicate is named, not taken, here ("announced the decision to expel X" still is).
      if (['the', 'this', 'that'].includes(v.lower(t - 3)) && this.predicateAfter(t)) return makeParties([], false, clause, []);
    }
    let agents = v.subjectOf(t, clause);
    if (agents.length === 0) agents = this.openingGerundSubject(t);
    // "prompting Lithuania to order a Georgian diplomat out": the one prompted acts.
    const caused = this.causedAgents(t);
    if (caused.length > 0) agents = caused;
    const relativeSubject = this.reducedRelativeSubject(t);
    if (relativeSubject && !agents.includes(relativeSubject)) agents = [relativeSubject];
    const speakers = this.speakers(clause);
    const reportKind = clause.reportVerb !== undefined ? REPORTING_VERBS.get(v.lower(clause.reportVerb)) : undefined;
    const announced = clause.boundary === 'sentence' && this.endsWithAttribution();
    // ('"... the first time a Pacific government has accused X," said Y': a subject named, but no one in particular.)
    if (agents.length === 0 && speakers.length > 0 && !this.indefiniteSubjectBefore(t, clause.start)) return makeParties(speakers, true, clause, speakers, reportKind, announced);
    return makeParties(agents, false, clause, speakers, reportKind, announced);
  }

  /**
   * "By expelling the envoy, Naypyitaw is telling ...", "After expelling him, Myanmar recalled":
   * a gerund opening the sentence has the main clause's subject, named after the comma.
   */
  private openingGerundSubject(t: number): Mention[] {
    const v = this.view;
    const opener = t - 1;
    if (!v.lower(t).endsWith('ing') || !GERUND_OPENERS.has(v.lower(opener))) return [];
    if (opener !== 0 && !(opener === 1 && OPENING_QUOTES.has(v.lower(0)))) return [];
    for (let k = t + 1; k < v.tokens.length && k < t + 25; k++) {
      const w = v.lower(k);
      if (w === '.' || w === ';' || w === '"' || w === '”') return [];
      if (w !== ',') continue;
      const at = v.lower(k + 1) === 'the' && !v.mentionStarting(k + 1) ? k + 2 : k + 1;
      const subject = v.mentionStarting(at);
      return subject && v.isActor(subject) ? [subject] : [];
    }
    return [];
  }

  /**
   * "a charge Lome denied", "a charge Kyiv has rejected": the subject of a reduced relative
   * clause after an accusation noun, standing right before the verb at t (or its auxiliary).
   */
  reducedRelativeSubject(t: number): Mention | undefined {
    const v = this.view;
    // "an allegation Solih has always rejected": past an adverb and an auxiliary.
    let verbAt = t;
    // ("a joint statement that the Cuban government promptly rejected": any adverb in -ly.)
    if (RELATIVE_ADVERBS.has(v.lower(verbAt - 1)) || (v.lower(verbAt - 1).endsWith('ly') && !v.tokens[verbAt - 1]!.upper)) verbAt--;
    if (PERFECT_AUXILIARIES.has(v.lower(verbAt - 1))) verbAt--;
    // ("a claim the National Security Adviser, Nuhu Ribadu, dismissed": the person in apposition to an office.)
    const end = v.lower(verbAt - 1) === ',' ? verbAt - 1 : verbAt;
    const before = v.mentionAt(end - 1);
    if (!before || before.last !== end || !v.isActor(before)) return undefined;
    let first = before.first;
    if (end < verbAt) {
      if (v.lower(first - 1) !== ',') return undefined;
      first--;
      while (first > 0 && v.tokens[first - 1]!.upper && TITLE_WORDS.has(v.lower(first - 1))) first--;
      if (first === before.first - 1) return undefined;
    }
    // "a charge the President's Office dismissed": past the article of its subject.
    let object = v.lower(first - 1) === 'the' ? first - 2 : first - 1;
    // "a statement that the Cuban government rejected": past the relative pronoun.
    if (v.lower(object) === 'that' || v.lower(object) === 'which') object--;
    return DENIAL_OBJECTS.has(v.lower(object)) ? before : undefined;
  }

  /** Right before the verb at t (past auxiliaries and adverbs), a noun phrase opened by "a", "any", "no" or "every". */
  private indefiniteSubjectBefore(t: number, start: number): boolean {
    const v = this.view;
    let k = t - 1;
    while (k > start && (AUXILIARY_FILLERS.has(v.lower(k)) || (v.lower(k).endsWith('ly') && !v.tokens[k]!.upper))) k--;
    for (let words = 0; k >= start && words < 4; k--, words++) {
      const w = v.lower(k);
      if (INDEFINITE_DETERMINERS.has(w)) return words > 0;
      if (v.tokens[k]!.shape !== 'word') return false;
    }
    return false;
  }

  /** A copula a few words after t, before any punctuation: the phrase around t is a subject. */
  private predicateAfter(t: number): boolean {
    const v = this.view;
    for (let k = t + 1; k < Math.min(v.tokens.length, t + 7); k++) {
      if (v.tokens[k]!.shape === 'punct') return false;
      if (PREDICATE_VERBS.has(v.lower(k))) return true;
    }
    return false;
  }

  /** Who reports the clause: "X said (that) ...", "led X to believe ...", quote attribution. */
  speakers(clause: ClauseInfo): Mention[] {
    const v = this.view;
    if (clause.reportVerb !== undefined) {
      const r = clause.reportVerb;
      // "an investigation led the government to believe ...": the one led is the believer.
      if (v.lower(r - 1) === 'to') {
        for (let k = r - 2; k >= 0 && k >= r - 8; k--) {
          if (['led', 'prompted', 'convinced', 'persuaded', 'caused', 'forced'].includes(v.lower(k))) {
            const believers = v.objectsAfter(k + 1, r - 1);
            if (believers.length > 0) return believers;
          }
        }
      }
      // "The ambassador was summoned and told that Dhaka held ...": who is told only hears it.
      if (TELLING_VERBS.has(v.lower(r)) && this.passiveAt(r)) return [];
      const reporters = v.subjectOf(r);
      if (reporters.length > 0) return reporters;
      // "X said investigators had concluded that ...": the finding is reported by X.
      const outer = v.clause(r);
      return outer.start < clause.start && (outer.reportVerb !== undefined || outer.boundary === 'quote') ? this.speakers(outer) : [];
    }
    const paper = this.quotes.currentPaper !== undefined ? this.issuerOf(this.quotes.currentPaper) : undefined;
    const carried = this.quotes.current?.entity !== undefined ? [this.quotes.current] : paper ? [paper] : [];
    if (clause.boundary === 'quote') {
      const speaker = this.quoteSpeaker(clause.start - 1);
      return speaker.length > 0 ? speaker : carried;
    }
    if (clause.boundary === 'sentence') {
      const trailing = this.trailingSpeaker();
      if (trailing.length > 0) return trailing;
      const leading = this.leadingSpeaker();
      return leading.length > 0 ? leading : carried;
    }
    return [];
  }

  /** The verb at r is passive: "was told", "were informed", "was summoned to the ministry and told". */
  private passiveAt(r: number): boolean {
    const v = this.view;
    if (PASSIVE_AUXILIARIES.has(v.lower(r - 1))) return true;
    if (v.lower(r - 1) !== 'and') return false;
    for (let k = r - 2; k >= 0 && k >= r - 8; k--) {
      if (v.tokens[k]!.text === ',' || v.lower(k) === 'that') return false;
      if (PASSIVE_AUXILIARIES.has(v.lower(k))) return true;
    }
    return false;
  }

  /** "According to Ghana, ..." opening the sentence. */
  private leadingSpeaker(): Mention[] {
    const v = this.view;
    let k = datelineEnd(v.tokens);
    if (v.lower(k) !== 'according' || v.lower(k + 1) !== 'to') return [];
    for (let c = k + 2; c < v.tokens.length && c < k + 14; c++) if (v.tokens[c]!.text === ',') return v.objectsAfter(k + 2, c).slice(0, 1);
    return [];
  }

  /**
   * "..., the Moldovan Foreign Ministry said." at the end of the sentence; with `anyone`, also an
   * unresolved speaker ("the government announced") for telling a report from a guess.
   */
  trailingSpeaker(anyone = false): Mention[] {
    const v = this.view;
    let end = this.attributionEnd();
    // "..., spokeswoman Maria Zakharova told reporters."
    if (['told', 'tells'].includes(v.lower(end - 1)) && ['reporters', 'journalists', 'parliament', 'lawmakers', 'supporters', 'delegates'].includes(v.lower(end))) end--;
    // ("..., the FSB told TASS.", "..., he told the BBC.": a named listener.)
    const listener = v.mentionAt(end);
    if (listener && listener.last === end + 1) {
      const told = v.lower(listener.first - 1) === 'the' ? listener.first - 2 : listener.first - 1;
      if (v.lower(told) === 'told' || v.lower(told) === 'tells') end = told;
    }
    // "..., according to a statement by the Turkish Foreign Ministry."
    for (let k = Math.max(0, end - 10); k < end; k++) {
      if (v.lower(k) === 'according' && v.lower(k + 1) === 'to' && v.tokens[k - 1]?.text === ',') {
        // ("according to a document seen by AFP": who saw a paper did not write it.)
        if (this.indexOfAny(SEEN_PARTICIPLES, k + 2, end + 1) >= 0) return [];
        const found = v.objectsAfter(k + 2, end + 1);
        return found.slice(0, 1);
      }
    }
    const verb = v.lower(end);
    if (REPORTING_VERBS.get(verb) !== 'assert') return [];
    // ('..., the statement said': whoever issued the statement told of just before.)
    const paper = v.tokens[end - 3]?.text === ',' || CLOSING_QUOTES.has(v.tokens[end - 3]?.text ?? '') ? this.paperIssuer(end) : undefined;
    if (paper) return paper;
    let k = end - 1;
    const m = v.mentionAt(k);
    if (anyone && m && v.tokens[m.first - 1]?.text === ',') return [m];
    if (!m || !v.isActor(m)) return [];
    k = m.first - 1;
    // "..., Foreign Ministry spokeswoman Maria Zakharova told reporters."
    for (let guard = 0; guard < 3 && v.mentionAt(k); guard++) k = v.mentionAt(k)!.first - 1;
    // ("..., state-run Saudi Press Agency reported", "..., the official news agency said".)
    for (let guard = 0; guard < 2 && isOutletModifier(v.lower(k)); guard++) k--;
    if (v.lower(k) === 'the') k--;
    return v.tokens[k]?.text === ',' ? [m] : [];
  }

  /** "the statement said" ending at the reporting verb `verb`: its issuer (none found: []), else undefined. */
  private paperIssuer(verb: number): Mention[] | undefined {
    const v = this.view;
    if (!ISSUED_PAPERS.has(v.lower(verb - 1)) || v.lower(verb - 2) !== 'the') return undefined;
    const issuer = this.issuerOf(v.lower(verb - 1));
    return issuer ? [issuer] : [];
  }

  /**
   * Who issued the statement (message, letter) told of in the three sentences before: that
   * sentence's closing speaker ("..., the ministry said in a statement"), else its subject ("In a
   * statement, the IRGC said ..."). A view of that sentence is built only here, when asked.
   */
  private issuerOf(paper: string): Mention | undefined {
    const view = this.view;
    const attribution = this.attribution;
    try {
      for (let n = this.sentence - 1; n >= 1 && n >= this.sentence - 3; n--) {
        const { tokens, mentions } = this.analysed[n]!;
        const at = tokens.findIndex((t) => t.lower === paper);
        if (at < 0) continue;
        this.view = new SentenceView(tokens, mentions, this.table);
        this.attribution = undefined;
        const trailing = this.trailingSpeaker();
        if (trailing.length > 0) return trailing[0];
        const verb = tokens.findIndex((t) => REPORTING_VERBS.get(t.lower) === 'assert');
        return verb < 0 ? undefined : this.view.subjectOf(verb).find((m) => this.view.isActor(m));
      }
      return undefined;
    } finally {
      this.view = view;
      this.attribution = attribution;
    }
  }

  /** The sentence ends "..., <someone> said." (named or not: "officials said"): it reports, it does not guess. */
  private endsWithAttribution(): boolean {
    this.attribution ??= this.findAttribution();
    return this.attribution;
  }

  private findAttribution(): boolean {
    if (this.trailingSpeaker(true).length > 0) return true;
    const v = this.view;
    const end = this.attributionEnd();
    if (REPORTING_VERBS.get(v.lower(end)) !== 'assert') return false;
    // ", officials said", ", the foreign ministry said", ", a spokesman said"
    let k = end - 1;
    while (k >= end - 3 && v.tokens[k]?.shape === 'word' && !v.tokens[k]!.upper) k--;
    return k < end - 1 && v.tokens[k]?.text === ',';
  }

  /**
   * Where a closing attribution would end: the sentence's last word, before its full stop and
   * before "on Monday", "in a statement" or "last week" ("..., the ministry said on Monday.").
   */
  private attributionEnd(): number {
    const v = this.view;
    let end = v.tokens.length - 1;
    if (v.tokens[end]?.text === '.') end--;
    for (let guard = 0; guard < 3; guard++) {
      if (v.lower(end - 1) === 'on' && WEEKDAYS_AND_MONTHS.has(v.lower(end))) end -= 2;
      else if (v.lower(end - 2) === 'on' && WEEKDAYS_AND_MONTHS.has(v.lower(end - 1)) && v.tokens[end]?.shape === 'number') end -= 3;
      else if (v.lower(end - 2) === 'in' && v.lower(end - 1) === 'a' && v.lower(end) === 'statement') end -= 3;
      else if (['last', 'this', 'earlier'].includes(v.lower(end - 1)) && ['week', 'month', 'year', 'weekend'].includes(v.lower(end))) end -= 2;
      // '..., he told supporters in Seoul.': where it was said.
      else if (['in', 'at'].includes(v.lower(end - 1)) && v.tokens[end]?.upper && v.tokens[end]!.shape === 'word') end -= 2;
      else break;
    }
    return end;
  }

  /** '"...," Freeland told reporters.' or 'Freeland said: "..."'. */
  private quoteSpeaker(quoteStart: number): Mention[] {
    const v = this.view;
    const span = v.inQuote(quoteStart);
    if (!span) return [];
    const [open, close] = span;
    // ('"...," the Polish ministry's spokesman, Pawel Wronski, said', '"...," X, commander of the coast guard's Red Sea sector, told Al Jazeera': up to nineteen words on.)
    for (let k = close; k < Math.min(v.tokens.length, close + 20); k++) {
      if (REPORTING_VERBS.get(v.lower(k)) === 'assert') {
        // ('"...," Chinese foreign ministry spokesman Wang Lei said': the person, not the body before the role.)
        const person = v.mentions.find((m) => m.first > close && endsAtReport(m, v.tokens, k) && m.kind === 'Person' && m.form === 'name' && v.isActor(m));
        if (person) return [person];
        const found = v.objectsAfter(close, k);
        if (found.length > 0) return found.slice(0, 1);
        // ('"...," the statement said': whoever issued it.)
        const paper = k - 2 <= close + 2 ? this.paperIssuer(k) : undefined;
        if (paper) return paper;
        // ('"...," said the ministry's spokesman, Pawel Wronski': the person named after the role.)
        const named = personAfterReport(v.tokens, v.mentions, k);
        if (named) return [named];
        const after = v.objectsAfter(k + 1, Math.min(v.tokens.length, k + 5));
        if (after.length > 0) return after.slice(0, 1);
      }
    }
    if (open >= 2 && (v.tokens[open - 1]?.text === ':' || v.tokens[open - 1]?.text === ',') && REPORTING_VERBS.has(v.lower(open - 2))) return v.subjectOf(open - 2);
    return [];
  }

  /** "if" or "unless" after the verb at t, before the next comma or the sentence's end. */
  private conditionAfter(t: number): boolean {
    const v = this.view;
    for (let k = t + 1; k < v.tokens.length; k++) {
      const w = v.lower(k);
      // "as if it owned the region" compares; it sets no condition.
      if ((w === 'if' && v.lower(k - 1) !== 'as') || w === 'unless') return true;
      if (w === ',' || w === ';' || w === '.' || w === ':') return false;
    }
    return false;
  }

  /** Is the statement at t negated, hypothetical or a question in its own clause or its report? */
  blocked(t: number, p: Parties, relation: RelationType, from = p.clause.start): 'negated' | 'hypothetical' | undefined {
    const v = this.view;
    if (v.negated(this.scopeStart(t, from), t)) return 'negated';
    if (p.reportKind === 'hedge') return 'hypothetical';
    // "Ghana denied that it had expelled ...": the act is what is denied.
    if (p.clause.boundary === 'that' && relation !== 'DENIED' && this.deniedBefore(p.clause.start - 1)) return 'negated';
    // "Kenya denied expelling ...", "rejected having accused ...": so is a gerund after the denial.
    const gerund = this.view.lower(t - 1) === 'having' ? t - 1 : this.view.lower(t).endsWith('ing') ? t : -1;
    if (relation !== 'DENIED' && gerund >= 0 && this.deniedBefore(gerund)) return 'negated';
    if (relation !== 'DENIED' && this.gerundSubject(t)) return 'hypothetical';
    // "would wait for a briefing before blaming Moscow": what is waited for has not been done.
    if (v.lower(t - 1) === 'before' && v.lower(t).endsWith('ing') && this.indexOfAny(WAIT_VERBS, from, t - 1) >= 0) return 'hypothetical';
    // An announced "will" is a decision for an expulsion or an accusation, but a congratulation
    // that "would" come is only planned (ANNOTATION.md: planned congratulations do not count).
    const allowWill = relation !== 'CONGRATULATED' && (p.reportKind === 'assert' || Boolean(p.announced));
    if (relation !== 'DENIED' && v.hypothetical(this.scopeStart(t, from), t, allowWill)) return 'hypothetical';
    // "will expel three diplomats if talks fail, officials said": a condition after the act.
    if (relation !== 'DENIED' && this.conditionAfter(t)) return 'hypothetical';
    // "asked whether he blamed X", "declined to say whether the government believed": a question.
    if (v.askedWhether(p.clause.start)) return 'hypothetical';
    // "demanded that the government expel ...", "hoped that ...": a clause that a demand, a hope or
    // a proposal governs (no report verb) tells what was wanted, not what was done.
    if (p.clause.boundary === 'that' && p.clause.reportVerb === undefined && relation !== 'DENIED' && v.lower(p.clause.start - 1) === 'that') {
      const that = p.clause.start - 1;
      if (that > 0 && v.hypothetical(v.clause(that - 1).start, that, false)) return 'hypothetical';
    }
    if (p.clause.reportVerb !== undefined) {
      const r = p.clause.reportVerb;
      const outer = v.clause(r);
      if (v.negated(outer.start, r)) return 'negated';
      if (v.hypothetical(outer.start, r, false) && relation !== 'DENIED') return 'hypothetical';
      if (v.askedWhether(outer.start)) return 'hypothetical';
    }
    // An infinitive counts only after a decision ("voted to expel") or, for congratulations, a call.
    const infinitive = this.infinitiveTo(t);
    if (infinitive >= 0 && !this.decidedInfinitive(infinitive + 1, relation)) return 'hypothetical';
    // "urging the Executive to go further and expel": a verb coordinated with an infinitive is one too.
    const to = this.infinitiveCoordinatedWith(t);
    if (to >= 0 && !this.decidedInfinitive(to + 1, relation)) return 'hypothetical';
    return undefined;
  }

  /**
   * "said expelling the ambassador was "not on the table"", "Expelling him would be a mistake":
   * an act named as the subject of a copula is talked about, not done.
   */
  private gerundSubject(t: number): boolean {
    const v = this.view;
    if (!v.lower(t).endsWith('ing')) return false;
    const before = t > 0 ? v.lower(t - 1) : '';
    // (After a comma it is a participle: ", calling Maduro a usurper whose reelection was fraudulent".)
    if (t > 0 && before !== 'said' && before !== 'that' && !OPENING_QUOTES.has(before)) return false;
    for (let k = t + 2; k < v.tokens.length && k <= t + 8; k++) {
      const w = v.lower(k);
      if (GERUND_COPULAS.has(w)) return true;
      // ('that expelling French diplomats "is not on the agenda"': a quotation may open before the copula.)
      if ((v.tokens[k]!.shape === 'punct' && w !== "'s" && !OPENING_QUOTES.has(w)) || GERUND_OBJECT_ENDS.has(w)) return false;
    }
    return false;
  }

  /** The object of a causative before the infinitive at t ("prompting Lithuania to order"), or []. */
  private causedAgents(t: number): Mention[] {
    const v = this.view;
    const to = this.infinitiveTo(t);
    if (to < 0) return [];
    for (let k = to - 1; k >= 0 && k >= to - 6; k--) {
      if (CAUSATIVES.has(v.lower(k))) return v.objectsAfter(k + 1, to).slice(0, 1);
      if (v.tokens[k]!.shape !== 'word') return [];
    }
    return [];
  }

  /** The "to" of the infinitive at t, past a quotation mark or an adverb ('to "also throw out"'), or -1. */
  private infinitiveTo(t: number): number {
    const v = this.view;
    for (let k = t - 1; k >= 0 && k >= t - 3; k--) {
      const w = v.lower(k);
      if (w === 'to') return k;
      if (!OPENING_QUOTES.has(w) && !INFINITIVE_ADVERBS.has(w)) return -1;
    }
    return -1;
  }

  /** The "to" of "to go further and expel" for the verb at t after "and"/"or", or -1. */
  private infinitiveCoordinatedWith(t: number): number {
    const v = this.view;
    if (v.lower(t - 1) !== 'and' && v.lower(t - 1) !== 'or') return -1;
    // Only a bare verb ("and expel"); "said ... to protect migrants and accused" goes back to "said".
    const w = v.lower(t);
    if (w.endsWith('ed') || w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss'))) return -1;
    for (let k = t - 2; k >= 0 && k >= t - 5; k--) {
      if (v.lower(k) === 'to') return k;
      if (v.tokens[k]!.shape !== 'word' || v.mentionAt(k)) return -1;
    }
    return -1;
  }

  /** A deny/reject verb governs the "that" at token `that`. */
  private deniedBefore(that: number): boolean {
    const v = this.view;
    for (let k = that - 1; k >= 0 && k >= that - 3; k--) if (DENY_VERBS.has(v.lower(k)) || REJECT_VERBS.has(v.lower(k))) return true;
    return false;
  }

  /** Where negation and modality are looked for: after the last coordinated verb phrase. */
  scopeStart(t: number, from: number): number {
    const v = this.view;
    for (let k = t - 1; k > from; k--) {
      const w = v.lower(k);
      if ((w === 'and' || w === 'but') && !v.mentionStarting(k + 1) && !['the', 'a', 'an'].includes(v.lower(k + 1))) {
        // "proposed breaking off ties and expelling ...": gerunds joined share what governs the first.
        if (k + 1 === t && v.lower(t).endsWith('ing') && this.gerundBefore(from, k)) continue;
        return k + 1;
      }
      // ", saying ..." opens a verb phrase of its own; ", including expelling ..." lists what came before.
      if (v.tokens[k]!.text === ',' && v.lower(k + 1).endsWith('ing') && v.lower(k + 1) !== 'including' && !v.closesAsideAfterNegator(k)) return k + 1;
    }
    return from;
  }

  /** A gerund (lower case, no name) between `from` and `to` in the same verb phrase (no comma or "and" after it). */
  private gerundBefore(from: number, to: number): boolean {
    const v = this.view;
    for (let k = to - 1; k > from; k--) {
      const w = v.lower(k);
      if (w === ',' || w === 'and' || w === 'but' || w === ';') return false;
      if (w.endsWith('ing') && w.length > 5 && !v.tokens[k]!.upper && !v.mentionAt(k)) return true;
    }
    return false;
  }

  /** "phoned X", "spoke (this morning) with X": the word at k opens a call to whoever follows it. */
  callAt(k: number): boolean {
    const v = this.view;
    const w = v.lower(k);
    if (CALL_VERBS.has(w)) return true;
    if (w !== 'with' && w !== 'to') return false;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (TALK_VERBS.has(v.lower(j))) return true;
      if (v.tokens[j]!.shape !== 'word' || v.mentionAt(j)) return false;
    }
    return false;
  }

  /** The comma opening a person's name set off by commas, the second of which is at `comma`, or -1. */
  private apposedPersonBefore(comma: number): number {
    const v = this.view;
    const named = v.mentionAt(comma - 1);
    return named && named.last === comma && v.tokens[named.first - 1]?.text === ',' && this.entity(named).kind === 'Person' ? named.first - 1 : -1;
  }

  private decidedInfinitive(t: number, relation: RelationType): boolean {
    const v = this.view;
    // "Athens and Brussels were quick to send congratulations", "rushed to congratulate": done, and soon.
    const before = v.lower(t - 2);
    if ((PROMPTNESS.has(before) && BE_BEFORE_PREDICATE.has(v.lower(t - 3))) || HASTE_VERBS.has(before)) return true;
    // "was among the first to congratulate", "became the latest country to expel": the
    // subject did it; the ordinal only ranks the act.
    for (let k = t - 2; k >= 0 && k >= t - 5; k--) {
      const w = v.lower(k);
      if (ORDINALS.has(w) && ['the', 'a', 'its', 'his', 'her', 'their'].includes(v.lower(k - 1))) return true;
      // ("was the first foreign leader to congratulate": past an office read as a nominal.)
      if (v.tokens[k]!.shape !== 'word' || v.tokens[k]!.upper || (v.mentionAt(k) && v.mentionAt(k)!.form !== 'nominal')) break;
    }
    // ("phoned Aoun shortly after the result was announced in Parliament to congratulate him": 14 words back.)
    for (let k = t - 2; k >= 0 && k >= t - 14; k--) {
      const w = v.lower(k);
      if (relation === 'CONGRATULATED' && this.callAt(k)) return true;
      // "telephoned his counterpart, Dr Abdullatif Al Zayani, to offer": past the one called, in apposition.
      const apposed = v.tokens[k]!.text === ',' ? this.apposedPersonBefore(k) : -1;
      if (apposed >= 0) {
        k = apposed;
        continue;
      }
      // "took to Facebook to congratulate", "prompting Lithuania to order ... out", "used his first
      // remarks to accuse": done, not planned ("used to" alone is a habit).
      if ((w === 'took' && v.lower(k + 1) === 'to') || CAUSATIVES.has(w) || (USE_VERBS.has(w) && v.lower(k + 1) !== 'to')) return true;
      // ("after the result was announced in Parliament to congratulate him": a passive decides nothing.)
      if ((DECISION_VERBS.has(w) && !v.passive(k)) || w === 'decision' || w === 'move') return v.lower(t - 2) === w || k === t - 2;
      if (v.tokens[k]!.text === ',' || w === 'that') return false;
    }
    return false;
  }

  // ---- emit ----------------------------------------------------------------------------

  emit(relation: RelationType, agents: readonly Mention[], targets: readonly Mention[], confidence: number, rule: string, figures?: { count?: number; object?: string }): void {
    for (const a of agents) {
      for (const m of targets) {
        if (a.entity === undefined || m.entity === undefined || a.entity === m.entity) continue;
        const source = this.entity(a);
        const target = this.entity(m);
        // Nearly always one to one; a group standing for listed states fans out.
        if (!source.members && !target.members) this.emitOne(relation, source, this.otherParty(relation, target), m, confidence, rule, figures);
        else for (const s of this.standsFor(source)) for (const t of this.standsFor(target)) this.emitOne(relation, s, this.otherParty(relation, t), m, confidence, rule, figures);
      }
    }
  }

  /** Expelling an embassy's staff expels its state's diplomats: the state is the other party. */
  private otherParty(relation: RelationType, target: Entity): Entity {
    if (relation === 'EXPELLED' && target.kind === 'Agency' && [...target.keys].some((k) => k.startsWith('agency:post:')) && target.affiliation) {
      return this.table.find(target.affiliation) ?? target;
    }
    return target;
  }

  private emitOne(relation: RelationType, source: Entity, target: Entity, m: Mention | undefined, confidence: number, rule: string, figures?: { count?: number; object?: string }): void {
    if (source.id === target.id) return;
    // A state's own ministry or official does not expel that state: "the two diplomats" read as the wrong ones.
    if (relation === 'EXPELLED' && target.kind === 'State' && source.affiliation !== undefined && target.keys.has(source.affiliation)) return;
    if (!PERSON_HEAVY.has(source.kind) || !(PERSON_HEAVY.has(target.kind) || target.kind === 'Event')) return;
    const count = figures?.count ?? m?.count;
    const object = figures?.object ?? m?.object;
    this.out.push({
      relation,
      source: source.id,
      target: target.id,
      sentence: this.sentence,
      ...(count !== undefined && relation === 'EXPELLED' ? { count } : {}),
      ...(count !== undefined && relation === 'ACCUSED' ? { count } : {}),
      ...(object && (relation === 'EXPELLED' || relation === 'ACCUSED') ? { object } : {}),
      confidence,
      rule,
    });
    if (relation === 'ACCUSED') this.accusations.push({ source: source.id, target: target.id, sentence: this.sentence });
    else if (relation === 'EXPELLED') this.expulsions.push({ source: source.id, target: target.id });
  }

  /** The entities an entity stands for: the states a group like "the seven countries" listed, else itself. */
  private standsFor(e: Entity): Entity[] {
    return e.members ? e.members.map((id) => this.table.get(id)) : [e];
  }

  /** Emits the relation from the actors, and also from whoever announces it for them. */
  emitWithSpeaker(relation: RelationType, p: Parties, targets: readonly Mention[], confidence: number, rule: string, figures?: { count?: number; object?: string }): void {
    // 'Mickoski said Ivanov had "crossed every line" and accused Bulgaria': the reported clause's
    // subject accusing its own side is the speaker's verb read into the report.
    const reported = p.speakers.length > 0 || p.clause.boundary === 'that' || p.clause.boundary === 'report';
    const ownSide = relation === 'ACCUSED' && !p.fromSpeaker && reported && targets.length > 0 ? p.agents.filter((a) => a.entity !== undefined && this.entity(a).kind === 'Person' && targets.every((m) => sameSide(this, m, [a]))) : [];
    if (ownSide.length > 0) p = makeParties(p.agents.filter((a) => !ownSide.includes(a)), p.fromSpeaker, p.clause, p.speakers, p.reportKind, p.announced);
    this.emit(relation, p.agents, targets, confidence, rule, figures);
    if (!p.fromSpeaker && p.speakers.length > 0 && p.reportKind === 'assert') {
      const agentIds = new Set(p.agents.map((a) => a.entity));
      // A speaker relaying what a named person or state of another side said is not its author:
      // "Mudavadi told MPs that Sudan's foreign minister had accused Kenya".
      const relayed = p.agents.length > 0 && p.agents.every((a) => a.entity !== undefined && (a.form === 'nationals' || this.entity(a).kind === 'Person') && sideOf(this, this.entity(a)) !== undefined);
      const extra = p.speakers.filter((s) => !agentIds.has(s.entity) && !(relayed && !sameSide(this, s, p.agents)));
      this.emit(relation, extra, targets, confidence - 0.15, `${rule}+speaker`, figures);
    }
  }

  emitTo(relation: RelationType, agents: readonly Mention[], target: number, confidence: number, rule: string, figures?: { count?: number; object?: string }): void {
    for (const a of agents) {
      if (a.entity === undefined || a.entity === target) continue;
      this.out.push({ relation, source: a.entity, target, sentence: this.sentence, ...(figures ?? {}), confidence, rule });
      if (relation === 'ACCUSED') this.accusations.push({ source: a.entity, target, sentence: this.sentence });
      else if (relation === 'EXPELLED') this.expulsions.push({ source: a.entity, target });
    }
  }

  /** The relations of this type emitted so far for the current sentence, in order. */
  toldHere(relation: RelationType): RelationCandidate[] {
    return this.out.filter((r) => r.relation === relation && r.sentence === this.sentence);
  }

  /** Emits one relation between two entities known by id (no mention stands for them here). */
  emitBetween(relation: RelationType, source: number, target: number, confidence: number, rule: string): void {
    this.emitOne(relation, this.table.get(source), this.table.get(target), undefined, confidence, rule);
  }

  // ---- scans that more than one frame family makes ------------------------------------

  indexOf(word: string, from: number, to: number): number {
    for (let k = from; k < to; k++) if (this.view.lower(k) === word) return k;
    return -1;
  }

  /** The first token from `from` up to `to` that is one of `words`, or -1. */
  indexOfAny(words: ReadonlySet<string>, from: number, to: number): number {
    for (let k = from; k < to; k++) if (words.has(this.view.lower(k))) return k;
    return -1;
  }

  /** Misconduct named within a few words: an accusation term, a harm, or conduct "incompatible" with a status. */
  misconductAfter(t: number): boolean {
    const v = this.view;
    for (let k = t + 1; k < Math.min(v.tokens.length, t + 6); k++) {
      const w = v.lower(k);
      // ("engaged in activities that undermine Japan's economic security": a wrong done, as a verb.)
      if (ACCUSATION_TERMS.has(w) || HARM_NOUNS.has(w) || w === 'incompatible' || w === 'espionage' || w === 'provocations' || (w.startsWith('undermin') && v.lower(k - 1) === 'that')) return true;
      if (v.tokens[k]!.text === ',' || v.tokens[k]!.text === '.') return false;
    }
    return false;
  }
}

