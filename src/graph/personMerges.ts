// People across articles: one article says "Vladimir Putin", another only "Russian President
// Putin"; one "Bola Ahmed Tinubu", another "Bola Tinubu". Within an article the extractor joins
// such names; across articles their slugs differ, so this plans which stored person nodes are
// one person. It plans only where the stored graph leaves no doubt (see planPersonMerges).
import { slug } from './ids.ts';

/** A stored Person node as the plan needs it. */
export interface StoredPerson {
  id: string;
  name: string;
  /** Every form the articles named the person by ("Xi" for "Xi Jinping"). */
  aliases?: readonly string[];
  /** The office the articles give them ("Foreign Minister"), if any. */
  title?: string;
  /** What the person acts for in some article: the states and agencies they lead, hold office in or speak for. */
  sides: readonly string[];
}

/** Fold the node `from` into the node `into`: its edges, mentions and aliases move there. */
export interface PersonMerge {
  from: string;
  into: string;
}

/**
 * A name word as it is compared across articles: its slug with the usual variants of romanised
 * Russian and Central Asian names folded ("Dmitry"/"Dmitri", "Sergey"/"Sergei",
 * "Zhaparov"/"Japarov", "Mohammed"/"Mohamed"). Why by hand: no library does this folding.
 */
function spellingKey(word: string): string {
  return slug(word)
    .replace(/d?zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/([a-z])\1/g, '$1')
    .replace(/(?:iy|y)$/, 'i')
    .replace(/ey$/, 'ei')
    .replace(/iya$/, 'ia');
}

/** The words of a name as compared: "Radosław Sikorski" -> ["radoslaw", "sikorski"]. */
function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((word) => slug(word).length > 0).map(spellingKey);
}

/** An office as compared: "Foreign Minister" and "foreign minister" are one. */
function officeKey(title: string | undefined): string | undefined {
  const key = title?.trim().toLowerCase().replace(/\s+/g, ' ');
  return key ? key : undefined;
}

/**
 * The shorter name is the longer one cut down: the surname alone ("Putin" of "Vladimir Putin"),
 * a one-word name an article gave the longer one ("Xi" of "Xi Jinping", whose family name comes
 * first), or first and last name without the middle ones ("Bola Tinubu" of "Bola Ahmed Tinubu").
 */
function isShortFormOf(short: readonly string[], long: readonly string[], longAliases: ReadonlySet<string>): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  if (short.length === 1) return short[0] === long.at(-1) || longAliases.has(short[0]!);
  if (short[0] !== long[0]) return false;
  // "Rodrigo Paz" of "Rodrigo Paz Pereira": the first names and the father's surname, the mother's left off.
  if (short.every((word, k) => long[k] === word)) return true;
  if (short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const word of long) if (word === short[k]) k++;
  return k === short.length;
}

/**
 * The pairs whose names alone would allow a merge (the shorter name first): the people whose
 * articles the plan must know before it can rule out a pair two articles keep apart.
 */
export function nameRelatedPairs(people: readonly StoredPerson[]): PersonMerge[] {
  const words = new Map(people.map((p) => [p.id, nameWords(p.name)]));
  const oneWordAliases = new Map(people.map((p) => [p.id, new Set((p.aliases ?? []).map(nameWords).filter((a) => a.length === 1).map((a) => a[0]!))]));
  // A longer name is found by its last word and by its one-word aliases.
  const byWord = new Map<string, StoredPerson[]>();
  for (const p of people) {
    const own = words.get(p.id)!;
    if (own.length < 2) continue;
    // (Under every word of three or more: "Rodrigo Paz" ends on a middle one of "Rodrigo Paz Pereira".)
    const keys = own.length > 2 ? own.slice(1) : [own.at(-1)!];
    for (const word of new Set([...keys, ...oneWordAliases.get(p.id)!])) byWord.set(word, [...(byWord.get(word) ?? []), p]);
  }
  // One word that stands alone in several nodes: "Lula" with no state, and "Lula" of Brazil (`lula-bra`).
  const byOneWord = new Map<string, StoredPerson[]>();
  for (const p of people) {
    const own = words.get(p.id)!;
    if (own.length === 1) byOneWord.set(own[0]!, [...(byOneWord.get(own[0]!) ?? []), p]);
  }
  const pairs: PersonMerge[] = [];
  for (const short of people) {
    const own = words.get(short.id)!;
    for (const long of own.length > 0 ? (byWord.get(own.at(-1)!) ?? []) : []) {
      if (short.id !== long.id && isShortFormOf(own, words.get(long.id)!, oneWordAliases.get(long.id)!)) pairs.push({ from: short.id, into: long.id });
    }
    if (own.length === 1 && short.sides.length === 0) {
      for (const same of byOneWord.get(own[0]!) ?? []) if (same.id !== short.id && same.sides.length > 0) pairs.push({ from: short.id, into: same.id });
    }
  }
  // Two spellings of one full name ("Dmitry Peskov", "Dmitri Peskov"): a pair each way, the plan keeps one.
  const byFullName = new Map<string, StoredPerson[]>();
  for (const p of people) {
    const own = words.get(p.id)!;
    if (own.length > 1) byFullName.set(own.join(' '), [...(byFullName.get(own.join(' ')) ?? []), p]);
  }
  for (const spellings of byFullName.values()) {
    for (const a of spellings) for (const b of spellings) if (a.id !== b.id) pairs.push({ from: a.id, into: b.id });
  }
  return pairs;
}

interface Node {
  id: string;
  title: string | undefined;
  words: string[];
  sides: Set<string>;
  articles: Set<string>;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * What links a shorter name to a longer one (never when one article names both). A surname needs
 * the same side: "Johnson" of the United States is not "Boris Johnson" of the United Kingdom, and
 * every side of the surname must be one of the full name's (a surname node acting for two states
 * may be two namesakes). A surname of no stated side needs the same office. Names of two words or
 * more, and two spellings of one name, need only no contradiction: sides, where both have some,
 * must meet.
 */
function linked(short: Node, long: Node): boolean {
  if (intersects(short.articles, long.articles)) return false; // one article kept them apart
  // The same one word, of no state, joins the one node of that word that has a state.
  if (short.words.length === 1 && long.words.length === 1) return short.words[0] === long.words[0] && short.sides.size === 0 && long.sides.size > 0;
  // A surname of no stated side that holds the same office: "Foreign Minister Lambrechts".
  if (short.words.length === 1 && short.sides.size === 0) return short.title !== undefined && short.title === long.title;
  if (short.words.length === 1) return [...short.sides].every((side) => long.sides.has(side));
  // Two spellings of one name: into the node more articles name (else the first id), as one node
  // of the same slug would be, unless their sides differ.
  if (short.words.length === long.words.length) {
    const before = long.articles.size > short.articles.size || (long.articles.size === short.articles.size && long.id < short.id);
    if (!before) return false;
  }
  return short.sides.size === 0 || long.sides.size === 0 || intersects(short.sides, long.sides);
}

/**
 * The merges, in the order to apply them. A short name merges only when exactly one longer name
 * qualifies; "Putin" waits while "Vladimir Putin" and "Vladimir Vladimirovich Putin" are two
 * nodes, and joins the one they become. `articlesOf` gives the articles that mention a person;
 * `related` is nameRelatedPairs(people), when the caller has it already.
 */
export function planPersonMerges(people: readonly StoredPerson[], articlesOf: (id: string) => Iterable<string>, related = nameRelatedPairs(people)): PersonMerge[] {
  const nodes = new Map<string, Node>(people.map((p) => [p.id, { id: p.id, title: officeKey(p.title), words: nameWords(p.name), sides: new Set(p.sides), articles: new Set(articlesOf(p.id)) }]));
  const merges: PersonMerge[] = [];
  // Longest short names first, so that a middle-name merge happens before a surname looks for its one candidate.
  const pairs = [...related].sort((a, b) => nodes.get(b.from)!.words.length - nodes.get(a.from)!.words.length || a.from.localeCompare(b.from));
  for (let changed = true; changed; ) {
    changed = false;
    const candidates = new Map<string, Set<string>>();
    for (const { from, into } of pairs) {
      const short = nodes.get(from);
      const long = nodes.get(into);
      if (!short || !long || !linked(short, long)) continue;
      candidates.set(from, (candidates.get(from) ?? new Set()).add(into));
    }
    for (const [from, intos] of candidates) {
      if (intos.size !== 1 || !nodes.has(from)) continue;
      const into = [...intos][0]!;
      const short = nodes.get(from)!;
      const long = nodes.get(into);
      // Merged away, or grown by a merge, earlier in this round: decide again next round.
      if (!long || !linked(short, long)) continue;
      for (const side of short.sides) long.sides.add(side);
      for (const article of short.articles) long.articles.add(article);
      nodes.delete(from);
      merges.push({ from, into });
      changed = true;
    }
  }
  return merges;
}
