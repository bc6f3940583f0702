// Shallow clause analysis over one sentence: where the clause of a verb starts, who its subject
// is, who reports it ("X said that ..."), what follows it, and whether it is negated or only
// hypothetical. No parser: news prose is mostly subject-verb-object, so clause-initial noun
// phrases, a handful of boundary words and parenthetical commas carry most of the structure.
import type { EntityTable } from './entities.ts';
import { BE_BEFORE_PREDICATE } from './lexicon/verbs.ts';
import { MONTHS, NATIONALS_NOUNS, ORG_HEADS, PERSON_ROLE_NOUNS, STATE_NOMINALS, TITLE_WORDS, WEEKDAYS } from './lexicon/words.ts';
import { datelineEnd, LEADER_GOVERNMENT, MEMBER_KINDS, parseCount } from './mentions.ts';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quoteMarks.ts';
import type { Entity, Mention, Token } from './types.ts';

/** A state's people sent abroad, after "its"/"their": the state is meant, as by a nationality. */
const ENVOY_NOUNS = new Set(['diplomats', 'diplomat', 'staff', 'staffers', 'envoy', 'envoys', 'ambassador', 'consul', 'attache', 'attaché', 'personnel', 'officials', 'employees']);
const ENVOY_MODIFIERS = new Set(['embassy', 'consulate', 'mission', 'diplomatic', 'defence', 'defense', 'military', 'consular']);

const ARTICLES = new Set(['the', 'a', 'an']);
/** What speaks for the person who owns it: "Faye's party", "Trump's campaign", "Sall's office". */
const OWNER_VOICES = new Set(['party', 'campaign', 'camp', 'office', 'spokesman', 'spokeswoman', 'spokesperson']);
const ONCE_ADVERBS = new Set(['again', 'more']);
/** Between a closing comma and its verb: ", has also accused". */
const VERB_GROUP_FILLERS = new Set(['has', 'have', 'had', 'also', 'since', 'then', 'later', 'now', 'already', 'again', 'repeatedly']);
/** "X, soon after taking office, ordered": what may come before the interposed subordinator. */
const INTERPOSED_ADVERBS = new Set(['soon', 'shortly', 'just', 'long', 'only', 'even', 'right', 'days', 'weeks', 'months', 'hours', 'immediately']);
/** Subordinators that are prepositions too: "after midnight", "before the vote". */
const PREPOSITIONAL_SUBORDINATORS = new Set(['after', 'before', 'until', 'since']);
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'although', 'though', 'whereas', 'unless', 'if', 'until', 'since', 'where', 'once', 'whether', 'even']);
const ADVERBS = new Set(['also', 'later', 'then', 'soon', 'quickly', 'swiftly', 'formally', 'publicly', 'promptly', 'immediately', 'subsequently', 'in', 'turn', 'itself', 'themselves', 'too', 'likewise', 'similarly']);
const VERB_FORMS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'must', 'should', 'sent', 'gave', 'made', 'took', 'went', 'met', 'held', 'left', 'told', 'said', 'put', 'cut', 'set', 'won', 'lost', 'threw', 'kept', 'got', 'began', 'followed', 'expel', 'expels', 'deny', 'denies', 'order', 'orders', 'accuse', 'accuses', 'responded', 'retaliated', 'reciprocated',
  // Irregular past forms that no suffix gives away.
  'withdrew', 'drew', 'broke', 'brought', 'bought', 'caught', 'chose', 'came', 'fell', 'felt', 'fled', 'flew', 'forbade',
  'froze', 'grew', 'hid', 'knew', 'meant', 'paid', 'ran', 'rose', 'saw', 'sold', 'shut', 'sought', 'spoke', 'spent',
  'stood', 'stole', 'struck', 'swore', 'thought', 'threw', 'took', 'understood', 'wrote', 'became', 'begun', 'fought',
  'found', 'heard', 'laid', 'lent', 'let', 'made', 'rang', 'shook', 'shot', 'spread', 'swept', 'tore', 'withheld',
  'upheld', 'undertook', 'overtook', 'struck', 'won', 'sank', 'bore', 'forgave', 'arose']);
const NOT_VERBS = new Set(['forces', 'services', 'offices', 'agencies', 'bodies', 'allies', 'parties', 'authorities', 'countries', 'states', 'embassies', 'ministries', 'companies', 'cities', 'capitals', 'sources', 'premises', 'officers', 'red', 'united', 'related', 'based', 'speed', 'need', 'creed', 'seed', 'bed', 'shed', 'led']);
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'day', 'week', 'month', 'year']);
/** Nouns that name a body, before the body's name in apposition: "the country's spy agency, the MIVD,". */
const BODY_NOUNS = new Set(['council', 'junta', 'government', 'agency', 'service', 'ministry', 'body', 'office', 'watchdog', 'regulator', 'court', 'department', 'committee', 'authority', 'organisation', 'organization', 'party', 'company', 'firm', 'broadcaster', 'network', 'newspaper', 'bureau', 'directorate', 'parliament', 'legislature', 'group']);
/** People or units that act for whoever they belong to: "a hacking unit of the GRU", "hackers working for X". */
const UNIT_NOUNS = new Set(['unit', 'units', 'group', 'groups', 'cell', 'cells', 'team', 'teams', 'branch', 'division', 'wing', 'faction', 'members', 'member', 'agents', 'agent', 'officers', 'officer', 'operatives', 'operative', 'hackers', 'hacker', 'spies', 'spy', 'proxies', 'forces', 'troops', 'soldiers', 'militants', 'fighters', 'governments']);
/** What "known as" names: "the group known as X", "an organisation known as X". */
const GROUP_WORDS = new Set(['group', 'organisation', 'organization', 'movement', 'network', 'militia']);
/** Offices named by their body before the holder: "the head of X, Y", "the leader of X, Y". */
const OFFICE_NOUNS = new Set(['head', 'leader', 'chief', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'secretary-general', 'commander', 'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'representative', 'governor', 'mayor', 'patriarch', 'primate']);
/** Words that measure time before "before"/"after": "Shortly before", "Moments after", "A few hours before". */
const TIME_MEASURES = new Set(['shortly', 'soon', 'just', 'moments', 'minutes', 'long', 'a', 'few', 'several', 'immediately', 'only']);
/** Time words that open a sentence alone, with no comma after them: "Yesterday Poland expelled". */
const BARE_TIME_INTROS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'meanwhile', 'soon', 'afterwards', 'subsequently']);
/** "Last year", "Earlier this month", "Later that day": words before a time unit, weekday or month. */
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'that', 'earlier', 'later']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const DASHES = new Set(['—', '–', '--']);
/** Subordinators that are also prepositions: "After that poisoning, Britain expelled", "after the vote to accuse". */
const INTRO_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'following', 'despite', 'amid']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const STATUS_WORDS = new Set(['persona', 'personae', 'undesirable', 'unwelcome']);
/** "hackers working for X", "agents backed by X": the people meant are X's. */
const AGENT_LINKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "A spokesperson for the Russian foreign ministry accused": an unnamed voice of the body.
  ['for', new Set(['working', 'acting', 'spying', 'operating', 'spokesperson', 'spokesman', 'spokeswoman'])],
  ['by', new Set(['backed', 'sponsored', 'directed', 'controlled', 'hired', 'paid', 'employed', 'run', 'sent', 'tasked'])],
  ['to', new Set(['linked', 'tied', 'connected', 'close'])],
  ['with', new Set(['affiliated', 'associated'])],
  // "opposition lawmakers from Unión por la Patria accused": people speaking for their body.
  ['from', new Set(['lawmakers', 'legislators', 'deputies', 'senators', 'mps', 'officials', 'members', 'politicians', 'representatives', 'delegates', 'leaders'])],
]);
/** Verbs that introduce reported speech or a finding; value: may their clause carry a decision? */
export const REPORTING_VERBS: ReadonlyMap<string, 'assert' | 'hedge'> = new Map([
  ...['said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'announced', 'announces', 'announcing', 'stated', 'added', 'adds', 'adding', 'stressed', 'noted',
    'confirmed', 'confirms', 'wrote', 'writes', 'reported', 'claimed', 'claims', 'insisted', 'explained', 'argued', 'alleged', 'maintained', 'tweeted',
    'declared', 'decided', 'concluded', 'concludes', 'found', 'determined', 'believe', 'believes', 'believed', 'assessed', 'acknowledged', 'revealed',
    'disclosed', 'charged', 'asserted', 'showed', 'shows', 'indicated', 'responded', 'replied', 'countered', 'conclude', 'find', 'determine',
    'assess', 'establish', 'established', 'announce', 'confirm', 'state'].map((w) => [w, 'assert'] as const),
  ...['suggested', 'suggesting', 'suggests', 'warned', 'warning', 'warns', 'threatened', 'threatening', 'threatens', 'hinted', 'hinting', 'signalled',
    'signaled', 'speculated', 'feared', 'fears', 'predicted', 'hoped', 'hopes', 'expects', 'expected', 'considering', 'considered', 'weighing'].map((w) => [w, 'hedge'] as const),
]);
/** Words before a month: "in May", "since May", "early May" (never before the modal "may"). */
const MONTH_GOVERNORS = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'mid-', 'last', 'next', 'of', 'from', 'through', 'before', 'after', 'during', 'throughout', 'this']);
/** Objects of "told" that are listeners, not the start of the reported clause. */
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'parliamentarians', 'supporters', 'him', 'her', 'them', 'us', 'me', 'a', 'the', 'news', 'conference', 'briefing', 'press', 'television', 'radio', 'state', 'media', 'crowd', 'senators', 'legislators', 'members', 'regular', 'daily', 'weekly', 'routine', 'joint']);
/** Participles of speaking or judging words: after a reported clause they are the speaker's own act. */
const SPEAKING_PARTICIPLES = new Set(['calling', 'describing', 'branding', 'labelling', 'labeling', 'terming', 'dismissing', 'rejecting', 'denying', 'adding', 'saying', 'insisting']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'with', 'by', 'for', 'from', 'to', 'into', 'after', 'before', 'about', 'against', 'between', 'among', 'over', 'under', 'through', 'during', 'like', 'unlike', 'behind', 'toward', 'towards', 'across', 'near', 'around', 'amid', 'despite', 'than', 'via', 'per', 'beside', 'outside', 'inside', 'within', 'without']);
/** Words that open an introductory phrase ending at the first comma: "On Monday,". */
const INTRO_OPENERS = new Set([...PREPOSITIONS, 'last', 'shortly', 'soon', 'moments', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'a', 'an', 'earlier', 'later', 'meanwhile', 'however', 'according', 'speaking', 'separately', 'instead', 'still', 'now', 'then', 'yesterday', 'today', 'also', 'in', 'as', 'following', 'citing', 'responding', 'asked', 'writing']);
/** Those who act for their states, in the plural: "the governments (foreign ministers) of X and Y". */
const GOVERNING_PLURALS = new Set(['governments', 'ministers', 'presidents', 'premiers']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without', 'nothing', 'none']);
const REFUSALS = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refuse', 'refusing', 'failed', 'fails', 'fail', 'failing', 'stopped', 'stopping', 'stops', 'avoided', 'avoid', 'avoids', 'avoiding', 'refrained', 'refrains', 'refrain', 'refraining']);
const SUBJECT_QUANTIFIERS = new Set(['several', 'many', 'some', 'both', 'few', 'numerous', 'various', 'dozens', 'hundreds', 'scores', 'thousands']);
const MODALS = new Set(['may', 'might', 'could', 'can', 'should', 'must', 'would', 'will', "'ll", 'shall', 'ought']);
const STRONG_MODALS = new Set(['may', 'might', 'could', 'can', 'should', 'ought']);
/** Words that make what follows only a possibility, a plan or a request. */
const HYPOTHETICALS = new Set([
  'if', 'unless', 'whether', 'consider', 'considers', 'considering', 'considered', 'weigh', 'weighs', 'weighing', 'weighed', 'mull', 'mulls',
  'mulling', 'contemplate', 'contemplates', 'contemplating', 'plan', 'plans', 'planning', 'planned', 'threaten', 'threatened', 'threatens',
  'threatening', 'propose', 'proposed', 'proposes', 'proposing', 'urge', 'urged', 'urges', 'urging', 'want', 'wants', 'wanted', 'hope',
  'hopes', 'hoped', 'seek', 'seeks', 'sought', 'ready', 'prepared', 'possible', 'possibility', 'option', 'options', 'likely', 'unlikely',
  'demand', 'demanded', 'demands', 'demanding', 'ask', 'asks', 'asking', 'appeal', 'appealed', 'push',
  'pushed', 'pushing', 'pressed', 'pressing', 'suggest', 'suggested', 'suggesting', 'suggests', 'warn', 'warned', 'warning', 'warns',
  'intend', 'intends', 'intended', 'aim', 'aims', 'vowed', 'vows', 'vow', 'promised', 'promises', 'pledged', 'pledges', 'discuss', 'discussed',
  'discussing', 'debate', 'debated', 'debating', 'expected', 'expects', 'hinted', 'signalled', 'signaled', 'willing', 'willingness',
]);
/** Participles that send someone out of a place: "expelled from Britain" is a reduced passive. */
const REMOVAL_PARTICIPLES = new Set(['expelled', 'deported', 'ousted', 'evicted', 'banished']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'am', 'get', 'got', 'gets', 'getting']);
/** Auxiliaries that make the "since" after them an adverb: "has since been accused". */
const SINCE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are']);
const ADVERB_FILLERS = new Set(['not', "n't", 'also', 'later', 'formally', 'publicly', 'reportedly', 'repeatedly', 'already', 'officially', 'subsequently', 'then', 'never', 'all', 'now', 'since', 'recently', 'effectively', 'swiftly', 'quickly', 'immediately', 'previously', 'first', 'both', 'each', 'allegedly', 'twice', 'once', 'jointly', 'nonetheless', 'nevertheless', 'still', 'just', 'earlier', 'further', 'again', 'had', 'has', 'have', 'would', 'will', 'could', 'might', 'may']);

/** An office word with an office to come read as the office: "president-elect" -> "president". */
function officeWord(word: string): string {
  return word.replace(/-elect$/, '');
}

/** "Venezuela's defense minister", "the Ghanaian president": an office told with its state. */
function statesOffice(m: Mention): boolean {
  return m.form === 'nationals' && PERSON_ROLE_NOUNS.has(officeWord((m.object ?? '').toLowerCase().split(' ').pop()!));
}

function indexFrom(tokens: readonly Token[], from: number, text: string): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k]!.text === text) return k;
  return -1;
}

export interface ClauseInfo {
  /** First token of the clause. */
  start: number;
  /** Why it starts there. */
  boundary: 'sentence' | 'hard' | 'subordinate' | 'that' | 'relative' | 'report' | 'and' | 'quote';
  /** For 'report' and 'that': the reporting verb's token index. */
  reportVerb?: number;
  /** For 'relative': the mention the relative pronoun refers to. */
  antecedent?: Mention;
}

/** Every ClauseInfo with the same fields in one order: one object shape, so V8 compiles its readers once. */
function clauseAt(start: number, boundary: ClauseInfo['boundary'], reportVerb?: number, antecedent?: Mention): ClauseInfo {
  return { start, boundary, reportVerb, antecedent };
}

/** Words before a noun, never before a verb: "the claims", "their reports". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'such', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** What follows a headline's bare participle, never an active verb's object: "expelled over", "expelled for spying". */
const PARTICIPLE_ADJUNCTS = new Set(['over', 'for', 'after', 'amid', 'following', 'in', 'on', 'as', 'at', 'ahead']);
/** Participles besides the removals whose verb always takes an object ("summoned over", "accused over"). */
const OBJECT_PARTICIPLES = new Set(['summoned', 'accused', 'congratulated']);

export class SentenceView {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  /** Outermost mention covering each token. */
  private readonly cover: (Mention | undefined)[];
  private readonly starting: (Mention | undefined)[];
  /** Parenthetical span [start, end) containing each token, if any. */
  private readonly paren: ([number, number] | undefined)[];
  /** Quoted span [start, end) containing each token, if any. */
  private readonly quote: ([number, number] | undefined)[];

  constructor(
    tokens: readonly Token[],
    mentions: readonly Mention[],
    private readonly table: EntityTable,
    /** The article's headline, where a comma may join two clauses ("X Accuses Y, Rabat Dismisses ..."). */
    readonly headline = false,
  ) {
    this.tokens = tokens;
    this.mentions = mentions;
    this.cover = new Array(tokens.length);
    this.starting = new Array(tokens.length);
    for (const m of mentions) {
      if (!this.starting[m.first] || m.last > this.starting[m.first]!.last) this.starting[m.first] = m;
      for (let k = m.first; k < m.last; k++) {
        const c = this.cover[k];
        if (!c || m.last - m.first > c.last - c.first) this.cover[k] = m;
      }
    }
    this.paren = new Array(tokens.length);
    this.quote = new Array(tokens.length);
    this.markParentheticals();
    this.markQuotes();
  }

  entityOf(m: Mention | undefined): Entity | undefined {
    return m?.entity === undefined ? undefined : this.table.get(m.entity);
  }

  /** Mentions of actors (resolved people, states, agencies, groups) that are not mere places. */
  isActor(m: Mention | undefined): m is Mention {
    const e = this.entityOf(m);
    return e !== undefined && (e.kind === 'Person' || e.kind === 'State' || e.kind === 'Agency' || e.kind === 'Group') && !m!.locative;
  }

  mentionAt(k: number): Mention | undefined {
    return this.cover[k];
  }

  mentionStarting(k: number): Mention | undefined {
    return this.starting[k];
  }

  lower(k: number): string {
    // Bounds first: frames ask about k - 1 ... k - 4 at a sentence's start, and a read outside an
    // array (a negative index above all) is V8's slow path.
    return k >= 0 && k < this.tokens.length ? this.tokens[k]!.lower : '';
  }

  /** A count at k that no mention starts with ("Two" in "Two Australian journalists"): the people are named after it. */
  private countOpensPeople(k: number): boolean {
    const tok = this.tokens[k];
    return tok !== undefined && !this.starting[k] && parseCount(tok) !== undefined;
  }

  inQuote(k: number): [number, number] | undefined {
    return this.quote[k];
  }

  private markParentheticals(): void {
    const t = this.tokens;
    const n = t.length;
    const mark = (a: number, b: number) => {
      for (let k = a; k < b; k++) this.paren[k] ??= [a, b];
    };
    for (let i = 0; i < n; i++) {
      const tok = t[i]!;
      if (tok.text === '(') {
        const close = indexFrom(t, i + 1, ')');
        if (close > i) mark(i, close + 1);
      } else if (tok.text === '—' || tok.text === '–' || (tok.text === '-' && t[i + 1]?.start !== tok.end)) {
        const close = indexFrom(t, i + 1, tok.text);
        if (close > i) {
          mark(i, close + 1);
          i = close;
        }
      } else if (tok.text === ',') {
        // ", who ... ,", ", the interior minister ... ,", ", for his part," — only when closed
        // by a second comma before the sentence ends, and never ", and".
        const next = t[i + 1];
        if (!next) continue;
        const opener = next.lower;
        const isRelative = RELATIVES.has(opener);
        const isApposition = ['the', 'a', 'an', 'then', 'for', 'among', 'like', 'known', 'including', 'mainly', 'unlike', 'along', 'himself', 'herself', 'itself', 'also', 'however', 'meanwhile', 'in'].includes(opener);
        const isNameApposition = this.isActor(this.starting[i + 1]) && this.entityOf(this.starting[i + 1])?.kind === 'Person' && t[i - 1]?.shape === 'word' && !this.cover[i - 1];
        if (!isRelative && !isApposition && !isNameApposition) continue;
        let close = -1;
        for (let k = i + 2; k < n; k++) {
          if (t[k]!.text === ',') {
            close = k;
            break;
          }
          if (t[k]!.text === ';' || t[k]!.text === '.' || t[k]!.text === '"' || t[k]!.text === '“' || t[k]!.text === '”') break;
        }
        // An apposition ends at a comma followed by the verb, not by "and" or another name.
        if (close < 0) {
          if (isRelative) mark(i, n);
          continue;
        }
        if (t[close + 1]?.lower === 'and' || t[close + 1]?.lower === 'or') continue;
        if (isNameApposition) continue; // kept visible: "his predecessor, Hugo Chavez, expelled"
        mark(i, close + 1);
        i = close;
      }
    }
  }

  private markQuotes(): void {
    const t = this.tokens;
    let open = -1;
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!.text;
      if (x === '“' || (x === '"' && open < 0)) {
        open = i;
      } else if ((x === '”' || x === '"') && open >= 0) {
        for (let k = open; k <= i; k++) this.quote[k] = [open, i + 1];
        open = -1;
      }
    }
  }

  /**
   * Token k goes on a lower-case descriptor that starts at j: a word that is no verb (a participle
   * right after the article describes), or a common noun's possessive ("The ruling coalition's candidate").
   */
  private descriptorWord(k: number, j: number, afterArticle: boolean): boolean {
    const tok = this.tokens[k]!;
    if (tok.shape === 'word') return !tok.upper && !this.cover[k] && tok.lower !== 'of' && tok.lower !== 'for' && ((k === j && afterArticle) || !this.verbAt(k));
    return k > j && tok.lower === "'s" && !this.cover[k - 1];
  }

  /**
   * "rejected the demand and said ...": "and"/"but" at k opens a second verb phrase, outside the
   * scope of a negation, request or object list before it.
   */
  private secondVerbPhrase(k: number): boolean {
    const w = this.tokens[k]!.lower;
    return (w === 'and' || w === 'but') && this.verbAt(k + 1);
  }

  /**
   * Reported from a clause that is itself negated or only possible ("did not say that ...",
   * "could announce that ..."): nothing said at `verb` is asserted.
   */
  unasserted(verb: number): boolean {
    const start = this.clause(verb).start;
    return this.negated(start, verb) || this.hypothetical(start, verb, false) || this.askedWhether(start);
  }

  /** A clause that starts at (or right after) "whether": a question, not a statement. */
  askedWhether(start: number): boolean {
    return this.tokens[start]?.lower === 'whether' || this.tokens[start - 1]?.lower === 'whether';
  }

  /**
   * "The chairman of the African Union Commission, X,": after the "of" at `of`, a body closed by a
   * comma; the index of that comma, or -1.
   */
  private bodyBeforeApposition(of: number): number {
    const body = this.mentionAfter(of);
    // ("A spokesman for the eastern-based parliament, Hamid Al Sabri,": a body described, named by no one.)
    if (!body && this.lower(of + 1) !== 'the') return -1;
    // "a spokesman for Niger's ruling military council, X,": the owner's body, described.
    let k = body ? body.last : of + 2;
    if (this.tokens[k]?.lower === "'s") k++;
    const from = k;
    // ("eastern-based": a compound adjective, not a verb in -ed.)
    while (k - from < 4 && this.tokens[k]?.shape === 'word' && !this.tokens[k]!.upper && !this.cover[k] && (!this.verbAt(k) || this.tokens[k]!.lower.includes('-'))) k++;
    if ((k > from || !body) && !BODY_NOUNS.has(this.tokens[k - 1]!.lower)) return -1;
    return this.tokens[k]?.text === ',' ? k : -1;
  }

  /** A known verb form between the tokens (not the "-s after an actor" guess of verbBetween). */
  private finiteVerbIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.verbAt(k)) return true;
    return false;
  }

  /** A verb between the tokens: a known form, or a lower-case "-s" word right after an actor ("Turkey recalls"). */
  private verbBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (this.verbAt(k)) return true;
      const tok = this.tokens[k]!;
      const before = this.cover[k - 1];
      if (tok.shape === 'word' && !tok.upper && tok.lower.endsWith('s') && before && before.last === k && this.isActor(before)) return true;
    }
    return false;
  }

  /** The quote opening at token `open` continues the words before it. */
  private quotedFragment(open: number): boolean {
    const before = this.tokens[open - 1];
    if (before !== undefined && before.shape === 'word' && !before.upper && !REPORTING_VERBS.has(before.lower)) return true;
    // 'The WFP "rejects firmly any accusation"': a quote that goes on from its subject's name.
    const subject = this.cover[open - 1];
    const first = this.tokens[open + 1];
    if (subject && subject.last === open && this.isActor(subject) && first?.shape === 'word' && !first.upper) return true;
    // 'Peru "categorically rejected" the accusations': a few quoted words that the sentence runs on from.
    const end = this.quote[open]![1];
    const after = this.tokens[end];
    return before !== undefined && end - open <= 6 && after !== undefined && after.shape === 'word' && !after.upper && !REPORTING_VERBS.has(after.lower);
  }

  private startsNounPhrase(k: number): boolean {
    const tok = this.tokens[k];
    if (!tok) return false;
    const m = this.starting[k];
    // A demonym opens a noun phrase when a name follows it ("and Chinese President Xi").
    if (m && (m.form !== 'demonym' || this.starting[m.last] !== undefined)) return true;
    // "..., and leaders across the region were quick to": bare people after a comma's "and".
    if (!tok.upper && tok.lower.endsWith('s') && NATIONALS_NOUNS.has(tok.lower) && this.tokens[k - 2]?.text === ',') return true;
    return ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'some', 'several', 'many', 'both'].includes(tok.lower) || tok.shape === 'number';
  }

  /** The actors of a coordination ("A, B and C") whose last one ends right before token `end`. */
  private coordinatedEndingAt(end: number): Mention[] {
    const found: Mention[] = [];
    let j = end - 1;
    for (let m = this.cover[j]; m && m.last === j + 1 && this.isActor(m) && found.length < 12; m = this.cover[j]) {
      found.unshift(m);
      j = this.ownerStart(m.first) - 1;
      // ("Nepal, the Maldives and Qatar".)
      if (this.tokens[j]?.lower === 'the') j--;
      if (this.tokens[j]?.lower === 'and' || this.tokens[j]?.lower === 'or') j--;
      else if (this.tokens[j]?.text === ',') j--;
      else break;
    }
    return found.filter((m) => this.entityOf(m)?.kind !== 'Group');
  }

  /** Before the relative word at `relative`: "<actors> were among the (first) <kind>", "<actor> is one of the <kind>": those actors. */
  private amongSubjects(relative: number): Mention[] {
    let k = relative - 1;
    while (k > relative - 7 && this.tokens[k]?.shape === 'word' && !this.tokens[k]!.upper && !['among', 'of', 'one'].includes(this.lower(k))) {
      // ("one of the countries" may be read as a group.)
      const group = this.cover[k];
      if (group && group.kind !== 'Group') return [];
      k = group && group.first < k ? group.first : k - 1;
    }
    if (this.lower(k) === 'of' && this.lower(k - 1) === 'one') k--;
    else if (this.lower(k) !== 'among' && !(this.lower(k) === 'one' && this.lower(k + 1) === 'of')) return [];
    return BE_BEFORE_PREDICATE.has(this.lower(k - 1)) ? this.coordinatedEndingAt(k - 1) : [];
  }

  /** The token just before mention m, skipping list commas and "and"s of a coordination. */
  private coordinationStart(m: Mention): number {
    let k = this.ownerStart(m.first);
    for (;;) {
      let j = k - 1;
      if (this.tokens[j]?.lower === 'and' || this.tokens[j]?.lower === 'or') j--;
      if (this.tokens[j]?.text === ',') j--;
      const prev = this.cover[j];
      if (j >= 0 && prev && this.isActor(prev) && prev.last === j + 1 && j < k - 1) {
        k = this.ownerStart(prev.first);
        continue;
      }
      return k;
    }
  }

  /** "Peru's Pedro Castillo": where the mention at `first` starts with the state or agency owning it. */
  private ownerStart(first: number): number {
    // "Japanese Prime Minister Fumio Kishida": the demonym is part of the phrase.
    const modifier = this.cover[first - 1];
    if (modifier && modifier.last === first && modifier.form === 'demonym') return modifier.first;
    if (this.tokens[first - 1]?.lower !== "'s") return first;
    const owner = this.cover[first - 2];
    return owner && owner.last === first - 1 && (owner.kind === 'State' || owner.kind === 'Agency') ? owner.first : first;
  }

  /**
   * Does the clause reported from token `from` (a "that" and listeners skipped) open with an
   * actor? "her victory", "there", "the results" do not: a possessive pronoun before a noun is no subject.
   */
  private actorOpens(from: number, before: number): boolean {
    let k = from;
    while (k < before && (LISTENERS.has(this.tokens[k]!.lower) || this.tokens[k]!.lower === 'that')) k++;
    if (this.tokens[k]?.lower === 'the' && !this.starting[k]) k++;
    const m = this.starting[k];
    if (!this.isActor(m)) return false;
    return !(m.form === 'pronoun' && this.determiner(m));
  }

  private dateline = -1;

  /** Where the sentence's dateline ends (see mentions.ts), found once per sentence. */
  private datelineEnd(): number {
    if (this.dateline < 0) this.dateline = datelineEnd(this.tokens);
    return this.dateline;
  }

  private readonly clauses = new Map<number, ClauseInfo>();

  /** Where the clause of the verb at token t starts, walking left (computed once per token). */
  clause(t: number): ClauseInfo {
    let info = this.clauses.get(t);
    if (!info) {
      info = this.findClause(t);
      this.clauses.set(t, info);
    }
    return info;
  }

  private findClause(t: number): ClauseInfo {
    const tokens = this.tokens;
    // "with Foreign Minister X accusing the kingdom": the absolute phrase has its own subject.
    const before = this.cover[t - 1];
    if (tokens[t]!.lower.endsWith('ing') && before && before.last === t && tokens[before.first - 1]?.lower === 'with' && this.isActor(before)) {
      return clauseAt(before.first, 'subordinate');
    }
    // "Lamamra said X had Y, and blamed Rabat": ", and" + verb with no subject of its own joins the
    // verb phrase of the sentence, past any reported clause in between.
    // With no comma only when the reported clause has no actor for a subject: "denied that there
    // had been any fraud and accused X", "wrote that her victory was ... and sent his congratulations".
    const conjunction = tokens[t - 1]?.lower === 'and' || tokens[t - 1]?.lower === 'but';
    const comma = tokens[t - 2]?.text === ',';
    if (conjunction && !this.quote[t] && !this.paren[t] && (comma ? tokens[t]!.lower.endsWith('ed') : this.verbAt(t) && !tokens[t]!.lower.endsWith('ing'))) {
      for (let j = t - (comma ? 3 : 2); j >= 0; j--) {
        const lw = tokens[j]!.lower;
        if (lw === ';' || lw === ':' || this.subordinatorAt(j) || RELATIVES.has(lw)) break;
        // "denied that ...": the verb before a "that" governs it as a reporting verb does.
        // "announced that the envoy had been declared persona non grata, and accused": a passive
        // participle reports nothing; the verb that does comes before it.
        // ("denied that the Rangers had fired ..., and described": a "that" after a comma too.)
        const governing = REPORTING_VERBS.has(lw) && !BE_FORMS.has(tokens[j - 1]?.lower ?? '') ? j : lw === 'that' && j > 0 && this.verbAt(j - 1) ? j - 1 : -1;
        if (governing >= 0 && !this.cover[governing] && !this.paren[governing]) {
          // Without a comma, only to a clause whose own subject is an actor: the fallbacks for an unnamed speaker stay as they were.
          if (comma || (!this.actorOpens(governing + 1, t) && this.subjectOf(governing).length > 0)) return this.findClause(governing);
          break;
        }
      }
    }
    // "Turkey recalls envoy, Erdogan calls Netanyahu a war criminal": a comma, then a named actor
    // right before the verb, opens a clause of its own (a headline's comma splice, an attribution).
    // Only after a clause with a verb of its own: "According to Ghana, X" or "On Monday, X" is an intro.
    // Cheap tests first: this runs for every clause looked up.
    // '"...," Wang Wenbin, a Foreign Ministry spokesman, told': the name before its apposition.
    const apposed = tokens[t - 1]?.text === ',' ? this.paren[t - 1] : undefined;
    const nameEnd = apposed && apposed[1] === t ? apposed[0] : t;
    const named = this.cover[nameEnd - 1];
    if (named && named.last === nameEnd && named.first > 1) {
      const modifier = this.cover[named.first - 1];
      let first = modifier && modifier.last === named.first && modifier.form === 'demonym' ? modifier.first : named.first;
      if (this.tokens[first - 1]?.lower === 'the') first--;
      // '"It is an escalation," Wang told reporters': the quote's closing mark after its comma.
      const mark = this.tokens[first - 1]?.text;
      const closed = (mark === '"' || mark === '”') && this.tokens[first - 2]?.text === ',';
      if (first > 1 && (mark === ',' || closed) && this.isActor(named) && !this.quote[t] && !this.paren[t] && this.verbBetween(0, first - 1)) return clauseAt(first, 'hard');
    }
    const inParen = this.paren[t];
    // A quoted fragment inside a clause ('had been "actively undermining our security"') belongs to
    // that clause; a quote after a comma, a colon, a reporting verb or at the start is a clause.
    const quoted = this.quote[t];
    const q = quoted && !this.quotedFragment(quoted[0]) ? quoted : undefined;
    const participleAfterComma = tokens[t - 1]?.text === ',' && tokens[t]!.lower.endsWith('ing');
    let j = t - 1;
    // The comma that opened an interposed adverbial (below): an aside read as ending there is none.
    let interposed = -1;
    while (j >= 0) {
      const span = this.paren[j];
      // "Li Qiang, who, in a letter ..., congratulated": a relative pronoun set off by commas opens the clause.
      if (span && span[1] === span[0] + 3 && RELATIVES.has(tokens[span[0] + 1]!.lower) && span !== inParen) return clauseAt(span[0] + 2, 'relative', undefined, this.cover[span[0] - 1]);
      // (", which have been strained since Noboa imposed tariffs, accusing Bogotá": the comma before
      // a participle closes a relative clause that the participle continues; it is no aside.)
      const continued = participleAfterComma && span !== undefined && span[1] === t && RELATIVES.has(tokens[span[0] + 1]?.lower ?? '');
      if (span && span !== inParen && !(inParen && span[0] <= inParen[0] && span[1] >= inParen[1]) && span[1] !== interposed + 1 && !continued) {
        j = span[0] - 1;
        continue;
      }
      if (q && j <= q[0]) return clauseAt(q[0] + 1, 'quote');
      const tok = tokens[j]!;
      const lw = tok.lower;
      if (tok.text === ';' || tok.text === ':') return clauseAt(j + 1, 'hard');
      // "Algeria Accuses Morocco of Backing Plot, Rabat Dismisses 'Fabrications'": in a headline an
      // actor right after a comma and right before the verb opens a clause of its own.
      // (Not in a list of actors: "Tinubu, Ouattara, Faye Congratulate Mahama".)
      const listed = this.cover[j - 1] !== undefined && this.cover[j - 1]!.last === j && this.isActor(this.cover[j - 1]);
      if (this.headline && tok.text === ',' && !listed && this.starting[j + 1]?.last === t && this.isActor(this.starting[j + 1])) return clauseAt(j + 1, 'hard');
      // "After that poisoning, Britain expelled": a preposition opening the sentence, not a clause.
      if (INTRO_PREPOSITIONS.has(lw) && this.commaBetween(j, t) && (this.sentenceOpening(j) || this.timeBeforeOpening(j))) return clauseAt(this.sentenceOpening(j) ? j : 0, 'sentence');
      // "after blaming Iran", "while accusing X": the gerund shares the main clause's subject.
      if (this.subordinatorAt(j) && j + 1 === t && tokens[t]!.lower.endsWith('ing')) {
        j--;
        continue;
      }
      // "ordered him to leave after refusing to renew his permit, accusing him": a participle after
      // a comma shares the main clause's subject, past the subordinate clause the comma closed...
      // unless that clause has an actor of its own ("strained since Noboa imposed tariffs, accusing Bogotá").
      if (this.subordinatorAt(j) && participleAfterComma && j > 0 && this.commaBetween(j, t)) {
        const own = this.mentionAfter(j);
        if (own && this.isActor(own) && own.first <= j + 2) return clauseAt(j + 1, 'subordinate');
        j--;
        continue;
      }
      // "when Muizzu, soon after assuming office, ordered": an adverbial set off by commas right
      // before the verb belongs to no clause of its own.
      if (this.subordinatorAt(j) && tokens[t - 1]?.text === ',') {
        const open = INTERPOSED_ADVERBS.has(tokens[j - 1]?.lower ?? '') ? j - 2 : j - 1;
        if (open > 0 && tokens[open]!.text === ',' && this.commaAfter(j, t - 1) < 0) {
          interposed = open;
          j = open - 1;
          continue;
        }
      }
      // "used his first remarks after the vote to accuse": a preposition's object, no clause of its
      // own (no verb before the infinitive), so the infinitive goes on with the clause before it.
      if (INTRO_PREPOSITIONS.has(lw) && tokens[t - 1]?.lower === 'to' && j > 0 && !this.finiteVerbIn(j + 1, t - 1)) {
        j--;
        continue;
      }
      // "conceded defeat shortly after midnight and congratulated": a preposition's object, then a
      // verb coordinated with the one before it; no clause of its own.
      if (PREPOSITIONAL_SUBORDINATORS.has(lw) && tokens[t - 1]?.lower === 'and' && !this.finiteVerbIn(j + 1, t - 1)) {
        j--;
        continue;
      }
      if (this.subordinatorAt(j) && !(lw === 'since' && tokens[j + 1]?.shape === 'number')) {
        if (lw === 'even' && tokens[j + 1]?.lower !== 'though' && tokens[j + 1]?.lower !== 'as') {
          j--;
          continue;
        }
        return clauseAt(j + 1, 'subordinate');
      }
      // "congratulate Albanese as Beijing rejects the claims": "as" with an actor right before the
      // verb opens a clause ("dismissed the claims as absurd", "known as X" do not).
      if (lw === 'as') {
        const named = this.mentionAfter(j);
        if (named && named.last === t && this.isActor(named)) return clauseAt(j + 1, 'subordinate');
      }
      // "It is the first time Australia has expelled an ambassador": a clause with its own subject,
      // no "that", after "time".
      if (lw === 'time') {
        const named = this.mentionAfter(j);
        if (named && named.last <= t && this.isActor(named)) return clauseAt(j + 1, 'subordinate');
      }
      if (lw === 'that' && j > 0 && !PREPOSITIONS.has(tokens[j - 1]!.lower)) {
        const report = this.reportVerbBefore(j);
        // "said that the RDF had no role in the incident, calling the allegations ...": a speech act
        // after the reported clause's own verb is the speaker's.
        if (report !== undefined && participleAfterComma && SPEAKING_PARTICIPLES.has(tokens[t]!.lower) && this.finiteVerbIn(j + 1, t - 1)) return this.findClause(report);
        return clauseAt(j + 1, 'that', report);
      }
      // "X, which was reduced to 12 seats, has accused": a relative clause closed by a comma
      // before the verb (and its auxiliary) is an aside; the clause goes on before it.
      if (RELATIVES.has(lw) && this.closedBefore(j, t)) {
        // ("X, one of the few heads of state who attended, hailed": from the apposition's comma.)
        let c = j - 1;
        while (c > 0 && c > j - 10 && tokens[c]!.text !== ',' && tokens[c]!.shape === 'word') c--;
        if (tokens[c]?.text === ',') {
          j = c - 1;
          continue;
        }
      }
      if (RELATIVES.has(lw)) {
        let a = j - 1;
        if (tokens[a]?.text === ',') a--;
        // ('"instruments in the hands of France," which he accused of': past the closing quote.)
        if (CLOSING_QUOTES.has(tokens[a]?.text ?? '') && tokens[a - 1]?.text === ',') a -= 2;
        const antecedent = this.cover[a];
        return clauseAt(j + 1, 'relative', undefined, antecedent);
      }
      // ("The claims were rejected by Thailand": after a determiner, a report word is a noun.)
      // (Not "declined to confirm or deny": a verb joined to the next reports nothing.)
      const joinedVerb = (tokens[j + 1]?.lower === 'or' || tokens[j + 1]?.lower === 'and') && this.verbAt(j + 2);
      // ("The Turkish claims were dismissed": past a state's adjective after the determiner too.)
      const before = this.cover[j - 1]?.modifier ? this.cover[j - 1]!.first - 1 : j - 1;
      if (REPORTING_VERBS.has(lw) && j < t - 1 && !this.cover[j] && !NOUN_DETERMINERS.has(tokens[before]?.lower ?? '') && !joinedVerb && !this.declaresStatus(j, t)) {
        // '"...," Wang told reporters on Wednesday, dismissing ... and accusing X': a participle
        // after the reporting verb's own words (no verb between) shares the reporting verb's subject.
        if (participleAfterComma && !this.finiteVerbIn(j + 1, t - 1)) return this.findClause(j);
        // "Baerbock said 40 employees ... had been declared"; "told reporters the images ..."
        let start = j + 1;
        if (lw === 'told' || lw === 'tells' || lw === 'telling') while (start < t && LISTENERS.has(tokens[start]!.lower)) start++;
        if (tokens[start]?.lower === 'that') start++;
        // ("As Notes from Poland has reported, Warsaw had ordered out": past the comma closing the report.)
        else if (tokens[start]?.text === ',' && start + 1 < t) start++;
        if (start <= t) return clauseAt(start, 'report', j);
      }
      // "..., and on October 24 an Azerbaijani counsellor was ordered": a time phrase, then an actor, opens a clause too.
      // (',"' too: a quotation that ends with the comma.)
      const commaBefore = tokens[j - 1]?.text === ',' || (this.quote[j - 1] !== undefined && tokens[j - 2]?.text === ',');
      if ((lw === 'and' || lw === 'but') && commaBefore && this.timeIntroEnd(j + 1, t) > j + 1) return clauseAt(j + 1, 'and');
      // ("Sheikh Mohammed bin Rashid, Vice President, Prime Minister and Ruler of Dubai, sent": the
      // "and" of a person's titles set off by commas joins no clauses.)
      if ((lw === 'and' || lw === 'but') && this.startsNounPhrase(j + 1) && !this.inTitlesOfPerson(j, t)) {
        // "attacked the French and U.S. embassies, accusing ...": a participle after a comma shares
        // the main clause's subject; an "and" with no verb after it only joined objects.
        if (participleAfterComma && !this.finiteVerbIn(j + 1, t - 1)) {
          j--;
          continue;
        }
        // "Germany and France ordered": a coordinated subject, not a new clause.
        let p = j - 1;
        if (tokens[p]?.text === ',') p--;
        // ("Sheikh X, Ruler of Dubai, and Sheikh Y sent": the person before the office in apposition.)
        const apposed = tokens[j - 1]?.text === ',' ? this.personBeforeOfficeApposition(j - 1, t) : undefined;
        if (apposed) p = apposed.last - 1;
        const left = apposed ?? this.cover[p];
        const leftStart = left ? this.coordinationStart(left) : -1;
        const leftInPhrase = left !== undefined && (PREPOSITIONS.has(this.lower(leftStart - 1)) || (this.tokens[leftStart - 1]?.lower === 'the' && PREPOSITIONS.has(this.lower(leftStart - 2))));
        // "Allies of the U.S. and U.K. are following": coordination inside a phrase; but "when A
        // gave refuge to X and B accused ...": a verb before and after makes two clauses.
        // "Britain and the United States congratulated": the article is not part of the name.
        // ("... and a New Zealand photographer were expelled", "... and two Belarusian attaches".)
        let rightFirst = ARTICLES.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
        if (this.countOpensPeople(rightFirst)) rightFirst++;
        const right0 = this.starting[rightFirst];
        // "..., and both leaders had congratulated": an unnamed pair opens a clause as a name does.
        const pairEnd = tokens[j + 1]?.lower === 'both' ? j + 3 : -1;
        // ("over Kaesong, but Seoul flatly denied": past an adverb after the right-hand actor.)
        const twoClauses = ((right0 !== undefined && this.verbAt(this.pastAdverb(right0.last))) || (pairEnd > 0 && this.verbAt(pairEnd))) && this.verbBefore(leftStart);
        if (leftInPhrase && left!.last === p + 1 && !twoClauses) {
          j--;
          continue;
        }
        // ("UAE President Sheikh Mohamed ... and Qatar's Emir ... phoned": past the state qualifying the first.)
        const qualifier = this.cover[leftStart - 1];
        const subjectStart = qualifier && (qualifier.modifier || qualifier.possessive) && qualifier.last >= leftStart - 1 ? qualifier.first : leftStart;
        const leftIsSubject = left && this.isActor(left) && left.last === p + 1 && this.isClauseInitial(subjectStart);
        const right = right0;
        const rightEnd = right ? right.last : j + 2;
        const rightIsActorBeforeVerb = right !== undefined && rightEnd <= t;
        // "expelled Peruvian and Panamanian diplomats and accused Lima": objects joined right after
        // a verb, with no verb of their own before this one's "and", open no clause.
        const ownAnd = tokens[t - 1]?.lower === 'and' || tokens[t - 1]?.lower === 'but';
        const joinedObjects = ownAnd && !comma && left !== undefined && left.last === p + 1 && this.verbRightBefore(leftStart) && right !== undefined && rightEnd <= t - 1 && !this.finiteVerbIn(rightEnd, t - 1);
        if (joinedObjects) {
          j--;
          continue;
        }
        if (!(leftIsSubject && rightIsActorBeforeVerb)) return clauseAt(j + 1, 'and');
      }
      j--;
    }
    return clauseAt(0, 'sentence');
  }

  /** "declared X persona non grata": "declared" names a status here, it reports nothing. */
  private declaresStatus(verb: number, to: number): boolean {
    if (!this.tokens[verb]!.lower.startsWith('declar')) return false;
    for (let k = verb + 1; k < to; k++) if (STATUS_WORDS.has(this.tokens[k]!.lower)) return true;
    return false;
  }

  /** Token k, or the one after it when k is an adverb ("flatly", "also"). */
  private pastAdverb(k: number): number {
    const tok = this.tokens[k];
    return tok && !tok.upper && (ADVERB_FILLERS.has(tok.lower) || (tok.lower.endsWith('ly') && tok.lower.length > 4 && !this.cover[k])) ? k + 1 : k;
  }

  /** A verb right before k, past an article: "expelled (the) Peruvian ...". */
  private verbRightBefore(k: number): boolean {
    const x = ARTICLES.has(this.lower(k - 1)) ? k - 2 : k - 1;
    return x >= 0 && !this.cover[x] && this.verbAt(x);
  }

  /** A verb between token k and the start of its clause (punctuation or a subordinator). */
  private verbBefore(k: number): boolean {
    for (let x = k - 1; x >= 0; x--) {
      const w = this.tokens[x]!.lower;
      if (w === ',' || w === ';' || w === ':' || this.subordinatorAt(x) || w === 'that' || RELATIVES.has(w)) return false;
      if (!this.cover[x] && this.verbAt(x)) return true;
    }
    return false;
  }

  /** The first comma after `from` and before `to` outside brackets, or -1. */
  private commaAfter(from: number, to: number): number {
    for (let k = from + 1; k < to; k++) if (this.tokens[k]!.text === ',' && !this.paren[k]) return k;
    return -1;
  }

  private commaBetween(from: number, to: number): boolean {
    return this.commaAfter(from, to) >= 0;
  }

  /** "Hours before the raid,", "Two days after", "Shortly before": only a measure of time opens the sentence before j. */
  private timeBeforeOpening(j: number): boolean {
    if (j === 0 || j > 3) return false;
    for (let k = 0; k < j; k++) {
      const tok = this.tokens[k]!;
      if (!(TIME_UNITS.has(tok.lower) || TIME_MEASURES.has(tok.lower) || parseCount(tok) !== undefined)) return false;
    }
    return true;
  }

  private sentenceOpening(j: number): boolean {
    return j === 0 || (j === 1 && /^["“]$/.test(this.tokens[0]!.text));
  }

  /** Is token k the first of its clause, intros aside? */
  private isClauseInitial(k: number): boolean {
    let j = k - 1;
    // "Two Australian journalists and ...", "The two Americans and ...": a count and an article before.
    if (this.tokens[j] && !this.cover[j] && parseCount(this.tokens[j]!) !== undefined) j--;
    if (ARTICLES.has(this.lower(j))) j--;
    if (j < 0) return true;
    // "NEW DELHI, Oct 14 — India and Canada ...": right after a dateline.
    if (j + 1 === this.datelineEnd()) return true;
    const tok = this.tokens[j]!;
    if (tok.text === ',' || tok.text === ';' || tok.text === ':' || tok.text === '"' || tok.text === '“') return true;
    return this.subordinatorAt(j) || tok.lower === 'that' || REPORTING_VERBS.has(tok.lower) || RELATIVES.has(tok.lower);
  }

  /** The reporting verb that governs a "that" at token j, looking a few tokens back. */
  private reportVerbBefore(j: number): number | undefined {
    for (let k = j - 1; k >= 0 && k >= j - 9; k--) {
      const tok = this.tokens[k]!;
      if (REPORTING_VERBS.has(tok.lower) && !this.cover[k]) return k;
      if (tok.text === ',' || tok.text === ';') return undefined;
    }
    return undefined;
  }

  /** A comma between `from` and t, with only auxiliaries and adverbs after it before t. */
  private closedBefore(from: number, t: number): boolean {
    let k = t - 1;
    while (k > from && VERB_GROUP_FILLERS.has(this.tokens[k]!.lower)) k--;
    return k > from && this.tokens[k]!.text === ',';
  }

  /** "Ecuadorian President Daniel Noboa": the actor named after a nationality, else the mention itself. */
  private pastModifiers(m: Mention): Mention {
    while (m.modifier && this.starting[m.last] && this.isActor(this.starting[m.last])) m = this.starting[m.last]!;
    return m;
  }

  /** Token k opens a subordinate clause ("after", "once the talks end"; not "once again"). */
  private subordinatorAt(k: number): boolean {
    const w = this.lower(k);
    // ("has since been accused": "since" after an auxiliary is an adverb.)
    return SUBORDINATORS.has(w) && !(w === 'once' && ONCE_ADVERBS.has(this.lower(k + 1))) && !(w === 'since' && SINCE_AUXILIARIES.has(this.lower(k - 1)));
  }

  /** Is token k a time unit, weekday, month or part of a day ("year", "Tuesday", "March", "morning")? */
  private timeWord(k: number): boolean {
    const w = this.lower(k);
    return TIME_UNITS.has(w) || WEEKDAYS.has(w) || MONTHS.has(w) || PARTS_OF_DAY.has(w);
  }

  /**
   * The end of a time phrase opening the clause at k with no comma after it ("Last year",
   * "Earlier this month", "On Monday", "In 2023", "In March 2022", "Two days later"), or k.
   */
  private timeIntroEnd(k: number, before: number): number {
    const tokens = this.tokens;
    const w = tokens[k]?.lower ?? '';
    let j = k;
    if (BARE_TIME_INTROS.has(w)) j = k + 1;
    if (TIME_DETERMINERS.has(w)) {
      let d = k + 1;
      if (TIME_DETERMINERS.has(tokens[d]?.lower ?? '')) d++; // "earlier this month"
      if (tokens[d]?.lower === 'same') d++; // "that same year"
      if (this.timeWord(d)) j = d + 1;
    } else if (this.onDayAt(k) > k) {
      j = this.onDayAt(k);
      if (tokens[j]?.shape === 'number' || PARTS_OF_DAY.has(tokens[j]?.lower ?? '')) j++;
    } else if (w === 'in') {
      let d = k + 1;
      if (['early', 'late', 'mid'].includes(tokens[d]?.lower ?? '')) d++;
      if (MONTHS.has(tokens[d]?.lower ?? '')) j = tokens[d + 1]?.shape === 'number' ? d + 2 : d + 1;
      else if (tokens[d]?.shape === 'number' && /^(?:1[89]|20)\d\d$/.test(tokens[d]!.text)) j = d + 1;
    } else if ((parseCount(tokens[k]!) !== undefined || w === 'a' || w === 'an') && TIME_UNITS.has(tokens[k + 1]?.lower ?? '') && ['later', 'ago', 'earlier'].includes(tokens[k + 2]?.lower ?? '')) j = k + 3;
    // ("The next day it expelled", "the following week".)
    else if (w === 'the' && (tokens[k + 1]?.lower === 'next' || tokens[k + 1]?.lower === 'following') && TIME_UNITS.has(tokens[k + 2]?.lower ?? '')) j = k + 3;
    if (j === k || j >= before) return k;
    // Only where an actor follows: "Last year's expulsions" or "On Monday the talks" stay as they were.
    // ("On October 24 an Azerbaijani diplomat was ordered", "On Monday two Russian diplomats": an article or a count first.)
    const next = (ARTICLES.has(tokens[j]?.lower ?? '') && !this.starting[j]) || this.countOpensPeople(j) ? j + 1 : j;
    return this.isActor(this.starting[next]) ? j : k;
  }

  /** After "on Tuesday", "on May" or "late on Tuesday" at k, or k itself. */
  private onDayAt(k: number): number {
    const on = (this.tokens[k]?.lower === 'late' || this.tokens[k]?.lower === 'early') && this.tokens[k + 1]?.lower === 'on' ? k + 1 : k;
    const day = this.lower(on + 1);
    return this.tokens[on]?.lower === 'on' && (WEEKDAYS.has(day) || MONTHS.has(day)) ? on + 2 : k;
  }

  /** After an introductory phrase ("On Monday,", "In a statement,"), where the subject starts. */
  subjectStart(clause: ClauseInfo, before: number): number {
    const tokens = this.tokens;
    let k = clause.start;
    if (k === 0) k = this.datelineEnd();
    if (tokens[k]?.text === '"' || tokens[k]?.text === '“') k++;
    // "In 2020, at the nadir of relations, Beijing ...": intro phrases one after another.
    for (let phrases = 0; phrases < 3; phrases++) {
      const end = this.introEnd(k, before);
      // ("In the communique, released in Lusaka on Thursday, the governments ...": so is a participle's aside.)
      if (end === k || !(PREPOSITIONS.has(tokens[end]?.lower ?? '') || this.participleAside(end)) || this.isActor(this.starting[end])) return end;
      k = end;
    }
    return k;
  }

  /** ", released in Lusaka on Thursday,": a participle after a comma, opening a prepositional phrase. */
  private participleAside(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.shape === 'word' && !t.upper && t.lower.endsWith('ed') && this.tokens[k - 1]?.text === ',' && PREPOSITIONS.has(this.lower(k + 1));
  }

  /** Where the subject starts after one introductory phrase at k (k itself when there is none). */
  private introEnd(k: number, before: number): number {
    const tokens = this.tokens;
    const first = tokens[k];
    // "Two days later, ...": a count of time units opens an intro too.
    const timeIntro = first !== undefined && parseCount(first) !== undefined && TIME_UNITS.has(tokens[k + 1]?.lower ?? '');
    // "On Tuesday she announced that X, ..., and accused": a time phrase with no comma, then an
    // actor, is the whole intro; a comma further on ends some later phrase.
    const afterTime = first ? this.timeIntroEnd(k, before) : k;
    if (afterTime > k && tokens[afterTime]!.text !== ',') return afterTime;
    // (An aside's participle after a comma ends at the next comma, whatever apposition was read after it.)
    if (this.participleAside(k)) {
      for (let c = k + 1; c < before; c++) if (tokens[c]!.text === ',') return c + 1;
    }
    // "Contacted by AFP, the ministry rejected": a participle and its agent open an intro too.
    const participleBy = first !== undefined && first.lower.endsWith('ed') && tokens[k + 1]?.lower === 'by' && !this.isActor(this.cover[k]);
    if (first && (timeIntro || participleBy || INTRO_OPENERS.has(first.lower) || (first.lower.endsWith('ing') && !this.isActor(this.cover[k]) && !tokens[k + 1]?.upper)) && !this.isActor(this.starting[k])) {
      const article = first.lower === 'a' || first.lower === 'an';
      for (let c = k; c < before; c++) {
        // "A day later," is an intro; "A Russian diplomat was expelled by X," is a subject.
        if (article && (this.cover[c] || c - k > 4)) break;
        const span = this.paren[c];
        // "In Niamey, a spokesman for X, Y, accused": a short intro's comma is its end, though
        // an apposition was read from it.
        // ("A day later, a counselor ..., X, was": so is that of a time phrase opened by an article.)
        if (span && span[0] === c && tokens[c]!.text === ',' && c - k <= 4) return c + 1;
        if (span && span[0] > k) {
          c = span[1] - 1;
          continue;
        }
        if (tokens[c]!.text === ',') return c + 1;
        // "On that — China's embassy accused": a dash ends a short intro as a comma does.
        if (DASHES.has(tokens[c]!.text) && c - k <= 4 && !article) return c + 1;
      }
    }
    // "True to form, Estonia blamed", "Not one for euphemism, Tsahkna pointed": a few words that
    // name no one, then a comma and the actor.
    for (let c = k; first && c < Math.min(before, k + 6) && !this.isActor(this.cover[c]); c++) {
      // ("Late in the evening, the FO dismissed": past a "the".)
      const named = tokens[c]!.text === ',' && c > k ? (this.isActor(this.starting[c + 1]) ? this.starting[c + 1] : this.mentionAfter(c)) : undefined;
      if (named && this.isActor(named) && named.first < before) return c + 1;
      // "First, in Paris, X": such words before another intro phrase (read as an apposition).
      if (tokens[c]!.text === ',' && c > k && PREPOSITIONS.has(tokens[c + 1]?.lower ?? '') && c + 1 < before) return c + 1;
      if (tokens[c]!.shape !== 'word' || this.paren[c]) break;
    }
    return first ? this.timeIntroEnd(k, before) : k;
  }

  /** Past the lower-case words outside any mention from `from` (but not to `to`): "cameraman and co-author", "ally". */
  private plainWordsEnd(from: number, to: number): number {
    let k = from;
    while (k < to && this.tokens[k]?.shape === 'word' && !this.tokens[k]!.upper && !this.cover[k]) k++;
    return k;
  }

  /** The mention starting right after token k, past a "the": "of (the) Republic of X", "as (the) Beijing ...". */
  private mentionAfter(k: number): Mention | undefined {
    return this.starting[this.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1];
  }

  /** "(The chairman) of the African Union Commission, Moussa Faki Mahamat,": the person named after the body, before token t. */
  private holderAfterBody(of: number, t: number): Mention | undefined {
    const comma = this.bodyBeforeApposition(of);
    // ("The Emir of Qatar Sheikh Tamim bin Hamad sent", with no commas: the name right after the body.)
    const body = comma >= 0 ? undefined : this.mentionAfter(of);
    const named = comma >= 0 ? this.starting[comma + 1] : body && body.form === 'name' && body.kind !== 'Person' ? this.nameAfterBodies(body) : undefined;
    return named && named.first < t && named.form === 'name' && this.isActor(named) && this.entityOf(named)?.kind === 'Person' ? named : undefined;
  }

  /**
   * The mention right after a body named after an office ("Emir of Qatar Sheikh Tamim"), past
   * more bodies and states each after "of": "Premier of the State Council of the People's
   * Republic of China Li Qiang".
   */
  private nameAfterBodies(body: Mention): Mention | undefined {
    let end = body.last;
    for (let guard = 0; guard < 4; guard++) {
      const next = this.starting[end];
      if (next?.form === 'name' && this.entityOf(next)?.kind === 'Person') return next;
      let at = end;
      if (this.lower(at) !== 'of') return next;
      at++;
      if (this.lower(at) === 'the') at++;
      const further = this.starting[at];
      if (!further || !this.isActor(further) || further.form !== 'name') return next;
      end = further.last;
    }
    return undefined;
  }

  /** The "of" after a capitalised office of one to three words opening at j ("Emir of", "Prime Minister of"), or -1. */
  private capitalisedOfficeOf(j: number): number {
    for (let o = j; o < j + 3; o++) {
      const tok = this.tokens[o];
      if (!tok?.upper || tok.shape !== 'word' || this.cover[o]) return -1;
      if (this.tokens[o + 1]?.lower === 'of') return PERSON_ROLE_NOUNS.has(officeWord(tok.lower).split('-')[0]!) || PERSON_ROLE_NOUNS.has(tok.lower.split('-').pop()!) ? o + 1 : -1;
    }
    return -1;
  }

  /** The person apposed to the noun phrase at k ("son, Sajeeb Wazed Joy,"), before token t, if any. */
  private possessiveApposition(k: number, t: number): Mention | undefined {
    const tokens = this.tokens;
    let c = this.plainWordsEnd(k, Math.min(k + 3, t));
    // "Nicaragua's chargé d'affaires in San José, Henry Lacayo,": past where the post is.
    for (let j = k + 1; j < c; j++) {
      if (tokens[j]!.lower !== 'in' && tokens[j]!.lower !== 'at') continue;
      const post = this.starting[j + 1];
      if (post && (post.kind === 'Place' || post.kind === 'State') && post.last < t) c = post.last;
      break;
    }
    if (c === k || tokens[c]?.text !== ',') return undefined;
    let named = this.starting[c + 1];
    // "His cameraman, Russian citizen Pavel Orlov,": past a nationality and its noun.
    if (named && named.form === 'demonym') {
      const n = this.plainWordsEnd(named.last, named.last + 2);
      if (n > named.last) named = this.starting[n];
    }
    if (!named || named.last >= t || tokens[named.last]?.text !== ',' || !this.isActor(named) || this.entityOf(named)?.kind !== 'Person') return undefined;
    return named;
  }

  /** Subject mentions of the clause of token t (coordinated ones included), or []. */
  subjectOf(t: number, clause = this.clause(t)): Mention[] {
    const k = this.subjectStart(clause, t);
    let m = this.starting[k];
    // "Defeated candidate Jose Antonio Kast conceded": a capitalised word opening the sentence,
    // read as no one, before a lower-case descriptor, is a descriptor too.
    const descriptor = k === 0 && (!m || (m.entity === undefined && m.last === 1)) && this.tokens[0]?.upper && this.tokens[1]?.shape === 'word' && !this.tokens[1]!.upper;
    // ("Dirco spokesperson Chrispin Phiri", where the person's mention opens at the lower-case role.)
    if (descriptor) m = this.isActor(this.starting[1]) && this.entityOf(this.starting[1])?.kind === 'Person' ? this.starting[1] : undefined;
    // "Outgoing President Macky Sall congratulated": a capitalised adjective read as no one, right
    // before the actor it describes.
    if (m && m.entity === undefined && m.last === m.first + 1 && this.isActor(this.starting[m.last])) m = this.starting[m.last];
    // "Nationalist Movement Party (MHP) Chair Devlet Bahceli extended": the officer named after the body and its acronym.
    if (m && m.kind === 'Agency' && this.tokens[m.last]?.text === '(' && this.tokens[m.last + 2]?.text === ')') {
      const officer = this.starting[m.last + 3];
      if (officer && officer.first < t && officer.title !== undefined && this.isActor(officer) && this.entityOf(officer)?.kind === 'Person') m = officer;
    }
    // "Her son, Sajeeb Wazed Joy, denied", "His spokesman, Dmitry Peskov, said": a possessive's
    // noun with a person in apposition; the person is the subject.
    // (And "Nicaragua's chargé d'affaires in San José, Henry Lacayo, was ordered to leave",
    // "Fuentealba's campaign chief, Senator Javiera Montt, accused".)
    if (m && ((m.form === 'pronoun' && ['his', 'her', 'their', 'its'].includes(m.anaphor ?? '') && m.last === k + 1) || (m.possessive && m.form === 'name'))) {
      const appositive = this.possessiveApposition(this.tokens[m.last]?.lower === "'s" ? m.last + 1 : m.last, t);
      if (appositive) m = appositive;
    }
    if (!m) {
      // "The two Americans", "A Russian diplomat"
      let j = k;
      if (['the', 'a', 'an', 'all'].includes(this.lower(j))) j++;
      if (this.countOpensPeople(j)) j++;
      // "Several Beninese officials", "Dozens of Malian officials": a quantity before the people.
      else if (SUBJECT_QUANTIFIERS.has(this.lower(j)) && !this.starting[j]) j += this.tokens[j + 1]?.lower === 'of' ? 2 : 1;
      if (j > k) m = this.starting[j];
      // "Embassy spokesman Timur Chekmarev denied", "(In Beijing,) ministry spokesperson Mao Ning
      // said": a bare head opens the clause and a role follows; the person named after them is the subject.
      // ("(In Moscow,) foreign ministry spokeswoman Maria Zakharova": a field word before the head.)
      const head = j === k && !this.cover[k] && !this.tokens[k]?.upper && this.tokens[k]?.shape === 'word' && ORG_HEADS.has(this.lower(k + 1)) && !this.cover[k + 1] ? k + 1 : k;
      if (j === k && !this.cover[head] && ORG_HEADS.has(this.lower(head)) && PERSON_ROLE_NOUNS.has(this.lower(head + 1))) {
        const named = this.starting[head + 1];
        if (named && named.first < t && this.isActor(named) && this.entityOf(named)?.kind === 'Person') m = named;
      }
      // "The Emir of Qatar, Sheikh Tamim bin Hamad, sent": a capitalised office of a body, then its holder.
      // ("The Prime Minister of India, Narendra Modi,": an office of up to three words.)
      const of = m ? -1 : this.capitalisedOfficeOf(j);
      if (of > 0 && (j > k || of === j + 1 || this.tokens[j + 1]?.upper)) m = this.holderAfterBody(of, t);
      if (descriptor && j === k) j++;
      // "the domestic spy agency ASIO accused": a descriptor before the name.
      if (!m && j > k) {
        let d = j;
        // A participle right after the article describes ("The defeated candidate, X, ...").
        const afterArticle = ARTICLES.has(this.lower(j - 1));
        while (d < t && d - j < 5 && this.descriptorWord(d, j, afterArticle)) d++;
        // ("A statement from the office of President X went further": the office's holder.)
        const named = this.officeHolder(this.starting[d], t) ?? this.starting[d];
        // ("The outgoing Bolivian government declared": a state's government, described, too.)
        if (d > j && named && named.first < t && this.isActor(named) && (named.kind !== 'State' || named.form === 'government')) m = named;
        let role = false;
        for (let r = j; r < d; r++) if (PERSON_ROLE_NOUNS.has(this.tokens[r]!.lower)) role = true;
        // "The chairman of the African Union Commission, Moussa Faki Mahamat,": the role's body.
        if (!m && role && (this.tokens[d]?.lower === 'of' || this.tokens[d]?.lower === 'for')) {
          const comma = this.bodyBeforeApposition(d);
          if (comma >= 0 && comma < t) d = comma;
        }
        // "The outgoing president, Ranil Wickremesinghe, conceded": the apposition names the actor.
        const appositive = this.starting[d + 1];
        if (!m && role && this.tokens[d]?.text === ',' && appositive && appositive.first < t && this.isActor(appositive) && this.entityOf(appositive)?.kind === 'Person') m = appositive;
      }
    }
    // "40 employees of the Russian Embassy ...", "hackers working for X": the people meant
    // belong to the mention after "of" or after the link.
    // ("Members of the opposition Labour Party accused": a plural opening the sentence, read as no one.)
    if (m && m.entity === undefined && m.first === 0 && m.last === 1 && (this.lower(1) === 'of' || this.lower(1) === 'from')) m = undefined;
    if (!m) {
      let j = k;
      if (ARTICLES.has(this.lower(j))) j++;
      if (this.tokens[j]?.shape === 'number') j++;
      // ("Members of the GRU were accused": the head may open the sentence in capitals.)
      while (j < t && this.tokens[j]!.shape === 'word' && this.tokens[j]!.lower !== 'of' && (!this.tokens[j]!.upper || j === 0) && (!this.cover[j] || (j === 0 && this.cover[j]!.entity === undefined)) && j - k < 4) {
        if (j > k && AGENT_LINKS.get(this.tokens[j]!.lower)?.has(this.tokens[j - 1]!.lower)) break;
        j++;
      }
      const link = this.lower(j);
      const linked = j > k && AGENT_LINKS.get(link)?.has(this.tokens[j - 1]!.lower) === true;
      if (link === 'of' || linked) {
        j++;
        // "working for the ministry": a nominal mention holds its article.
        if (this.tokens[j]?.lower === 'the' && !this.starting[j]) j++;
        let owner = this.starting[j];
        // ("members of the opposition Labour Party", "lawmakers from Spain's conservative Popular
        // Party": the body past its describing words and its state's possessive.)
        let body = owner?.possessive || owner?.modifier ? owner.last + (this.lower(owner.last) === "'s" ? 1 : 0) : owner ? -1 : j;
        while (body >= 0 && body < j + 5 && !this.starting[body] && this.tokens[body]?.shape === 'word' && !this.tokens[body]!.upper) body++;
        if (body >= 0 && this.starting[body]?.kind === 'Agency' && this.starting[body]!.first < t) owner = this.starting[body];
        // "agents of the Indian government": people of an actor, not "the capital of X".
        const headAt = j - (this.tokens[j - 1]?.lower === 'the' ? 3 : 2);
        const head = this.tokens[headAt]?.lower ?? '';
        // ("The governments of Chile and Paraguay congratulated": each state.)
        // ("The foreign ministers of Saudi Arabia, the UAE and Oman congratulated": each state.)
        // ("The six member states of the Gulf Cooperation Council congratulated": the body.)
        const members = MEMBER_KINDS.has(head) && this.lower(headAt - 1) === 'member';
        const people = link === 'of' && (NATIONALS_NOUNS.has(head) || GOVERNING_PLURALS.has(head) || members);
        // "the government of President Daniel Ortega": the person stands for his government.
        const government = link === 'of' && STATE_NOMINALS.has(head) && owner?.kind === 'Person';
        if (owner && (owner.object || linked || people || government) && this.isActor(owner) && owner.first < t) m = owner;
        // ...and is the state the article places that person in, when it does.
        if (government && m === owner) return [this.stateOfLeader(owner!)];
      }
    }
    // "Ukrainian President Volodymyr Zelensky": the person, not the nationality before.
    while (m && m.modifier && this.starting[m.last] && this.starting[m.last]!.first === m.last) m = this.starting[m.last]!;
    if (!m || m.first >= t) {
      // "India and Qatar were among the countries that congratulated", "Poland is one of the states that expelled".
      if ((clause.boundary === 'relative' || clause.boundary === 'that') && (!clause.antecedent || !this.isActor(clause.antecedent) || clause.antecedent.kind === 'Group')) {
        const among = this.amongSubjects(clause.start);
        if (among.length > 0) return among;
      }
      // "The case began in the Netherlands, which expelled two Russian diplomats": a state named
      // as a place is the actor of a relative clause set off after it.
      const antecedent = clause.antecedent;
      if (clause.boundary === 'relative' && antecedent?.locative && this.entityOf(antecedent)?.kind === 'State' && this.lower(clause.start - 1) === 'which' && this.tokens[clause.start - 2]?.text === ',' && antecedent.last === clause.start - 2) {
        return [{ ...antecedent, locative: false }];
      }
      if (clause.boundary === 'relative' && clause.antecedent && this.isActor(clause.antecedent)) {
        // "Lula and Petro, leftist allies who both congratulated": a group in apposition to the
        // actors named before it is those actors.
        let comma = clause.antecedent.first - 1;
        while (comma > clause.antecedent.first - 3 && this.tokens[comma]?.shape === 'word' && !this.tokens[comma]!.upper) comma--;
        const apposed = clause.antecedent.kind === 'Group' && this.tokens[comma]?.text === ',' ? this.coordinatedEndingAt(comma) : [];
        if (apposed.length > 0) return apposed;
        // "joined by Sheikh Mohammed bin Rashid and Sheikh Mansour, who sent similar messages": all
        // the actors of a coordination right before the comma of a "who".
        if (this.tokens[clause.start - 1]?.lower === 'who' && this.tokens[clause.start - 2]?.text === ',' && clause.antecedent.last === clause.start - 2) {
          const coordinated = this.coordinatedEndingAt(clause.antecedent.last);
          if (coordinated.length > 1) return coordinated;
        }
        // "Captain Ibrahim Traoré, whose government regularly accuses Abidjan": his state, when the article places him.
        const at = this.tokens[clause.start]?.lower === 'whose' ? clause.start + 1 : clause.start;
        const whose = this.tokens[at - 1]?.lower === 'whose' && STATE_NOMINALS.has(this.lower(at));
        return [whose ? this.stateOfLeader(clause.antecedent) : clause.antecedent];
      }
      return [];
    }
    // "The chairman of the African Union Commission, Moussa Faki Mahamat,": an office named by its
    // body, then the person holding it.
    if (m.form === 'nominal' && m.kind === 'Person' && (this.tokens[m.last]?.lower === 'of' || this.tokens[m.last]?.lower === 'for')) {
      m = this.holderAfterBody(m.last, t) ?? m;
    }
    m = this.officeHolder(m, t) ?? m;
    // "Argentina's President Javier Milei": the person after the possessive.
    if (m.possessive) {
      // "Georgia's ruling Georgian Dream party": past a word that places the owned body.
      const skip = this.tokens[m.last + 1]?.lower === 'ruling' || this.tokens[m.last + 1]?.lower === 'governing' ? 1 : 0;
      const owned = this.starting[m.last + 1 + skip] ?? this.starting[m.last];
      // "Maduro's government": the state the person leads.
      const kind = this.entityOf(owned)?.kind;
      // "China's Taiwan Affairs Office accused": a named body of the owner's.
      const body = kind === 'Agency' && owned?.form === 'name';
      if (owned && this.isActor(owned) && (kind === 'Person' || body || (kind === 'State' && owned.anaphor === LEADER_GOVERNMENT)) && owned.first < t) m = owned;
    }
    // "Faye's party had accused Paris": a person's party, campaign or office speaks for them.
    if (m.possessive && this.entityOf(m)?.kind === 'Person' && OWNER_VOICES.has(this.lower(m.last + 1)) && !this.starting[m.last + 1]) return [m];
    // "Russian and Belarusian diplomats were expelled": demonyms sharing the people named after them.
    if (m.form === 'demonym' && m.modifier && !m.possessive) {
      const shared = this.demonymsSharingNoun(m, t);
      if (shared.length > 0) return shared;
    }
    // "Maduro's predecessor, Hugo Chavez, expelled": the apposition names the actor.
    if (m.possessive || (m.form === 'demonym' && m.modifier && m.first < t)) {
      let j = m.last;
      if (this.tokens[j]?.lower === "'s") j++;
      while (j < t && this.tokens[j]!.shape === 'word' && !this.cover[j]) j++;
      if (this.tokens[j]?.text === ',' && this.isActor(this.starting[j + 1]) && this.entityOf(this.starting[j + 1])?.kind === 'Person') return [this.starting[j + 1]!];
      // "The country's military intelligence agency, the MIVD, had established": a body named in apposition.
      if (this.tokens[j]?.text === ',' && BODY_NOUNS.has(this.lower(j - 1))) {
        const named = this.starting[this.tokens[j + 1]?.lower === 'the' && !this.starting[j + 1] ? j + 2 : j + 1];
        if (named && named.first < t && this.isActor(named) && this.entityOf(named)?.kind === 'Agency') return [named];
      }
      // "Rwanda's most senior diplomat (in Burundi) was expelled": the state's own people.
      if (m.possessive && m.kind === 'State' && this.isActor(m)) {
        const from = this.tokens[m.last]?.lower === "'s" ? m.last + 1 : m.last;
        for (let k = from; k < j && k <= from + 3; k++) if (NATIONALS_NOUNS.has(this.lower(k))) return [m];
      }
      return [];
    }
    if (!this.isActor(m)) return [];
    // "Iran's foreign ministry spokesman, Nasser Kanaani, rejected": the apposition names the actor.
    if (m.kind === 'Agency' || m.kind === 'State') {
      // ("Venezuela's defense minister, General X,": a state's office read as one mention.)
      const office = statesOffice(m);
      const person = this.roleApposition(m.last, t, office);
      if (person) return [person];
    }
    // "Kremlin spokesman Dmitry Peskov": the person, not the agency that qualifies them.
    // "Hamas Political Bureau Chief Khalil al-Hayya": through a chain of qualifying bodies too.
    if (m.kind === 'Agency' || m.kind === 'State') {
      let qualifier: Mention = m;
      for (let hops = 0; hops < 3; hops++) {
        const next = this.starting[qualifier.last];
        if (!next || next.first !== qualifier.last || next.first >= t) break;
        if (this.isActor(next) && this.entityOf(next)?.kind === 'Person') {
          m = next;
          break;
        }
        if (next.kind !== 'Agency' && next.kind !== 'State') break;
        qualifier = next;
      }
    }
    const out = [m];
    let j = m.last;
    // A list ends in "and"/"or": "Mahama, the Ghanaian president, said" is one subject.
    let closed = true;
    // Some item was joined by "and"/"or".
    let joined = false;
    for (;;) {
      // "Sheikh Tamim bin Hamad, Amir of Qatar, and Sultan Haitham ...": past a person's office in apposition.
      if (this.tokens[j]?.text === ',' && this.entityOf(out[out.length - 1]!)?.kind === 'Person') {
        const comma = this.officeAppositionEnd(j + 1, t);
        if (comma > 0 && this.lower(comma + 1) === 'and') j = comma;
      }
      let k2 = j;
      if (this.tokens[k2]?.text === ',') k2++;
      const conjunction = this.tokens[k2]?.lower === 'and' || this.tokens[k2]?.lower === 'or';
      if (conjunction) k2++;
      if (k2 === j) break;
      if (ARTICLES.has(this.lower(k2))) k2++;
      if (this.countOpensPeople(k2)) k2++;
      const next = this.starting[k2];
      if (!next || !this.isActor(next) || next.first >= t) break;
      let n = next;
      // "May and her Dutch counterpart Mark Rutte": the person named after the possessive and its qualifiers.
      if (n.form === 'pronoun' && ['his', 'her', 'their', 'its'].includes(n.anaphor ?? '')) {
        let q: Mention | undefined = this.starting[n.last];
        for (let hops = 0; q && hops < 3 && this.entityOf(q)?.kind !== 'Person'; hops++) q = q.kind === 'State' || q.kind === 'Agency' ? this.starting[q.last] : undefined;
        if (!q || q.first >= t || !this.isActor(q) || this.entityOf(q)?.kind !== 'Person') break;
        n = q;
      }
      // "Colombia's Gustavo Petro, Peru's Pedro Castillo and ...": the person, not the state.
      const ownerEnd = this.tokens[n.last]?.lower === "'s" ? n.last + 1 : n.last;
      const after = this.starting[ownerEnd];
      if ((n.kind === 'Agency' || n.kind === 'State') && after && this.entityOf(after)?.kind === 'Person' && after.first === ownerEnd) n = after;
      out.push(n);
      closed = conjunction;
      joined ||= conjunction;
      j = n.last;
    }
    // (Three names or more with no "and" are a list too: "Tinubu, Ouattara, Faye congratulate Mahama".)
    if (!closed && !(out.length >= 3 && !joined && out.every((x) => x.form === 'name' && !x.possessive))) out.pop();
    return out;
  }

  /** "The office of President Kais Saied (accused)": an office acts for its holder, named before token t. */
  private officeHolder(m: Mention | undefined, t: number): Mention | undefined {
    if (!m || m.form !== 'nominal' || m.kind !== 'Agency' || m.anaphor !== 'office' || this.tokens[m.last]?.lower !== 'of') return undefined;
    const holder = this.starting[m.last + 1];
    return holder && holder.form === 'name' && holder.first < t && this.isActor(holder) && this.entityOf(holder)?.kind === 'Person' ? holder : undefined;
  }

  /** The person whose office in apposition the comma at `comma` closes ("Sheikh X, Ruler of Dubai,"), if any. */
  private personBeforeOfficeApposition(comma: number, t: number): Mention | undefined {
    for (let k = comma - 1; k > 0 && k >= comma - 16; k--) {
      if (this.tokens[k]!.text !== ',') continue;
      const person = this.cover[k - 1];
      if (person && person.last === k && this.isActor(person) && this.entityOf(person)?.kind === 'Person' && this.officeAppositionEnd(k + 1, t) === comma) return person;
      return undefined;
    }
    return undefined;
  }

  /**
   * From k, an office in apposition that a comma closes before t: "Amir of Qatar,", "Vice-President
   * and Prime Minister of the UAE and Ruler of Dubai,". Where that comma is, or -1.
   */
  private officeAppositionEnd(k: number, t: number): number {
    let role = false;
    for (let j = k; j < t && j < k + 16; j++) {
      const w = this.lower(j);
      if (w === ',') return role ? j : -1;
      const m = this.cover[j];
      // ("Ruler of Dubai", "Amir of Qatar": any capitalised word before "of" names an office there.)
      const office = this.tokens[j]!.upper && (!m || (m.first === j && m.last === j + 1)) && this.lower(j + 1) === 'of';
      // ("Vice-President", "Deputy-Governor": each part a title word.)
      const parts = officeWord(w).split('-');
      const roleWord = parts.some((part) => PERSON_ROLE_NOUNS.has(part));
      if (office || roleWord || (parts.every((part) => TITLE_WORDS.has(part)) && this.tokens[j]!.upper)) {
        role ||= office || roleWord;
        continue;
      }
      // (What an office is of, "of Dubai", whatever it was read as; and "the Ghanaian president", an office told with its state.)
      if (m && (m.kind !== 'Person' || m.form === 'nominal' || (m.first === j && this.lower(j - 1) === 'of'))) {
        role ||= (m.kind === 'Person' && m.form === 'nominal') || statesOffice(m);
        j = m.last - 1;
        continue;
      }
      if (w !== 'of' && w !== 'the' && w !== 'and') return -1;
    }
    return -1;
  }

  /** "Russian, Belarusian and Iranian diplomats" from its first demonym: each state, ending with the people's own; [] when no such people end the list. */
  private demonymsSharingNoun(first: Mention, t: number): Mention[] {
    const out = [first];
    let j = first.last;
    while (j < t && (this.tokens[j]?.text === ',' || this.tokens[j]?.lower === 'and' || this.tokens[j]?.lower === 'or')) {
      if (this.tokens[j]?.text === ',' && (this.tokens[j + 1]?.lower === 'and' || this.tokens[j + 1]?.lower === 'or')) j++;
      const next = this.starting[j + 1];
      if (!next || next.kind !== 'State' || next.first >= t) return [];
      out.push(next);
      if (next.form === 'nationals') return this.isActor(next) ? out : [];
      if (next.form !== 'demonym' || !next.modifier) return [];
      j = next.last;
    }
    return [];
  }

  /** After an agency or state: "spokesman, <Person>," before token t, or undefined. */
  private roleApposition(from: number, t: number, roleBefore = false): Mention | undefined {
    let j = from;
    if (this.tokens[j]?.lower === "'s") j++;
    let role = roleBefore;
    while (j < t && this.tokens[j]!.shape === 'word' && !this.cover[j] && TITLE_WORDS.has(this.tokens[j]!.lower)) {
      if (PERSON_ROLE_NOUNS.has(this.tokens[j]!.lower)) role = true;
      j++;
      // "US Secretary of State, Marco Rubio,": "of" inside the title.
      if (this.tokens[j]?.lower === 'of' && role && TITLE_WORDS.has(this.lower(j + 1)) && !this.cover[j + 1]) j++;
    }
    const person = this.starting[j + 1];
    if (!role || this.tokens[j]?.text !== ',' || !person || person.first >= t || !this.isActor(person) || this.entityOf(person)?.kind !== 'Person') return undefined;
    return person;
  }

  /** The comma at k closes an aside opened right after a negator: "We are not, at this point, accusing". */
  closesAsideAfterNegator(k: number): boolean {
    for (let j = k - 1; j > 0; j--) if (this.tokens[j]!.text === ',') return NEGATORS.has(this.tokens[j - 1]!.lower);
    return false;
  }

  /** Tokens between `from` and `to` hold a negation or a refusal ("did not", "declined to"). */
  negated(from: number, to: number): boolean {
    let negated = false;
    for (let k = Math.max(0, from); k < to; k++) {
      const span = this.paren[k];
      if (span && span[0] >= from && span[1] <= to) {
        k = span[1] - 1;
        continue;
      }
      const w = this.tokens[k]!.lower;
      // "after refusing to renew his permit, accusing him": a subordinate clause closed by a comma
      // before the verb negates nothing outside it.
      if (k > from && this.subordinatorAt(k)) {
        const comma = this.commaAfter(k, to);
        if (comma > 0) {
          k = comma;
          continue;
        }
      }
      // "Zakharova, never knowingly understated, accused", "Not one for euphemism, X pointed": an
      // aside set off by commas before the verb negates nothing outside it.
      if (NEGATORS.has(w) && (k === from || this.tokens[k - 1]!.text === ',')) {
        const comma = this.commaAfter(k, to);
        if (comma > 0) {
          k = comma;
          continue;
        }
      }
      // "said that the RDF had "no role" ..., calling": a reported clause closed by the comma before
      // the verb negates nothing outside it.
      if (w === 'that' && k > from && this.tokens[to - 1]?.text === ',' && this.reportVerbBefore(k) !== undefined) break;
      if (NEGATORS.has(w) || REFUSALS.has(w)) negated = true;
      // "rejected the demand and said ...": a second verb phrase is out of the first one's scope.
      else if (negated && this.secondVerbPhrase(k)) negated = false;
    }
    return negated;
  }

  /** Tokens between `from` and `to` make it a possibility, plan or request. */
  hypothetical(from: number, to: number, allowWill: boolean): boolean {
    let found = false;
    let gerundGoverned = false;
    // A dateline ("OSLO, May 3 -") is no part of the clause.
    for (let k = from <= 0 ? this.datelineEnd() : from; k < to; k++) {
      const span = this.paren[k];
      if (span && span[0] >= from && span[1] <= to) {
        k = span[1] - 1;
        continue;
      }
      // "Poland May Expel ...": right before the verb, "May" is the modal even where it was read as a name.
      const name = this.cover[k];
      if (k === to - 1 && this.tokens[k]!.lower === 'may' && !(name && (name.first < k || this.entityOf(name)?.kind === 'Person'))) return true;
      if (this.cover[k]) continue;
      const w = this.tokens[k]!.lower;
      // "rejected the demand and said ...": a second verb phrase is out of the first one's scope,
      // but not a gerund joined to the one the word governs ("proposed breaking off ties and expelling").
      if (found && this.secondVerbPhrase(k) && !(gerundGoverned && this.tokens[k + 1]!.lower.endsWith('ing'))) found = false;
      if (HYPOTHETICALS.has(w)) {
        found = true;
        gerundGoverned = this.tokens[k + 1]?.lower.endsWith('ing') === true;
      }
      // "called for", "calls on X to": a request.
      if (/^call/.test(w) && (this.tokens[k + 1]?.lower === 'for' || this.tokens[k + 1]?.lower === 'on')) found = true;
      // "May 3", "in May": the month, not the modal (which news capitalises only to open a sentence).
      if (w === 'may' && this.tokens[k]!.upper && (this.tokens[k + 1]?.shape === 'number' || MONTH_GOVERNORS.has(this.lower(k - 1)))) continue;
      if (STRONG_MODALS.has(w) || (MODALS.has(w) && !allowWill)) found = true;
    }
    return found;
  }

  /** Verb at t is a passive participle: "were expelled", "had been declared" (not "was expelling"). */
  passive(t: number): boolean {
    if (this.tokens[t]?.lower.endsWith('ing')) return false;
    for (let k = t - 1; k >= 0 && k >= t - 4; k--) {
      const w = this.tokens[k]!.lower;
      if (BE_FORMS.has(w)) return true;
      // "was planned and directed by X": a participle joined to a passive one.
      if ((w === 'and' || w === 'or') && k > 0 && this.tokens[k - 1]!.lower.endsWith('ed') && this.passive(k - 1)) return true;
      // ('had been "harassed and detained"': past the quotation mark that opens the participle.)
      if (k === t - 1 && OPENING_QUOTES.has(w)) continue;
      if (!ADVERB_FILLERS.has(w)) break;
    }
    return this.reducedPassive(t);
  }

  /**
   * A passive with its "be" left out, as headlines and reduced relatives write it: "Two Russian
   * diplomats expelled by Norway", "Russian diplomats expelled from Britain". Only a regular
   * participle right before "by" (or "from") and a named actor: an active verb never has either there.
   */
  private reducedPassive(t: number): boolean {
    const verb = this.tokens[t]!.lower;
    const next = this.tokens[t + 1]?.lower;
    // "Russian consul expelled over greeting to Cossack society", "Two Russian diplomats expelled
    // for spying": a state's people right before the participle, and a preposition after it
    // where an active verb's object would stand.
    const before = this.cover[t - 1];
    // (Only verbs that need an object: "Afghan forces fired on Pakistani troops" is active.)
    if ((REMOVAL_PARTICIPLES.has(verb) || OBJECT_PARTICIPLES.has(verb)) && before !== undefined && before.last === t && before.form === 'nationals' && PARTICIPLE_ADJUNCTS.has(next ?? '')) return true;
    if (!verb.endsWith('ed') || (next !== 'by' && !(next === 'from' && REMOVAL_PARTICIPLES.has(verb)))) return false;
    const k = this.tokens[t + 2]?.lower === 'the' ? t + 3 : t + 2;
    // ("congratulated by Arab and Turkish leaders": past a few words of a plain noun phrase.)
    for (let j = k; j < k + 4 && this.tokens[j]?.shape === 'word'; j++) {
      const actor = this.starting[j];
      if (actor !== undefined) return actor.form !== 'pronoun' && this.isActor(actor) && (next === 'by' || this.entityOf(actor)?.kind === 'State');
      if (next !== 'by') break;
    }
    return false;
  }

  /** A state's envoys from k: "diplomats", "embassy staff", "defence attache". */
  private envoysAt(k: number): boolean {
    const at = ENVOY_MODIFIERS.has(this.lower(k)) ? k + 1 : k;
    return ENVOY_NOUNS.has(this.lower(at)) && !this.tokens[at]!.upper;
  }

  /** Actor mentions after token `from` up to `to`, with coordinated ones ("the Netherlands and Britain"). */
  objectsAfter(from: number, to: number): Mention[] {
    for (let k = from; k < to; k++) {
      const tok = this.tokens[k]!;
      if (tok.text === ';' || RELATIVES.has(tok.lower) || (tok.lower === 'that' && k > from)) return [];
      let m = this.starting[k];
      if (!m || !this.isActor(m)) continue;
      // "accused his Rwandan counterpart": a possessive determiner is never the object, save a
      // state's before its envoys: "gave its embassy staff 24 hours" gives that state's.
      if (m.form === 'pronoun' && this.determiner(m) && !(this.entityOf(m)?.kind === 'State' && this.envoysAt(m.last))) continue;
      // "Ecuadorian President Daniel Noboa": the person, not the nationality before.
      m = this.pastModifiers(m);
      // "his Maldivian counterpart Moosa Zameer": the person named after the office.
      if (m.form === 'nationals' && this.tokens[m.last - 1]?.lower === 'counterpart') {
        const named = this.starting[m.last];
        if (named && this.isActor(named) && this.entityOf(named)?.kind === 'Person') m = named;
      }
      // "the people of Nigeria": the state whose people they are.
      if (m.form === 'nominal' && this.tokens[m.last]?.lower === 'of') {
        const owner = this.mentionAfter(m.last);
        if (owner && owner.object && this.isActor(owner)) m = owner;
      }
      if (m.possessive) {
        const next = this.starting[m.last + 1];
        if (next && this.isActor(next)) continue;
      }
      // "ordered the head of the Estonian Orthodox Church, Metropolitan Eugene, to leave": the
      // person named after an office's body is the one meant, not the body.
      const holder = this.officeHolderAfter(m) ?? this.personInOfficeAfter(m);
      if (holder) m = holder;
      const out = [m];
      let j = m.last;
      // ("King Salman of Saudi Arabia and Crown Prince Mohammed bin Salman": past the person's state.)
      if (this.tokens[j]?.lower === 'of' && this.entityOf(m)?.kind === 'Person') {
        const state = this.starting[this.tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1];
        if (state && state.kind === 'State' && state.form === 'name') j = state.last;
      }
      for (;;) {
        let k2 = j;
        if (this.tokens[k2]?.text === ',') k2++;
        if (this.tokens[k2]?.lower === 'and' || this.tokens[k2]?.lower === 'or') k2++;
        // "43 Indian nationals, along with 12 Sri Lankans", "as well as": one more of the same.
        else if ((this.tokens[k2]?.lower === 'along' || this.tokens[k2]?.lower === 'together') && this.tokens[k2 + 1]?.lower === 'with') k2 += 2;
        else if (this.tokens[k2]?.lower === 'as' && this.tokens[k2 + 1]?.lower === 'well' && this.tokens[k2 + 2]?.lower === 'as') k2 += 3;
        if (k2 === j || k2 >= to) break;
        if (this.tokens[k2]?.lower === 'the' || ((this.tokens[k2]?.lower === 'a' || this.tokens[k2]?.lower === 'an') && this.tokens[k2 + 1]?.lower !== 'dozen')) k2++;
        // "... and four Rwandan officials", "... and a dozen Rwandan officials": a count opens the next.
        if (this.tokens[k2]?.lower === 'a' && this.tokens[k2 + 1]?.lower === 'dozen') k2++;
        if (this.countOpensPeople(k2)) k2++;
        let next = this.starting[k2];
        if (!next || !this.isActor(next)) break;
        // "... and Armenian Prime Minister Nikol Pashinyan": the person, not the nationality before.
        next = this.pastModifiers(next);
        // "Hezbollah and its ally, the Amal Movement,": the one named in apposition, not the owner again.
        if (next.form === 'pronoun' && this.determiner(next)) {
          const c = this.plainWordsEnd(next.last, to);
          const at = this.tokens[c + 1]?.lower === 'the' ? c + 2 : c + 1;
          const named = c > next.last && this.tokens[c]?.text === ',' ? this.starting[at] : undefined;
          if (!named || !this.isActor(named) || named.first >= to) break;
          out.push(named);
          j = named.last;
          continue;
        }
        // "... diplomats and the Czech Republic sent home three more": a new subject, not an object.
        if (this.verbAt(next.last)) break;
        // "... to Mr Anwar, China's official Xinhua news agency reported": the one reporting it.
        // (", the Department of Trade and Industry (DTI) said": the comma may come before "the".)
        const comma = this.tokens[k2 - 1]?.text === ',' || (this.tokens[k2 - 1]?.lower === 'the' && this.tokens[k2 - 2]?.text === ',');
        if (comma && this.reporterEndsAt(next.last)) break;
        out.push(next);
        j = next.last;
      }
      return out;
    }
    return [];
  }

  /** After "<office> of (the) <body>": the person in the apposition that follows the body, if any. */
  private officeHolderAfter(body: Mention): Mention | undefined {
    let k = body.first - 1;
    if (this.tokens[k]?.lower === 'the') k--;
    if (this.tokens[k]?.lower !== 'of' || !(OFFICE_NOUNS.has(this.lower(k - 1)) || (this.tokens[k - 1]?.upper === true && TITLE_WORDS.has(this.lower(k - 1))))) return undefined;
    const isPerson = (m: Mention | undefined): m is Mention => m !== undefined && m.form === 'name' && this.isActor(m) && this.entityOf(m)?.kind === 'Person';
    if (this.tokens[body.last]?.text === ',') {
      const named = this.starting[body.last + 1];
      return isPerson(named) ? named : undefined;
    }
    // (With no comma, a capitalised office: "Premier of the State Council of the PRC Li Qiang".)
    if (!this.tokens[k - 1]!.upper) return undefined;
    const named = this.nameAfterBodies(body);
    return isPerson(named) ? named : undefined;
  }

  /**
   * "Senegal's new president, Bassirou Diomaye Faye,", "the Senegalese ambassador, X,": the
   * person named in apposition to a state's office is the one meant, not the state.
   */
  private personInOfficeAfter(owner: Mention): Mention | undefined {
    const kind = this.entityOf(owner)?.kind;
    if (kind !== 'State' && kind !== 'Agency') return undefined;
    let k = owner.last;
    if (this.tokens[k]?.lower === "'s") k++;
    const from = k;
    // ("the EU's High Representative for Foreign Affairs, Kaja Kallas,": a capitalised office,
    // its field after "for" or "of"; a body's office only when the owner is possessive.)
    const titled = owner.possessive === true || this.tokens[owner.last]?.lower === "'s";
    let role = false;
    while (k < from + 7 && this.tokens[k]?.shape === 'word' && !this.starting[k] && (!this.tokens[k]!.upper || titled)) {
      const w = officeWord(this.tokens[k]!.lower);
      if (PERSON_ROLE_NOUNS.has(w) || (titled && TITLE_WORDS.has(w) && this.tokens[k]!.upper)) role = true;
      k++;
    }
    if (k === from || (kind === 'Agency' && !titled) || !role || this.tokens[k]?.text !== ',') return undefined;
    const named = this.starting[k + 1];
    return named && named.form === 'name' && this.isActor(named) && this.entityOf(named)?.kind === 'Person' ? named : undefined;
  }

  /** Words from k, up to a few and no punctuation, end in a reporting verb ("official Xinhua news agency reported"). */
  private reporterEndsAt(k: number): boolean {
    // "the Department of Trade and Industry (DTI) said": past the short name in brackets.
    if (this.tokens[k]?.text === '(' && this.tokens[k + 2]?.text === ')') k += 3;
    for (let j = k; j < this.tokens.length && j < k + 6; j++) {
      const tok = this.tokens[j]!;
      if (tok.shape !== 'word' && tok.lower !== "'s") return false;
      if (REPORTING_VERBS.has(tok.lower) && !this.cover[j]) return true;
    }
    return false;
  }

  /** A person standing for their government: the state the article places them in, else the person. */
  private stateOfLeader(person: Mention): Mention {
    const affiliation = this.entityOf(person)?.affiliation;
    const state = affiliation?.startsWith('state:') ? this.table.find(affiliation) : undefined;
    return state?.kind === 'State' ? { ...person, entity: state.id } : person;
  }

  /** "his", "its", "their", and "her" before a noun: a determiner, not a noun phrase. */
  private determiner(m: Mention): boolean {
    const word = m.anaphor ?? '';
    if (word === 'his' || word === 'its' || word === 'their') return true;
    // ("Congratulations to my brother, President-elect X,": a quoted speaker's own.)
    if (word === 'my' || word === 'our' || word === 'your') return this.tokens[m.last]?.shape === 'word';
    if (word !== 'her') return false;
    const next = this.tokens[m.last];
    return next !== undefined && next.shape === 'word' && !PREPOSITIONS.has(next.lower) && !['and', 'or', 'but', 'that', 'as', 'again', 'too'].includes(next.lower);
  }

  /** A verb (or auxiliary) at token k, by form: enough to tell a new clause from a list. */
  /** The "and" at j lies in a list of titles apposed to a person and closed by the comma before the verb at t. */
  private inTitlesOfPerson(j: number, t: number): boolean {
    if (this.tokens[t - 1]?.text !== ',') return false;
    for (let k = j - 1; k > 0 && k > j - 12; k--) {
      const tok = this.tokens[k]!;
      if (tok.text === ',') {
        const before = this.cover[k - 1];
        if (before && before.kind === 'Person' && before.last === k) return true;
        continue;
      }
      if (!tok.upper && tok.lower !== 'of' && tok.lower !== 'the') return false;
    }
    return false;
  }

  verbAt(k: number): boolean {
    let tok = this.tokens[k];
    while (tok && ADVERBS.has(tok.lower)) tok = this.tokens[++k];
    if (!tok || tok.shape !== 'word' || tok.upper) return false;
    const w = tok.lower;
    return VERB_FORMS.has(w) || REPORTING_VERBS.has(w) || (/(?:ed|es)$/.test(w) && !NOT_VERBS.has(w));
  }

  /** "by X" agent after token t within the clause, or []. */
  agentAfter(t: number, limit: number): Mention[] {
    // (Past a first "by" whose noun has an agent of its own: "caused by a rocket misfired by X".)
    let chained = false;
    for (let k = t + 1; k < Math.min(limit, this.tokens.length); k++) {
      const w = this.tokens[k]!.lower;
      if (w === 'by') {
        // "ordered to leave ..., the ministry said in a statement carried by APS": the agent of
        // another participle ("declared persona non grata and expelled by Ghana" is this one's).
        const other = this.tokens[k - 1]!;
        if (!chained && k - 1 > t && other.lower.endsWith('ed') && !this.cover[k - 1] && !['and', 'or', ','].includes(this.lower(k - 2))) return [];
        let j = k + 1;
        // "by the junta": a nominal mention holds its article; a name does not ("by the Kremlin",
        // "by a UN Group of Experts").
        if (ARTICLES.has(this.lower(j)) && !this.starting[j]) j++;
        // "by outgoing President Nana Addo Dankwa Akufo-Addo": past a describing word before a titled person.
        const titled = this.tokens[j]?.shape === 'word' && !this.tokens[j]!.upper && !this.cover[j] ? this.starting[j + 1] : undefined;
        // ("by the official APS news agency": so before a body.)
        if ((titled?.kind === 'Person' && titled.title !== undefined) || (titled?.kind === 'Agency' && this.isActor(titled))) j++;
        // "by Arab and Turkish leaders": past a first describing word that names no one.
        if (!this.starting[j] && this.tokens[j]?.upper && this.lower(j + 1) === 'and' && this.isActor(this.starting[j + 2])) j += 2;
        const m = this.officerOf(this.starting[j]);
        if (m && this.isActor(m)) return [...this.objectsAfter(m.first, limit), ...this.secondAgent(m.first, limit)];
        // "by a hacking unit of the GRU", "by hackers working for China": people of an actor.
        const owner = this.ownerOfPeople(j, limit);
        if (owner >= 0) return this.objectsAfter(owner, limit);
        // "caused by a rocket misfired by Islamic Jihad": the thing's own agent is the one meant.
        if (this.participleByWithin(j, Math.min(limit, j + 5))) {
          chained = true;
          continue;
        }
        return [];
      }
      if (w === 'that' || RELATIVES.has(w) || w === ';') return [];
    }
    return [];
  }

  /** "congratulated by A, general secretary of ..., and by B": the agent after a second "and by". */
  private secondAgent(from: number, limit: number): Mention[] {
    // Past the clause's end: the first agent's apposition ("..., general secretary of X,") ends it.
    for (let k = from + 1; k < this.tokens.length - 1; k++) {
      const q = this.quote[k];
      // ("who sent a cable praising the "deep-rooted brotherhood", and by B": past a quote in the aside.)
      if (q !== this.quote[from] && q !== undefined && this.quote[from] === undefined) {
        k = q[1] - 1;
        continue;
      }
      if (this.tokens[k]!.text === ';' || q !== this.quote[from]) return [];
      if (this.tokens[k]!.lower !== 'by' || this.tokens[k - 1]!.lower !== 'and') continue;
      const j = this.tokens[k + 1]?.lower === 'the' && !this.starting[k + 1] ? k + 2 : k + 1;
      const m = this.officerOf(this.starting[j]);
      return m && this.isActor(m) ? this.objectsAfter(m.first, Math.max(limit, this.clauseEnd(j))) : [];
    }
    return [];
  }

  /** "(by) European Commission President Ursula von der Leyen": the titled person right after a body, else the mention. */
  private officerOf(m: Mention | undefined): Mention | undefined {
    const holder = m ? this.starting[m.last] : undefined;
    return m && m.kind !== 'Person' && holder?.kind === 'Person' && holder.title !== undefined && this.isActor(holder) ? holder : m;
  }

  /** A past participle right before a "by" between the tokens: "a rocket fired by". */
  private participleByWithin(from: number, to: number): boolean {
    for (let k = from + 1; k < to; k++) if (this.tokens[k]!.lower === 'by' && this.tokens[k - 1]!.lower.endsWith('ed') && !this.cover[k - 1]) return true;
    return false;
  }

  /**
   * After "a/the" + a few lower-case words naming people or a unit ("a hacking unit", "hackers")
   * and "of" or a link ("working for", "linked to"): where the actor they belong to starts, or -1.
   */
  ownerOfPeople(j: number, limit: number): number {
    let k = ARTICLES.has(this.lower(j)) ? j + 1 : j;
    const first = k;
    while (k < limit && k - first < 4 && this.tokens[k]!.shape === 'word' && !this.tokens[k]!.upper && !this.cover[k] && this.tokens[k]!.lower !== 'of' && !AGENT_LINKS.get(this.lower(k + 1))?.has(this.tokens[k]!.lower)) k++;
    if (k === first || !UNIT_NOUNS.has(this.tokens[k - 1]!.lower)) return -1;
    if (this.tokens[k]?.lower === 'of') k++;
    else if (AGENT_LINKS.get(this.lower(k + 1))?.has(this.lower(k))) k += 2;
    else return -1;
    if (this.tokens[k]?.lower === 'the' && !this.starting[k]) k++;
    // ("a cell of the group known as the Syrian Democratic Forces": past the naming words.)
    if (!this.starting[k] && GROUP_WORDS.has(this.lower(k)) && this.lower(k + 1) === 'known' && this.lower(k + 2) === 'as') k += this.lower(k + 3) === 'the' && !this.starting[k + 3] ? 4 : 3;
    return k < limit && this.isActor(this.starting[k]) ? k : -1;
  }

  /**
   * "fighters of Boko Haram were behind": the actor whose people open the clause at `start`, as a
   * subject of the verb at t, or none.
   */
  peopleOwnerOpening(start: number, t: number): Mention[] {
    const owner = this.ownerOfPeople(start, t);
    return owner < 0 ? [] : this.objectsAfter(owner, t).slice(0, 1);
  }

  /** End of the clause that starts at or before t: the next boundary after t. */
  clauseEnd(t: number): number {
    for (let k = t + 1; k < this.tokens.length; k++) {
      const tok = this.tokens[k]!;
      if (tok.text === ';' || tok.text === ':' || tok.text === '.') return k;
      if (this.subordinatorAt(k) && tok.lower !== 'since' && tok.lower !== 'even') return k;
      if (RELATIVES.has(tok.lower) && tok.lower !== 'whose') return k;
      if ((tok.lower === 'and' || tok.lower === 'but') && this.tokens[k - 1]?.text === ',') return k;
      // "congratulated the new chancellor and thanked Germany": a second verb phrase has its own objects.
      if (this.secondVerbPhrase(k)) return k;
      if (tok.text === ',' && this.tokens[k + 1]?.lower.endsWith('ing')) return k;
    }
    return this.tokens.length;
  }
}
