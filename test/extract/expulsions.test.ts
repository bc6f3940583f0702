// Expulsions told through who carries them out (src/extract/relations/expulsionFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"ordered police to expel him"', () => {
  it('reads the one who orders the enforcers as the expeller', () => {
    expect(scored('Niger ordered police to expel the French ambassador.')).toEqual(['Niger -EXPELLED-> France']);
    expect(scored('Niger stripped French ambassador Sylvain Itte of his immunity and ordered the security forces to expel him.')).toEqual(['Niger -EXPELLED-> Sylvain Itte']);
  });
  it('reads no expulsion when the order is negated or only possible', () => {
    expect(scored('Niger did not order police to expel the ambassador.')).toEqual([]);
    expect(scored('Niger may order police to expel the ambassador.')).toEqual([]);
  });
});

describe('"the two officers expelled by The Hague" inside another clause', () => {
  it('never reads the clause\'s subject as the one expelled', () => {
    const body = 'Belgian State Security, known by its Dutch initials VSSE, had established that he "coordinated the reconnaissance" of the port and its offshore wind connections together with the two officers expelled by The Hague, she said.';
    expect(scored(body).filter((e) => e.includes('EXPELLED'))).toEqual([]);
  });
  it('reads people named with their state before the participle as the ones expelled', () => {
    expect(scored('Two Russian diplomats expelled by Norway left on Friday.')).toEqual(['Norway -EXPELLED-> Russia']);
  });
});

describe('"Peru\'s chargé d\'affaires had been ordered to leave"', () => {
  it('reads a state\'s chargé d\'affaires, accented or not, as that state\'s envoy', () => {
    expect(scored("Colombian Foreign Minister Camila Orduz said Peru's charge d'affaires had been ordered to leave within 72 hours.")).toEqual(['Camila Orduz -EXPELLED-> Peru']);
    expect(scored("Bolivia's chargé d'affaires in Caracas had been ordered to leave.")).toEqual(['Venezuela -EXPELLED-> Bolivia']);
  });
  it('still reads the person when a name is apposed to the office', () => {
    expect(scored("Nicaragua's chargé d'affaires in San José, Henry Lacayo, was expelled by Costa Rica.")).toEqual(['Costa Rica -EXPELLED-> Henry Lacayo']);
  });
});
