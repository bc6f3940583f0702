import { describe, expect, it } from 'vitest';
import { nameRelatedPairs, planPersonMerges, type StoredPerson } from '../../src/graph/personMerges.ts';

const person = (id: string, name: string, ...sides: string[]): StoredPerson => ({ id, name, sides });
/** Each person in an article of its own unless `shared` says otherwise. */
const plan = (people: StoredPerson[], shared: Record<string, string[]> = {}) => planPersonMerges(people, (id) => shared[id] ?? [`article-of-${id}`]);

describe('nameRelatedPairs', () => {
  it('pairs a surname, or first and last name without the middle, with the longer name', () => {
    const pairs = nameRelatedPairs([
      person('ana-pereira', 'Ana Pereira'),
      person('pereira', 'Pereira'),
      person('ana-maria-pereira', 'Ana María Pereira'),
      person('joao-pereira', 'João Pereira'),
      person('ana', 'Ana'),
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        { from: 'pereira', into: 'ana-pereira' },
        { from: 'pereira', into: 'ana-maria-pereira' },
        { from: 'pereira', into: 'joao-pereira' },
        { from: 'ana-pereira', into: 'ana-maria-pereira' },
      ]),
    );
    expect(pairs).toHaveLength(4); // not a first name alone, nor two different first names
  });
});

describe('planPersonMerges', () => {
  it('folds a surname into the one full name that acts for the same state', () => {
    expect(plan([person('vadim-orlov', 'Vadim Orlov', 'russia'), person('orlov', 'Orlov', 'russia')])).toEqual([{ from: 'orlov', into: 'vadim-orlov' }]);
  });

  it('keeps a surname apart from a full name of another state, or when either states none', () => {
    expect(plan([person('tom-hale', 'Tom Hale', 'united-kingdom'), person('hale', 'Hale', 'united-states')])).toEqual([]);
    expect(plan([person('tom-hale', 'Tom Hale'), person('hale', 'Hale', 'united-states')])).toEqual([]);
    expect(plan([person('tom-hale', 'Tom Hale', 'united-states'), person('hale', 'Hale')])).toEqual([]);
  });

  it('keeps a surname that acts for a state the full name never does (two namesakes on one node)', () => {
    expect(plan([person('tom-hale', 'Tom Hale', 'united-kingdom'), person('hale', 'Hale', 'united-kingdom', 'united-states')])).toEqual([]);
    expect(plan([person('tom-hale', 'Tom Hale', 'united-kingdom', 'ireland'), person('hale', 'Hale', 'united-kingdom')])).toEqual([{ from: 'hale', into: 'tom-hale' }]);
  });

  it('picks the full name of the same state where two people share the surname', () => {
    const people = [person('tom-hale', 'Tom Hale', 'united-kingdom'), person('mia-hale', 'Mia Hale', 'united-states'), person('hale', 'Hale', 'united-states')];
    expect(plan(people)).toEqual([{ from: 'hale', into: 'mia-hale' }]);
  });

  it('merges nothing when two full names of the same state fit', () => {
    const people = [person('tom-hale', 'Tom Hale', 'canada'), person('mia-hale', 'Mia Hale', 'canada'), person('hale', 'Hale', 'canada')];
    expect(plan(people)).toEqual([]);
  });

  it('never merges two people one article names apart', () => {
    const people = [person('vadim-orlov', 'Vadim Orlov', 'russia'), person('orlov', 'Orlov', 'russia')];
    expect(plan(people, { 'vadim-orlov': ['a1', 'a2'], orlov: ['a2'] })).toEqual([]);
  });

  it('joins first and last name to the name with a middle one unless their states differ', () => {
    expect(plan([person('bola-ahmed-tinubu', 'Bola Ahmed Tinubu', 'nigeria'), person('bola-tinubu', 'Bola Tinubu')])).toEqual([{ from: 'bola-tinubu', into: 'bola-ahmed-tinubu' }]);
    expect(plan([person('ana-maria-lopez', 'Ana María López', 'spain'), person('ana-lopez', 'Ana López', 'mexico')])).toEqual([]);
  });

  it('lets a surname wait until two forms of one full name are one node, then join it', () => {
    const people = [person('vadim-orlov', 'Vadim Orlov', 'russia'), person('vadim-petrovich-orlov', 'Vadim Petrovich Orlov'), person('orlov', 'Orlov', 'russia')];
    expect(plan(people)).toEqual([
      { from: 'vadim-orlov', into: 'vadim-petrovich-orlov' },
      { from: 'orlov', into: 'vadim-petrovich-orlov' },
    ]);
  });

  it('reads a one-word name an article gave the full name as its short form, wherever the family name stands', () => {
    const xi = { id: 'li-wenhao', name: 'Li Wenhao', aliases: ['Li Wenhao', 'Li'], sides: ['china'] };
    expect(plan([xi, person('li', 'Li', 'china')])).toEqual([{ from: 'li', into: 'li-wenhao' }]);
    expect(plan([{ ...xi, aliases: ['Li Wenhao'] }, person('li', 'Li', 'china')])).toEqual([]);
    expect(nameRelatedPairs([xi, person('wenhao', 'Wenhao', 'china')])).toEqual([{ from: 'wenhao', into: 'li-wenhao' }]);
  });

  it('folds a one-word name of no state into the one node of that word that has a state, never into two', () => {
    expect(plan([person('lula-bra', 'Lula', 'brazil'), person('lula', 'Lula')])).toEqual([{ from: 'lula', into: 'lula-bra' }]);
    expect(plan([person('hale-usa', 'Hale', 'united-states'), person('hale-gbr', 'Hale', 'united-kingdom'), person('hale', 'Hale')])).toEqual([]);
    expect(plan([person('hale-usa', 'Hale', 'united-states'), person('hale-gbr', 'Hale', 'united-kingdom')])).toEqual([]);
  });

  it('follows a chain: the bare word to the word with a state, that to the full name', () => {
    const full = { id: 'luiz-inacio-lula-da-silva', name: 'Luiz Inácio Lula da Silva', aliases: ['Lula'], sides: ['brazil'] };
    expect(plan([full, person('lula-bra', 'Lula', 'brazil'), person('lula', 'Lula')])).toEqual([
      { from: 'lula', into: 'lula-bra' },
      { from: 'lula-bra', into: 'luiz-inacio-lula-da-silva' },
    ]);
  });

  it('joins two spellings of one full name into the node more articles name, unless their sides differ', () => {
    const shared = { 'dmitri-orlov': ['a1'], 'dmitry-orlov': ['a2', 'a3'] };
    expect(plan([person('dmitri-orlov', 'Dmitri Orlov', 'kremlin'), person('dmitry-orlov', 'Dmitry Orlov', 'kremlin')], shared)).toEqual([{ from: 'dmitri-orlov', into: 'dmitry-orlov' }]);
    expect(plan([person('sadyr-zhaparov', 'Sadyr Zhaparov'), person('sadyr-japarov', 'Sadyr Japarov', 'kyrgyzstan')])).toEqual([{ from: 'sadyr-zhaparov', into: 'sadyr-japarov' }]);
    expect(plan([person('sergei-volkov', 'Sergei Volkov', 'russia'), person('sergey-volkov', 'Sergey Volkov', 'ukraine')])).toEqual([]);
    expect(plan([person('ivan-petrov', 'Ivan Petrov'), person('ivan-petrova', 'Ivan Petrova')])).toEqual([]);
  });

  it('joins a surname of no stated side to the one full name that holds the same office', () => {
    const minister = { id: 'sofie-lambert', name: 'Sofie Lambert', sides: ['belgium'], title: 'foreign minister' };
    expect(plan([minister, { id: 'lambert', name: 'Lambert', sides: [], title: 'Foreign Minister' }])).toEqual([{ from: 'lambert', into: 'sofie-lambert' }]);
    expect(plan([minister, { id: 'lambert', name: 'Lambert', sides: [], title: 'Senator' }])).toEqual([]);
    expect(plan([minister, { id: 'lambert', name: 'Lambert', sides: [] }])).toEqual([]);
  });

  it('joins first name and father\'s surname to the name with the mother\'s too, and Mariya to Maria', () => {
    expect(plan([person('rodrigo-paz-pereira', 'Rodrigo Paz Pereira', 'bolivia'), person('rodrigo-paz', 'Rodrigo Paz')])).toEqual([{ from: 'rodrigo-paz', into: 'rodrigo-paz-pereira' }]);
    expect(plan([person('maria-orlova', 'Maria Orlova', 'russia'), person('mariya-orlova', 'Mariya Orlova', 'russia')])).toHaveLength(1);
    expect(plan([person('jaime-paz-zamora', 'Jaime Paz Zamora', 'bolivia'), person('rodrigo-paz', 'Rodrigo Paz', 'bolivia')])).toEqual([]);
  });

  it('folds letters the way node ids do ("Sikorski" and "Radosław Sikorski")', () => {
    expect(plan([person('radoslaw-sikorski', 'Radosław Sikorski', 'poland'), person('sikorski', 'SIKORSKI', 'poland')])).toEqual([{ from: 'sikorski', into: 'radoslaw-sikorski' }]);
  });
});
