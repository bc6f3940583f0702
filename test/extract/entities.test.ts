import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/extract/coreference.ts';
import { resolveEntities } from '../../src/extract/entities.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { normaliseArticle } from '../../src/extract/normalise.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { scored } from './helpers.ts';

function resolve(text: string) {
  const sentences = splitSentences(normaliseArticle(text)).map((s) => ({ tokens: s.tokens, mentions: findMentions(s), text: s.text }));
  const table = resolveEntities(sentences);
  resolveReferences(sentences, table);
  const refer = (sentence: number, surface: string) => {
    const m = sentences[sentence]!.mentions.find((x) => x.surface === surface);
    return m?.entity === undefined ? undefined : table.get(m.entity).name;
  };
  return { table, refer, names: table.entities.map((e) => `${e.kind}:${e.name}`) };
}

describe('resolveEntities and resolveReferences', () => {
  it('merges surnames, capitals and government forms into one entity each', () => {
    const { names, table } = resolve('Title\n\nPresident William Ruto spoke. Ruto said Nairobi and the Kenyan government agreed with Kenya.');
    expect(names).toEqual(['Person:William Ruto', 'State:Kenya']);
    const kenya = table.entities.find((e) => e.name === 'Kenya')!;
    expect([...kenya.aliases].sort()).toEqual(['Kenya', 'Kenyan government', 'Nairobi']);
    expect(kenya.iso).toBe('KEN');
  });

  it('reads the official short names news uses and "St." for "Saint" as the state the package names otherwise', () => {
    const { names } = resolve('Title\n\nCabo Verde and Bosnia met St. Lucia and St Kitts and Nevis. Nur-Sultan protested.');
    expect(names).toEqual(['State:Cape Verde', 'State:Bosnia and Herzegovina', 'State:Saint Lucia', 'State:Saint Kitts and Nevis', 'State:Kazakhstan']);
  });

  it('names a post in a city that is no capital in full ("Embassy in Tel Aviv", "Consulate in Rio de Janeiro")', () => {
    const { names } = resolve('T\n\nGhana opened a Ghanaian embassy in Tel Aviv. The Brazilian Consulate in Rio de Janeiro said nothing.');
    expect(names.filter((n) => n.startsWith('Agency:'))).toEqual(['Agency:Ghanaian Embassy in Tel Aviv', 'Agency:Brazilian Consulate in Rio de Janeiro']);
  });

  it('keeps an honorific between two names in the name ("Hassan Sheikh Mohamud"), and as a title before one ("Sheikh Mohammed")', () => {
    const { names } = resolve('T\n\nEgypt congratulated Somali President Hassan Sheikh Mohamud. Sheikh Mohammed bin Rashid spoke.');
    expect(names.filter((n) => n.startsWith('Person:'))).toEqual(['Person:Hassan Sheikh Mohamud', 'Person:Mohammed bin Rashid']);
  });

  it('does not read a demonym fused with one proper word ("British Columbia", "British Airways") as the state', () => {
    const { names } = resolve('T\n\nA Sikh leader was killed in Surrey, British Columbia. British Airways cancelled flights. British diplomats left Tehran.');
    expect(names.filter((n) => n.startsWith('State:'))).toEqual(['State:United Kingdom', 'State:Iran']);
    const fused = resolve('T\n\nA Sikh leader was killed in Surrey, British Columbia. British Airways cancelled flights.');
    expect(fused.names.filter((n) => n.startsWith('State:') || n.startsWith('Person:'))).toEqual([]);
  });

  it('reads a state\'s legislature written in lower case ("Bahrain\'s parliament", "the Kenyan senate") as that legislature', () => {
    const { names } = resolve("T\n\nBahrain's parliament said the envoy had left. The Kenyan senate voted.");
    expect(names.filter((n) => n.startsWith('Agency:'))).toEqual(['Agency:Bahraini Parliament', 'Agency:Kenyan Senate']);
  });

  it('makes no person of a named law, accord or storm ("the Digital Markets Act", "Storm Ciaran")', () => {
    const { names } = resolve('T\n\nThe charge falls under the Digital Markets Act. Storm Ciaran forced thousands out. Hurricane Milton hit Florida. Foreign Minister Ana Lopez spoke.');
    expect(names.filter((n) => n.startsWith('Person:'))).toEqual(['Person:Ana Lopez']);
  });

  it('keeps a regional bloc with a long "... of ... States" name whole', () => {
    const { names } = resolve('T\n\nThe Economic Community of West African States condemned the coup. ECOWAS met in Abuja.');
    expect(names.filter((n) => n.startsWith('Agency:') || n.startsWith('Place:'))).toEqual(['Agency:ECOWAS', 'Place:Abuja']);
  });

  it('never makes a person of a Title Case headline word the article does not name ("President Castillo Sentenced")', () => {
    const court = resolve('Former Peruvian President Pedro Castillo Sentenced to 11 Years for Attempted Coup\n\nA court in Lima sentenced Pedro Castillo on Thursday.');
    expect(court.names.filter((n) => n.startsWith('Person:'))).toEqual(['Person:Pedro Castillo']);
    const oath = resolve('Ghana’s New President Sworn In as Leaders Send Congratulations\n\nJohn Mahama was sworn in on Tuesday.');
    expect(oath.names.filter((n) => n.startsWith('Person:'))).toEqual(['Person:John Mahama']);
    // Nor a place of a lone "New" (a prefix of "New Delhi", not a place by itself).
    expect(oath.names.filter((n) => n.startsWith('Place:'))).toEqual([]);
  });

  it('reads a capital before a surname as the first name of a person the article names ("Sofia Holm")', () => {
    const { names } = resolve('T\n\nPrime Minister Sofia Holm spoke. "These claims are baseless," Sofia Holm said. Pavel Brennan called Sofia Holm.');
    expect(names).toEqual(['Person:Sofia Holm', 'Person:Pavel Brennan']);
    // Named nowhere in full and standing where no person does, the capital is the place.
    expect(resolve('T\n\nOfficials in Sofia Holm said nothing.').names).toEqual(['Place:Sofia']);
  });

  it('reads a state\'s name before a surname as a first name when the surname stands alone elsewhere ("Jordan Bardella ... Bardella said")', () => {
    expect(resolve('T\n\nJordan Bardella criticised Emmanuel Macron. Bardella accused Macron of weakness.').names).toEqual(['Person:Jordan Bardella', 'Person:Emmanuel Macron']);
    // Without that evidence a state's name before a word stays the state.
    expect(resolve('T\n\nKenya Airways cancelled flights.').names).toEqual(['State:Kenya']);
  });

  it('reads a capital that no article or preposition governs, before a surname, as a first name ("Victoria Nuland")', () => {
    expect(resolve('T\n\nVictoria Nuland met Santiago Pena.').names).toEqual(['Person:Victoria Nuland', 'Person:Santiago Pena']);
    // A thing named after a capital is no person, and no state either (its state acts in nothing
    // there); a state's own name before a company word stays the state.
    expect(resolve('T\n\nOslo Accords were signed in 1993.').names).toEqual([]);
    expect(resolve('T\n\nUnder the 1961 Vienna Convention, a host country can expel anyone.').names).toEqual([]);
    expect(resolve('T\n\nQatar Airways said flights resumed.').names).toEqual(['State:Qatar']);
  });

  it('reads a demonym two states share as the one the article names ("Congolese", "Dominican")', () => {
    const congo = resolve('T\n\nRepublic of the Congo expelled two envoys. The Congolese Foreign Ministry said so.').names;
    expect(congo).toContain('State:Republic of the Congo');
    expect(congo.filter((n) => n.includes('DR Congo'))).toEqual([]);
    expect(resolve('T\n\nDominica protested. The Dominican government said so.').names).toEqual(['State:Dominica']);
    // Unnamed, or both named: the larger state, as before.
    expect(resolve('T\n\nThe Congolese government protested.').names).toEqual(['State:DR Congo']);
    expect(resolve('T\n\nKinshasa and Brazzaville met. The Congolese government protested.').names).toEqual(['State:DR Congo', 'State:Republic of the Congo']);
    expect(resolve('T\n\nBrazzaville accused the government of Congo of lying. The Congolese government denied it.').names).toEqual(['State:Republic of the Congo', 'State:DR Congo']);
  });

  it('keeps the state in the name of an agency named after it, so two states\' agencies stay two', () => {
    const { names } = resolve('T\n\nThe Dutch State Security Committee said so. The Singaporean State Security Committee agreed.');
    expect(names.filter((n) => n.startsWith('Agency'))).toEqual(['Agency:Dutch State Security Committee', 'Agency:Singaporean State Security Committee']);
  });

  it('keeps an agency whose state the article never gives to that article, so a corpus does not merge them', () => {
    const ids = (text: string) => extractArticle(text).graph.filterNodes((_k, a) => a.kind === 'Agency');
    const first = ids('T\n\nParliament debated the expulsions. The Foreign Ministry said nothing.\n');
    const second = ids('U\n\nParliament debated the sanctions. The Foreign Ministry said nothing.\n');
    expect(first).toHaveLength(2);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    // Placed by the text, the agency is the same node in every article that names it.
    expect(ids('T\n\nThe Kenyan Parliament debated it.\n')).toEqual(ids('U\n\nThe Kenyan Parliament voted.\n'));
  });

  it('places a legislature by the state of whoever addresses it ("British Prime Minister Theresa May told Parliament")', () => {
    expect(resolve('T\n\nBritish Prime Minister Theresa May told Parliament on Monday.').names).toContain('Agency:British Parliament');
    expect(resolve('T\n\nKenyan President William Ruto addressed Parliament.').names).toContain('Agency:Kenyan Parliament');
    // A speaker of unknown state, or one not right before the verb, places nothing.
    expect(resolve('T\n\nThe envoy told Parliament nothing.').names).toContain('Agency:Parliament');
  });

  it('names a stock exchange as an agency, not a person', () => {
    expect(resolve('T\n\nTokyo Stock Exchange fell. The Moscow Exchange halted trading.').names).toEqual(['Agency:Tokyo Stock Exchange', 'Agency:Moscow Exchange']);
  });

  it('names a body of a known organisation as written, apart from the organisation', () => {
    const { names } = resolve('T\n\nAfrican Union Commission chairman Moussa Faki Mahamat met the African Union envoy. The UN Human Rights Council met. The NATO Parliamentary Assembly met.');
    expect(names.filter((n) => n.startsWith('Agency'))).toEqual(['Agency:African Union Commission', 'Agency:African Union', 'Agency:UN Human Rights Council', 'Agency:NATO Parliamentary Assembly']);
  });

  it('merges an acronym with the name it abbreviates and a bare ministry with the qualified one', () => {
    const { names } = resolve('T\n\nThe National Intelligence Service (NIS) briefed the Foreign Ministry. The Kenyan Foreign Ministry agreed.');
    expect(names.filter((n) => n.startsWith('Agency'))).toEqual(['Agency:National Intelligence Service', 'Agency:Kenyan Foreign Ministry']);
  });

  it('makes a bare capitalised word a person only with a title or a verb of address', () => {
    const { names } = resolve('T\n\nPresident Noboa called Petro to congratulate him. Quito Weekly printed Nobody.');
    expect(names).toContain('Person:Noboa');
    expect(names).toContain('Person:Petro');
    expect(names).not.toContain('Person:Nobody');
  });

  it('resolves he, it, the ministry, the kingdom and the officers by recency and agreement', () => {
    const text = [
      'T',
      '',
      'Moroccan Foreign Minister Nasser Bourita said the Algerian Foreign Ministry had expelled five officers of the Moroccan Embassy.',
      'He said the ministry acted alone. Morocco said the kingdom would respond and that the officers were innocent.',
    ].join('\n');
    const { refer } = resolve(text);
    expect(refer(2, 'He')).toBe('Nasser Bourita');
    expect(refer(2, 'the ministry')).toBe('Algerian Foreign Ministry');
    expect(refer(3, 'the kingdom')).toBe('Morocco');
    expect(refer(3, 'the officers')).toBe('Moroccan Embassy');
  });
});

describe('companies named by one word', () => {
  const nodesOf = (body: string) => {
    const { graph } = extractArticle(`Untitled report\n\n${body}\n`);
    return graph.mapNodes((_k, a) => `${a.kind}:${a.name}`).sort();
  };

  it('makes a lone word an agency where the article calls it a company, and resolves "the company" to it', () => {
    const body = 'The European Commission fined Quorvex, the software giant, 500 million euros, accusing the company of breaking competition rules. Quorvex said it would appeal.';
    expect(nodesOf(body)).toContain('Agency:Quorvex');
    expect(nodesOf(body)).not.toContain('Person:Quorvex');
    expect(scored(body)).toContain('European Commission -ACCUSED-> Quorvex');
  });

  it("reads a company's shares or chief executive as evidence", () => {
    const body = "Velmora's shares fell after China accused the chipmaker of violating its anti-monopoly law. Velmora denied the accusations.";
    expect(scored(body)).toEqual(['China -ACCUSED-> Velmora', 'Velmora -DENIED-> China']);
  });

  it('leaves a lone word with no such evidence as it was', () => {
    expect(nodesOf('Ruto said the company would invest.').filter((n) => n.endsWith(':Ruto'))).toEqual([]);
  });
});

describe("a state's legislature known by its own name", () => {
  it('makes "Israel\'s parliament" and "the Knesset" one node, and "the Polish parliament" the Sejm', () => {
    const { graph } = extractArticle("Untitled report\n\nThe Knesset voted on Monday. Israel's parliament also passed a second law. The Polish parliament did the same.\n");
    const agencies = graph.filterNodes((_k, a) => a.kind === 'Agency').map((k) => graph.getNodeAttribute(k, 'name')).sort();
    expect(agencies).toEqual(['Knesset', 'Sejm']);
  });

  it('still names a legislature the lexicon does not know after its state', () => {
    const { graph } = extractArticle("Untitled report\n\nBahrain's parliament passed a law.\n");
    expect(graph.filterNodes((_k, a) => a.kind === 'Agency').map((k) => graph.getNodeAttribute(k, 'name'))).toEqual(['Bahraini Parliament']);
  });
});

describe('a foreign office written in lower case', () => {
  it('is the foreign ministry of the state before it', () => {
    const { graph } = extractArticle("Untitled report\n\nPakistan's foreign office said it had asked an Indian official to leave. The Pakistani foreign ministry confirmed it.\n");
    const agencies = graph.filterNodes((_k, a) => a.kind === 'Agency');
    expect(agencies.map((k) => graph.getNodeAttribute(k, 'name'))).toEqual(['Pakistani Foreign Ministry']);
    expect(graph.getNodeAttribute(agencies[0]!, 'aliases')).toContain("Pakistan's foreign office");
  });
});

describe("a state's coast guard in lower case", () => {
  it('is the same agency as the capitalised name, part of its state', () => {
    const { graph } = extractArticle('Untitled report\n\nThe Philippines accused the Chinese coast guard of firing water cannon. The Chinese Coast Guard denied it.\n');
    const agencies = graph.filterNodes((_k, a) => a.kind === 'Agency');
    expect(agencies.map((k) => graph.getNodeAttribute(k, 'name'))).toEqual(['Chinese Coast Guard']);
    expect(scored('The Philippines accused the Chinese coast guard of firing water cannon. The Chinese Coast Guard denied it.')).toEqual([
      'Chinese Coast Guard -DENIED-> Philippines',
      'Philippines -ACCUSED-> Chinese Coast Guard',
    ]);
  });
});

describe('a demonym describing a region', () => {
  it('makes no state of "the Central African country", but keeps "the Ugandan government"', () => {
    const { graph } = extractArticle('Untitled report\n\nFrance will withdraw 1,000 soldiers from the Central African country. The Ugandan government protested.\n');
    expect(graph.filterNodes((_k, a) => a.kind === 'State').map((k) => graph.getNodeAttribute(k, 'name')).sort()).toEqual(['France', 'Uganda']);
  });
});
