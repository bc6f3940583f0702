// Pronouns resolved across a sentence's inner clauses (src/extract/coreference.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"X, which worked alongside Y, said separately that it had ..."', () => {
  it('reads the "it" after a reporting verb and an adverb as the reporter, not the body of the relative clause', () => {
    const body =
      'The Ruritanian Police Service, which investigated the case alongside the Federal Security Bureau, said separately that it had traced the attacks to the Velvet Group.';
    const edges = scored(body);
    expect(edges).toContain('Ruritanian Police Service -ACCUSED-> Velvet Group');
    expect(edges).not.toContain('Federal Security Bureau -ACCUSED-> Velvet Group');
  });
  it('does the same for "said later that it"', () => {
    const body = 'Kenya, which signed a security pact with Tanzania last year, said later that it would expel two Ugandan diplomats.';
    expect(scored(body)).toEqual(['Kenya -EXPELLED-> Uganda']);
  });
});
