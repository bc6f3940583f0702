import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import type { Mention } from '../../src/extract/types.ts';
import { scored } from './helpers.ts';

function mentions(text: string, isTitle = false): Mention[] {
  return findMentions({ index: 0, tokens: tokenize(text), isTitle });
}

function brief(text: string): string[] {
  return mentions(text).map((m) => `${m.kind}:${m.form}:${m.surface}`);
}

describe('findMentions', () => {
  it('finds states by name, capital, demonym and short form, with ISO codes from world-countries', () => {
    const ms = mentions('Kenya and the U.K. warned Kampala as Ugandan troops massed.');
    expect(ms.map((m) => [m.surface, m.iso, m.form])).toEqual([
      ['Kenya', 'KEN', 'name'],
      ['U.K.', 'GBR', 'name'],
      ['Kampala', 'UGA', 'capital'],
      ['Ugandan troops', 'UGA', 'nationals'],
    ]);
  });

  it('treats a capital after "in" as a place, not the state', () => {
    const m = mentions('Talks were held in Nairobi.').find((x) => x.surface === 'Nairobi');
    expect(m?.kind).toBe('Place');
  });

  it('reads people with titles and their affiliation', () => {
    const ms = mentions('Kenyan Foreign Minister Musalia Mudavadi met Ecuador spokesman Jorge Wated.');
    const people = ms.filter((m) => m.kind === 'Person');
    expect(people.map((p) => [p.name, p.title, p.affiliation])).toEqual([
      ['Musalia Mudavadi', 'Foreign Minister', 'state:KEN'],
      ['Jorge Wated', 'spokesman', 'state:ECU'],
    ]);
  });

  it('reads ministries, embassies and acronym agencies', () => {
    expect(brief("the Norwegian Foreign Ministry summoned staff of the Chilean Embassy in Oslo and the CNI.")).toEqual([
      'Agency:name:Norwegian Foreign Ministry',
      'State:demonym:Norwegian',
      'Agency:name:Chilean Embassy in Oslo',
      'State:demonym:Chilean',
      'Agency:name:CNI',
    ]);
  });

  it('gives nationals their count and noun', () => {
    const m = mentions('Oslo expelled 15 Chilean diplomats.').find((x) => x.form === 'nationals');
    expect(m).toMatchObject({ iso: 'CHL', count: 15, object: 'diplomats' });
  });

  it('gives "N officers of X" to X with count and noun', () => {
    const m = mentions('It expelled four officers of the CNI.').find((x) => x.kind === 'Agency');
    expect(m).toMatchObject({ count: 4, object: 'officers' });
  });

  it('reads the government form, groups, pronouns and nominals', () => {
    expect(brief('The Peruvian government and at least 12 nations said the ministry and she agreed.')).toEqual([
      'State:government:Peruvian government',
      'Group:name:at least 12 nations',
      'Agency:nominal:the ministry',
      'Person:pronoun:she',
    ]);
  });

  it('does not make regions or "X East" into people', () => {
    const ms = mentions('Migrants came from the Middle East and Europe.');
    expect(ms.filter((m) => m.kind === 'Place').map((m) => m.name)).toEqual(['Middle East', 'Europe']);
    // Only the sentence-initial word is left, as a single-word candidate for resolution to drop.
    expect(ms.filter((m) => m.kind !== 'Place').map((m) => m.key)).toEqual(['single:Migrants']);
  });

  it('keeps a month apart from a surname-like use', () => {
    expect(mentions('Talks resumed in May.').some((m) => m.name === 'May')).toBe(false);
    expect(mentions('Officials said May would decide.').some((m) => m.name === 'May')).toBe(true);
  });

  it('in a Title Case headline only lexicon names and single words are proposed', () => {
    const ms = mentions('Ghana Expels Togolese Envoy Amid Border Row', true);
    expect(ms.some((m) => m.key.startsWith('person:'))).toBe(false);
    expect(ms.some((m) => m.iso === 'GHA')).toBe(true);
  });
});

describe('a region before an office ("Europe minister Jana Kral")', () => {
  it('reads the region as part of the title, not as a place mention', () => {
    expect(brief('Europe minister Jana Kral accused Moldova of stalling.')).toEqual(['Person:name:Jana Kral', 'State:name:Moldova']);
    const holder = mentions('Sweden\'s Middle East envoy Lars Berg spoke.').find((m) => m.kind === 'Person');
    expect([holder?.title, holder?.first]).toEqual(['Middle East envoy', 2]);
  });
  it("leaves a state's city before an office its own mention", () => {
    expect(brief('Paris mayor Anne Hidalgo spoke.')).toEqual(['State:capital:Paris', 'Person:name:Anne Hidalgo']);
    expect(mentions('Paris mayor Anne Hidalgo spoke.').find((m) => m.kind === 'Person')?.title).toBe('mayor');
  });
  it('lets the titled person be the subject of the verb', () => {
    expect(scored('Europe minister Jana Kral accused Moldova of stalling.')).toEqual(['Jana Kral -ACCUSED-> Moldova']);
  });
});

describe('"the National Jury of Elections (JNE)"', () => {
  it('reads a capitalised Jury as the head of a body\'s name, and a lower-case jury as no one', () => {
    expect(brief('The National Jury of Elections (JNE) rejected the claims.')).toEqual(['Agency:name:National Jury of Elections', 'Agency:name:JNE']);
    expect(brief('The jury found him guilty.')).toEqual(['Person:pronoun:him']);
  });
});

describe('"the Latvian, a first secretary,"', () => {
  it('reads a demonym standing alone after "the" as one national of that state', () => {
    const m = mentions('The ministry accused the Latvian, a first secretary, of spying.').find((x) => x.iso === 'LVA');
    expect([m?.form, m?.plural, m?.surface]).toEqual(['nationals', false, 'the Latvian']);
  });
  it('leaves a demonym before a noun a modifier', () => {
    expect(mentions('The ministry accused the Latvian embassy of spying.').find((x) => x.iso === 'LVA')?.form).not.toBe('nationals');
  });
  it('lets "him" stand for that national', () => {
    const body = 'Lithuanian Foreign Minister Kestutis Budrys accused Russia of sabotage. Russia\'s foreign ministry accused the Latvian, a first secretary, of spying and gave him seven days to leave.';
    expect(scored(body)).not.toContain("Russian Foreign Ministry -EXPELLED-> Kestutis Budrys");
  });
});

describe('a possessive capital after a preposition', () => {
  it('is the state, never a place: "in response to Riga\'s expulsion of"', () => {
    const riga = mentions("Russia acted in response to Riga's expulsion of a Russian embassy employee.").find((m) => m.surface === 'Riga');
    expect([riga?.kind, riga?.locative]).toEqual(['State', undefined]);
    expect(scored("Russia acted in response to Riga's expulsion of a Russian embassy employee last month.")).toEqual(['Latvia -EXPELLED-> Russia']);
  });
});

describe('"the Embassy of India in Kathmandu"', () => {
  it('is that state\'s embassy in that city, as "the Indian Embassy in Kathmandu" is', () => {
    const m = mentions('The Embassy of India in Kathmandu rejected the allegation.')[0];
    expect([m?.kind, m?.key, m?.affiliation]).toEqual(['Agency', 'agency:post:embassy:IND:kathmandu', 'state:IND']);
    expect(scored('Nepal accused India of interference. The Embassy of India in Kathmandu rejected the allegation as "baseless".')).toContain('Indian Embassy in Kathmandu -DENIED-> Nepal');
  });
});

describe('"Islamic Republic of Iran Broadcasting", "Iran Broadcasting"', () => {
  it('is a body named after its state with one word of a medium\'s name', () => {
    expect(brief('Iran Broadcasting said so.')).toEqual(['Agency:name:Iran Broadcasting', 'State:name:Iran']);
    expect(mentions('Islamic Republic of Iran Broadcasting said so.')[0]?.name).toBe('Islamic Republic of Iran Broadcasting');
  });
});

describe('threat-intelligence designations', () => {
  it('reads "APT31", "UNC2452", "FIN7" alone as hacking groups, not as one-word people', () => {
    expect(brief('France blamed the intrusions on APT31, UNC2452 and FIN7.')).toEqual(['State:name:France', 'Agency:name:APT31', 'Agency:name:UNC2452', 'Agency:name:FIN7']);
    expect(scored('France blamed the intrusions on APT31.')).toEqual(['France -ACCUSED-> APT31']);
  });
  it('leaves other codes alone', () => {
    expect(mentions('The plane was flight MH17.').find((m) => m.surface === 'MH17')?.kind).not.toBe('Agency');
  });
});
