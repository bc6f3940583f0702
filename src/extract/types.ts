// What the extractor hands to the rest of the pipeline, and the shapes its stages pass along.
import type { NewsGraph, SerializedNewsGraph } from '../graph/model.ts';
import type { EntityKind, RelationType } from '../ontology.ts';

export interface ArticleInfo {
  /** Stable id from the normalised text (see graph/ids.ts). */
  id: string;
  /** First line of the normalised text. */
  title: string;
  /** The normalised text: every edge's start/end offsets index into it. */
  text: string;
  /** Where it came from (path or "stdin"), informational only. */
  source: string;
}

export interface Extraction {
  article: ArticleInfo;
  graph: NewsGraph;
}

/** An extraction with its graph already serialised (graphology's `export()` form, our JSON format). */
export interface ExtractionData {
  article: ArticleInfo;
  graph: SerializedNewsGraph;
}

export interface ExtractOptions {
  source?: string;
  /** The text is Markdown (a .md file): its markup is read, not kept as words. */
  markdown?: boolean;
}

// ---- stage 1: normalise -------------------------------------------------------------------

export interface NormalisedArticle {
  /** BOM removed, line ends LF, HTML turned into text. */
  text: string;
  title: string;
  /** Offsets of the title line. */
  titleStart: number;
  titleEnd: number;
  /** Where the body starts: after the title, and after a first paragraph that repeats it. */
  bodyStart: number;
}

// ---- stage 2: sentences and tokens --------------------------------------------------------

export interface Sentence {
  /** Index of the sentence in the article, title = 0. */
  index: number;
  /** Offsets into the normalised text; `text === article.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** True for the headline. */
  isTitle: boolean;
}

export type TokenShape = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Lower case text. */
  lower: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  shape: TokenShape;
  /** First character is an upper-case letter. */
  upper: boolean;
}

// ---- stage 3: mentions --------------------------------------------------------------------

/** How a mention names its entity; decides whether it can act and whether it is an alias. */
export type MentionForm =
  | 'name' // "Russia", "Theresa May", "NATO"
  | 'capital' // "Moscow" acting for Russia
  | 'government' // "the U.K. government", "the Biden administration"
  | 'demonym' // "Russian" as a modifier with no head noun of its own
  | 'nationals' // "60 Russian diplomats", "23 Russians": the state as the other party
  | 'pronoun' // he, she, it, they
  | 'nominal'; // "the ministry", "the president", "the kingdom", "the officers"

export interface Mention {
  /** Token range [first, last] within its sentence (inclusive, exclusive). */
  first: number;
  last: number;
  sentence: number;
  kind: EntityKind;
  form: MentionForm;
  /** Surface text as written (without a leading "the"). */
  surface: string;
  /** Identity key before resolution: "state:RUS", "person:theresa may", "agency:ministry:foreign:RUS". */
  key: string;
  /** Canonical name proposed by this mention. */
  name: string;
  iso?: string;
  /** Office for people ("Prime Minister"). */
  title?: string;
  /** State (iso3) or agency key the mention belongs to: "British Prime Minister" -> GBR. */
  affiliation?: string;
  /** "60 Russian diplomats" -> 60, "diplomats". */
  count?: number;
  object?: string;
  /** Followed by 's. */
  possessive?: boolean;
  /** Plural pronoun or group. */
  plural?: boolean;
  /** A place, not an actor: "in Moscow", "to the United States". */
  locative?: boolean;
  /** Only qualifies another noun: "Russian" in "Russian gas", "U.S." in "U.S. politics". */
  modifier?: boolean;
  /** The medium that carried someone's words: "read on the state broadcaster RTB", "carried by KCNA". */
  carrier?: boolean;
  /** Pronoun or nominal text, lower case ("he", "the ministry"). */
  anaphor?: string;
  /** Set by resolution: the entity the mention refers to. */
  entity?: number;
}

// ---- stage 4: entities --------------------------------------------------------------------

export interface Entity {
  id: number;
  /** Node key: slug of the canonical name (events carry the article id too). */
  key: string;
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  title?: string;
  iso?: string;
  /** State iso3 or agency key it belongs to. */
  affiliation?: string;
  /** For people, when a title, a kinship noun or a pronoun has said it. */
  gender?: 'm' | 'f';
  mentions: number;
  /** Lookup keys that resolved to it. */
  keys: Set<string>;
  /** A group that stands for states the article listed ("the seven countries"): their ids. */
  members?: number[];
}

// ---- stage 5: relations -------------------------------------------------------------------

export interface RelationCandidate {
  relation: RelationType;
  source: number;
  target: number;
  sentence: number;
  count?: number;
  object?: string;
  confidence: number;
  /** Which rule produced it, for debugging and tests. */
  rule: string;
}
