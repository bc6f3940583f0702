// Round 3 of generalisation: datelines of every form, spelled-out counts at a sentence start,
// titles the lexicon lacked, organisation-title-person runs, denials of an earlier accusation,
// Event names. Every sentence here is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { scored } from './helpers.ts';

function nodeNames(body: string, kind?: string): string[] {
  const { graph } = extractArticle(`Untitled report\n\n${body}\n`);
  return graph.filterNodes((_k, a) => kind === undefined || a.kind === kind).map((k) => graph.getNodeAttribute(k, 'name')).sort();
}

describe('datelines', () => {
  const act = 'Chile expelled four Bolivian diplomats on Friday, the government said.';
  for (const dateline of ['SANTIAGO, May 3 -', 'SANTIAGO, May 3 (AP) —', 'SANTIAGO/LIMA, Nov. 12, 2025 (Reuters) -', 'SANTIAGO, Chile, June 9 --', 'SANTIAGO —']) {
    it(`ignores "${dateline}" and keeps the act after it`, () => {
      const body = `${dateline} ${act}`;
      expect(nodeNames(body, 'Agency')).toEqual([]);
      expect(nodeNames(body, 'State')).toEqual(['Bolivia', 'Chile']);
      expect(scored(body)).toEqual(['Chile -EXPELLED-> Bolivia']);
    });
  }

  it('still reads "May" inside a clause as a modal', () => {
    expect(scored('Chile may expel four Bolivian diplomats, the government said.')).toEqual([]);
  });
});

describe('spelled-out counts and quantifiers open no name', () => {
  it('reads "Eleven Ghanaian diplomats" as the state with its count', () => {
    expect(nodeNames('Eleven Ghanaian diplomats were expelled by Togo on Monday.', 'Person')).toEqual([]);
    expect(scored('Eleven Ghanaian diplomats were expelled by Togo on Monday.')).toEqual(['Togo -EXPELLED-> Ghana']);
  });

  it('finds the patients of a passive expulsion behind "Several" or "Dozens of"', () => {
    expect(scored('Several Beninese officials were expelled by Niger.')).toEqual(['Niger -EXPELLED-> Benin']);
    expect(scored('Dozens of Malian officials were expelled by Senegal.')).toEqual(['Senegal -EXPELLED-> Mali']);
  });

  it('never makes a person of "Dozens", "Hundreds" or "Both"', () => {
    expect(nodeNames('Dozens of Peruvian officials left. Hundreds of Ecuadorian workers stayed. Both Colombian envoys resigned.', 'Person')).toEqual([]);
  });
});

describe('titles the lexicon lacked', () => {
  it('keeps Taoiseach, Grand Duke, High Representative and Field Marshal out of the name', () => {
    const body =
      'Irish Taoiseach Micheal Martin congratulated Dick Schoof. Martin spoke on Monday. ' +
      "Luxembourg's Grand Duke Henri met EU High Representative Kaja Kallas. Field Marshal Khalifa Haftar was absent.";
    expect(nodeNames(body, 'Person')).toEqual(['Dick Schoof', 'Henri', 'Kaja Kallas', 'Khalifa Haftar', 'Micheal Martin']);
    expect(scored(body)).toEqual(['Micheal Martin -CONGRATULATED-> Dick Schoof']);
  });
});

describe('an organisation, its leader\'s title and the leader in one capitalised run', () => {
  it('splits "<demonym> <head> <title> <name>" into the organisation and the person, who acts', () => {
    const body = 'Libyan Council President Mohamed al-Menfi congratulated the two governments.';
    expect(nodeNames(body, 'Person')).toEqual(['Mohamed al-Menfi']);
    expect(nodeNames(body, 'Agency')).toEqual(['Libyan Council']);
    expect(scored(body)).toEqual(['Mohamed al-Menfi -CONGRATULATED-> two governments']);
  });

  it('does the same for a chairman of an authority', () => {
    const body = 'Sahrawi Authority Chairman Brahim Ghali congratulated Abdelmadjid Tebboune.';
    expect(nodeNames(body, 'Person')).toEqual(['Abdelmadjid Tebboune', 'Brahim Ghali']);
    expect(scored(body)).toEqual(['Brahim Ghali -CONGRATULATED-> Abdelmadjid Tebboune']);
  });
});

describe('denials that name no accuser', () => {
  it('answers the state that expelled the denier\'s side', () => {
    const body =
      'Uruguay expelled three Paraguayan diplomats on Monday. ' +
      'Paraguayan Foreign Minister Ruben Ramirez denied that any of the staff had engaged in espionage.';
    expect(scored(body)).toEqual(['Ruben Ramirez -DENIED-> Uruguay', 'Uruguay -EXPELLED-> Paraguay']);
  });

  it('still gives an Event when nobody acted against the denier', () => {
    expect(scored('Paraguay denied any involvement in the fire.')).toEqual(['Paraguay -DENIED-> @Event']);
  });
});

describe('Event names', () => {
  function eventNames(body: string): string[] {
    return nodeNames(body, 'Event');
  }
  it('ends at a weekday, month or year and never on a preposition', () => {
    expect(eventNames('Armenia denied responsibility Wednesday.')).toEqual(['responsibility']);
    expect(eventNames('Armenia denied any involvement in the bombing of the old Soviet-era gas pipeline.')).toEqual(['any involvement in the bombing']);
    expect(eventNames('Armenia denied any involvement in the fire in March.')).toEqual(['any involvement in the fire']);
  });
});

describe('an office the lexicon lacks, before a name', () => {
  it('is no part of the name when the article uses the surname alone', () => {
    const body = 'Irish Ardchief Simon Harris congratulated Keir Starmer. Harris spoke on Monday.';
    expect(nodeNames(body, 'Person')).toEqual(['Keir Starmer', 'Simon Harris']);
    expect(scored(body)).toEqual(['Simon Harris -CONGRATULATED-> Keir Starmer']);
  });

  it('keeps a three-word name whose first word the article uses alone', () => {
    const body = 'Bolivian Evo Morales Ayma congratulated Keir Starmer. Evo spoke on Monday, and Ayma left.';
    expect(nodeNames(body, 'Person')).toContain('Evo Morales Ayma');
  });
});

describe('a person qualified by a chain of bodies', () => {
  it('makes the person, not the first body, the subject', () => {
    expect(scored('Fatah Central Committee Secretary Jibril Rajoub denied the accusations.')).toEqual(['Jibril Rajoub -DENIED-> @Event']);
    expect(scored('NATO Military Committee Chairman Rob Bauer denied the accusations.')).toEqual(['Rob Bauer -DENIED-> @Event']);
  });
});
