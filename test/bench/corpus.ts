// A synthetic news corpus for the benchmark, generated from a seed: the same seed always gives
// the same articles, with no download. Articles are ~2 KB of wire-style prose with the actors
// and turns of phrase the extractor must handle: states by name, capital and demonym, people
// with titles, agencies; expulsions, accusations, denials, congratulations, threats; active and
// passive voice, negations and quotes.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Country } from 'world-countries';

// Loaded through require: the package's ES entry re-exports a JSON file without an import attribute.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** mulberry32: a tiny seeded generator; Math.random cannot be seeded and no dependency is needed for this. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface State {
  name: string;
  capital: string;
  demonym: string;
}

interface Person {
  name: string;
  title: string;
  state: State;
  pronoun: 'he' | 'she';
}

const STATES: State[] = countries
  .flatMap((c) => (c.independent && c.capital[0] && c.demonyms?.eng?.m ? [{ name: c.name.common, capital: c.capital[0], demonym: c.demonyms.eng.m }] : []))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

const FIRST_NAMES: [string, 'he' | 'she'][] = [
  ['Anna', 'she'], ['Marek', 'he'], ['Ilse', 'she'], ['Tomas', 'he'], ['Leila', 'she'], ['Kwame', 'he'], ['Sofia', 'she'],
  ['Dmitri', 'he'], ['Ines', 'she'], ['Rafael', 'he'], ['Noor', 'she'], ['Henrik', 'he'], ['Mei', 'she'], ['Oluwaseun', 'he'],
  ['Camila', 'she'], ['Jonas', 'he'], ['Amara', 'she'], ['Pavel', 'he'], ['Yuki', 'she'], ['Tariq', 'he'],
];
const LAST_NAMES = [
  'Kovalenko', 'Lindqvist', 'Okafor', 'Brennan', 'Haddad', 'Novak', 'Castellano', 'Varga', 'Nakamura', 'Adeyemi', 'Moreau',
  'Petrov', 'Sandoval', 'Keller', 'Mensah', 'Rahimi', 'Dubois', 'Albescu', 'Takeda', 'Ferreira', 'Holm', 'Zielinski',
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Ambassador', 'Deputy Foreign Minister'];
const AGENCY_KINDS = ['Foreign Ministry', 'Interior Ministry', 'Embassy in {capital}', 'intelligence service', 'State Security Committee'];
const OUTSIDE_AGENCIES = ['the United Nations', 'NATO', 'the European Union', 'the Council of Europe', 'Interpol', 'the International Atomic Energy Agency'];
const NEWS_AGENCIES = ['Reuters', 'the Associated Press', 'Agence France-Presse', 'the Northern Wire Service'];
const INCIDENTS = ['the cyberattack on the national grid', 'the poisoning of a former intelligence officer', 'the bombing of an arms depot', 'the hacking of election servers', 'the sabotage of an undersea cable', 'the disappearance of a dissident journalist'];
const OCCASIONS = ['the election victory', 'the national day', 'the successful summit', 'the signing of the trade agreement', 'the reelection'];
const STAFF = ['diplomats', 'embassy staff', 'intelligence officers', 'consular officials', 'attachés'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
const FILLER = [
  'The announcement came after weeks of tense talks between the two capitals.',
  'Officials said further measures could follow in the coming days.',
  'The move is the latest in a series of diplomatic disputes in the region.',
  'Analysts said the decision was likely to strain trade relations.',
  'Several neighbouring governments said they were studying the evidence.',
  'Parliament is expected to debate the matter later this week.',
  'Markets showed little reaction to the news on {day}.',
  'The dispute has simmered since the summer, when talks on a border treaty collapsed.',
];

export interface GeneratedArticle {
  name: string;
  text: string;
}

class ArticleWriter {
  private readonly sentences: string[] = [];

  constructor(readonly random: () => number) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  count(): string {
    return this.chance(0.5) ? this.pick(NUMBER_WORDS) : String(2 + Math.floor(this.random() * 60));
  }

  person(state: State): Person {
    const [first, pronoun] = this.pick(FIRST_NAMES);
    return { name: `${first} ${this.pick(LAST_NAMES)}`, title: this.pick(TITLES), state, pronoun };
  }

  /** A way to name a state as an actor: its name, its capital, or its government. */
  stateRef(state: State): string {
    const r = this.random();
    if (r < 0.6) return state.name;
    if (r < 0.8) return state.capital;
    return `the ${state.demonym} government`;
  }

  agency(state: State): string {
    return `the ${state.demonym} ${this.pick(AGENCY_KINDS).replace('{capital}', this.pick(STATES).capital)}`;
  }

  say(sentence: string): void {
    this.sentences.push(sentence.replace('{day}', this.pick(DAYS)));
  }

  get length(): number {
    return this.sentences.reduce((sum, s) => sum + s.length + 1, 0);
  }

  paragraphs(): string {
    const out: string[] = [];
    for (let i = 0; i < this.sentences.length; i += 3) out.push(this.sentences.slice(i, i + 3).join(' '));
    return out.join('\n\n');
  }
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One event sentence about actor `a` and other party `b`, in one of many phrasings. */
function eventSentence(w: ArticleWriter, a: State, b: State, pa: Person, pb: Person): string {
  const A = capitalise(w.stateRef(a));
  const n = w.count();
  const staff = w.pick(STAFF);
  const day = '{day}';
  switch (w.pick(['expel', 'expel', 'accuse', 'accuse', 'deny', 'congratulate', 'threaten', 'negated', 'quote', 'agency'] as const)) {
    case 'expel':
      return w.pick([
        `${A} expelled ${n} ${b.demonym} ${staff} on ${day}.`,
        `${A} ordered ${n} ${b.demonym} ${staff} out of the country.`,
        `${capitalise(n)} ${b.demonym} ${staff} were expelled by ${w.stateRef(a)} last week.`,
        `The ${b.demonym} ambassador was ordered to leave by ${a.capital} within 72 hours.`,
        `${pa.title} ${pa.name} announced that ${a.name} would expel ${n} ${b.demonym} ${staff}.`,
        `${A} declared ${n} ${b.demonym} ${staff} persona non grata.`,
      ]);
    case 'accuse':
      return w.pick([
        `${A} accused ${b.name} of ${w.pick(INCIDENTS)}.`,
        `${pa.title} ${pa.name} blamed ${b.name} for ${w.pick(INCIDENTS)}.`,
        `${b.name} was accused by ${w.stateRef(a)} of ${w.pick(INCIDENTS)}.`,
        `The investigation led ${pa.name} to conclude that ${b.name} was responsible for ${w.pick(INCIDENTS)}.`,
      ]);
    case 'deny':
      return w.pick([
        `${capitalise(w.stateRef(b))} denied any involvement in ${w.pick(INCIDENTS)}.`,
        `${capitalise(w.stateRef(b))} rejected the accusations by ${a.name} as absurd.`,
        `${pb.title} ${pb.name} dismissed the claims as "a provocation".`,
        `The ${b.demonym} Foreign Ministry denied responsibility on ${day}.`,
      ]);
    case 'congratulate':
      return w.pick([
        `${pa.title} ${pa.name} congratulated ${pb.title} ${pb.name} on ${w.pick(OCCASIONS)}.`,
        `${pa.name} called ${pb.name} to congratulate ${pb.pronoun === 'he' ? 'him' : 'her'} on ${w.pick(OCCASIONS)}.`,
        `${A} sent a message congratulating ${b.name} on ${w.pick(OCCASIONS)}.`,
      ]);
    case 'threaten':
      return w.pick([
        `${A} threatened to expel ${b.demonym} ${staff} if the attacks continued.`,
        `${pb.name} suggested that ${b.name} could expel an equal number of ${a.demonym} ${staff}.`,
        `${A} warned ${b.name} of "serious consequences".`,
      ]);
    case 'negated':
      return w.pick([
        `${A} did not expel any ${b.demonym} ${staff}, officials said.`,
        `${pa.title} ${pa.name} declined to blame ${b.name} for ${w.pick(INCIDENTS)}.`,
        `${pa.name} did not congratulate ${pb.name} on ${w.pick(OCCASIONS)}.`,
        `${A} has not accused ${b.name} of any wrongdoing.`,
      ]);
    case 'quote':
      return w.pick([
        `"We will not tolerate ${b.demonym} attempts to undermine our security," ${pa.title} ${pa.name} told reporters.`,
        `"These accusations are baseless," ${pb.name} said in a statement on ${day}.`,
        `"The expulsions are a proportionate response," a spokesperson for ${w.agency(a)} said.`,
      ]);
    case 'agency':
      return w.pick([
        `${capitalise(w.agency(a))} summoned the ${b.demonym} ambassador on ${day}.`,
        `${capitalise(w.pick(OUTSIDE_AGENCIES))} called on ${a.name} and ${b.name} to show restraint.`,
        `${capitalise(w.agency(b))} said it had expelled ${n} ${a.demonym} ${staff} in response.`,
      ]);
  }
}

function headline(w: ArticleWriter, a: State, b: State): string {
  return w.pick([
    `${a.name} expels ${b.demonym} diplomats over ${w.pick(INCIDENTS).replace(/^the /, '')}`,
    `${a.name} accuses ${b.name} of ${w.pick(INCIDENTS).replace(/^the /, '')}`,
    `${b.name} denies ${a.demonym} accusations`,
    `${a.name} and ${b.name} trade expulsions`,
    `Leaders congratulate ${b.name} on ${w.pick(OCCASIONS).replace(/^the /, '')}`,
  ]);
}

/** The `index`-th article of the corpus for `seed`: the same pair always gives the same text. */
export function generateArticle(seed: number, index: number, targetBytes = 2048): GeneratedArticle {
  const w = new ArticleWriter(seededRandom((seed * 1_000_003 + index) >>> 0));
  const a = w.pick(STATES);
  let b = w.pick(STATES);
  while (b === a) b = w.pick(STATES);
  const others = [w.pick(STATES), w.pick(STATES)];
  const pa = w.person(a);
  const pb = w.person(b);
  const title = headline(w, a, b);
  w.say(`${capitalise(w.stateRef(a))} moved against ${b.name} on {day}, ${w.pick(NEWS_AGENCIES)} reported.`);
  while (w.length < targetBytes - title.length - 60) {
    const r = w.random();
    if (r < 0.2) w.say(w.pick(FILLER));
    else if (r < 0.35) {
      const o = w.pick(others);
      if (o !== b) w.say(eventSentence(w, o, b, w.person(o), pb));
    } else w.say(eventSentence(w, a, b, pa, pb));
  }
  const name = `article-${String(index).padStart(6, '0')}.txt`;
  return { name, text: `${title}\n\n${w.paragraphs()}\n` };
}

/** Writes `count` articles to `dir` and returns their total size in bytes. */
export async function writeCorpus(dir: string, seed: number, count: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = generateArticle(seed, i);
    await writeFile(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
