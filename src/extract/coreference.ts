// Stage 4b: pronouns ("he", "it", "they") and nominals ("the ministry", "the president",
// "the kingdom", "the officers") -> the entity they refer back to, by recency and agreement.
import { COUNTRIES } from './lexicon/countries.ts';
import type { EntityTable, SentenceMentions } from './entities.ts';
import type { Entity, Mention } from './types.ts';

interface Seen {
  mention: Mention;
  entity: Entity;
  sentence: number;
}

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 3;
const NOMINAL_REACH = 8;

function actorLike(seen: Seen): boolean {
  const m = seen.mention;
  return !m.locative && !m.modifier && m.form !== 'demonym' && (seen.entity.kind === 'State' || seen.entity.kind === 'Agency');
}

function latest(history: readonly Seen[], sentence: number, reach: number, test: (seen: Seen) => boolean): Entity | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const seen = history[k]!;
    if (sentence - seen.sentence > reach) return undefined;
    if (test(seen)) return seen.entity;
  }
  return undefined;
}

function hasKey(entity: Entity, prefix: string): boolean {
  for (const key of entity.keys) if (key.startsWith(prefix)) return true;
  return false;
}

function resolvePronoun(m: Mention, history: readonly Seen[], sentence: number): Entity | undefined {
  const word = m.anaphor ?? '';
  if (['he', 'him', 'his', 'she', 'her'].includes(word)) return latest(history, sentence, PRONOUN_REACH, (s) => s.entity.kind === 'Person');
  if (word === 'it' || word === 'its') return latest(history, sentence, PRONOUN_REACH, (s) => actorLike(s) && !s.mention.plural);
  // they / them / their: a plural mention nearby, else a state or agency.
  return (
    latest(history, sentence, 1, (s) => Boolean(s.mention.plural) && s.entity.kind !== 'Place') ??
    latest(history, sentence, PRONOUN_REACH, (s) => actorLike(s))
  );
}

function resolveNominal(m: Mention, history: readonly Seen[], sentence: number): Entity | undefined {
  const word = m.anaphor ?? '';
  switch (word) {
    case 'ministry':
      return latest(history, sentence, NOMINAL_REACH, (s) => hasKey(s.entity, 'agency:ministry'));
    case 'embassy':
    case 'mission':
    case 'consulate':
      return latest(history, sentence, NOMINAL_REACH, (s) => hasKey(s.entity, 'agency:post'));
    case 'department':
    case 'agency':
    case 'service':
    case 'committee':
    case 'council':
    case 'commission':
    case 'office':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && s.entity.name.toLowerCase().includes(word));
    case 'government':
    case 'regime':
    case 'authorities':
      return (
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && s.mention.form === 'government') ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && actorLike(s))
      );
    case 'administration':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && s.mention.form === 'government' && /administration/i.test(s.mention.surface));
    case 'kingdom':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && Boolean(COUNTRIES.get(s.entity.iso ?? '')?.kingdom));
    case 'republic':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && /Republic/.test(COUNTRIES.get(s.entity.iso ?? '')?.official ?? ''));
    default:
      break;
  }
  if (m.kind === 'Person') {
    // "the Brazilian leader": the last person of that state, else the last one mentioned there.
    if (m.iso) {
      return (
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Person' && s.entity.affiliation === `state:${m.iso}`) ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Person' && s.mention.first >= 0 && isNear(history, s, m.iso!))
      );
    }
    const words = (m.title ?? word).toLowerCase().split(/\s+/);
    const person = latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Person' && words.every((w) => (s.entity.title ?? '').toLowerCase().includes(w)));
    if (person) return person;
  }
  // "the officers", "the envoys", "the 18": the last group of people named with that noun, else
  // the last group of a state's or agency's people.
  if (m.kind === 'Group' || m.kind === 'Person') {
    return (
      latest(history, sentence, NOMINAL_REACH, (s) => (s.mention.object ?? '').toLowerCase().includes(word) && s.entity.kind !== 'Place') ??
      latest(history, sentence, NOMINAL_REACH, (s) => s.mention.object !== undefined && Boolean(s.mention.plural) === Boolean(m.plural) && s.entity.kind !== 'Place' && s.entity.kind !== 'Person')
    );
  }
  return undefined;
}

/** A person mentioned in the same sentence as a mention of state `iso` ("Brazil's Lula"). */
function isNear(history: readonly Seen[], person: Seen, iso: string): boolean {
  return history.some((s) => s.sentence === person.sentence && s.entity.iso === iso && Math.abs(s.mention.first - person.mention.first) <= 3);
}

/** Resolves pronouns and nominals in document order; unresolved ones keep no entity. */
export function resolveReferences(sentences: readonly SentenceMentions[], table: EntityTable): void {
  const history: Seen[] = [];
  sentences.forEach((s, sentence) => {
    for (const m of s.mentions) {
      if (m.entity === undefined && (m.form === 'pronoun' || m.form === 'nominal')) {
        let entity = m.form === 'pronoun' ? resolvePronoun(m, history, sentence) : resolveNominal(m, history, sentence);
        // "the Brazilian leader" with no person to point at still stands for the state.
        if (!entity && m.iso) entity = table.find(`state:${m.iso}`);
        if (entity) table.attach(m, entity, false);
      }
      if (m.entity !== undefined) history.push({ mention: m, entity: table.get(m.entity), sentence });
    }
  });
}
