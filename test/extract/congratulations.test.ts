// Congratulations told again in other words (src/extract/relations/congratulationFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"A similar message was sent by X" after a congratulation', () => {
  const opening = 'Chilean President Gabriel Boric congratulated Rodrigo Paz on his victory. ';
  it('reads the sender of the similar message as congratulating the same winner', () => {
    expect(scored(`${opening}A similar message was sent by Peruvian President Jose Jeri.`)).toContain('Jose Jeri -CONGRATULATED-> Rodrigo Paz');
    expect(scored(`${opening}Similar messages were also sent by Jose Jeri and Javier Milei.`)).toEqual([
      'Gabriel Boric -CONGRATULATED-> Rodrigo Paz',
      'Javier Milei -CONGRATULATED-> Rodrigo Paz',
      'Jose Jeri -CONGRATULATED-> Rodrigo Paz',
    ]);
  });
  it('reads nothing into a similar message with no congratulation before it, or one not sent', () => {
    expect(scored('A similar message was sent by Peruvian President Jose Jeri.')).toEqual([]);
    expect(scored(`${opening}A similar message was not sent by Peruvian President Jose Jeri.`)).toEqual(['Gabriel Boric -CONGRATULATED-> Rodrigo Paz']);
  });
});

describe('a hailed victory with no winner named, in a sentence that congratulates', () => {
  it('is never hailed by one the sentence congratulates', () => {
    const body =
      'Nicaragua re-elected Daniel Ortega and Rosario Murillo. Cuban President Miguel Diaz-Canel congratulated Ortega and Murillo in a message posted online before the results had been published, hailing "a new victory of the people".';
    expect(scored(body)).toEqual(['Miguel Diaz-Canel -CONGRATULATED-> Daniel Ortega', 'Miguel Diaz-Canel -CONGRATULATED-> Rosario Murillo']);
  });
});

describe('"Messages of congratulation poured in from Moscow, Beijing and Ankara"', () => {
  const opening = 'Pakistani Prime Minister Shehbaz Sharif congratulated Sadyr Japarov on his re-election. ';
  it('reads each capital the messages came from as its state congratulating the winner', () => {
    expect(scored(`${opening}Messages of congratulation poured in from Moscow, Beijing and Ankara.`)).toEqual([
      'China -CONGRATULATED-> Sadyr Japarov',
      'Russia -CONGRATULATED-> Sadyr Japarov',
      'Shehbaz Sharif -CONGRATULATED-> Sadyr Japarov',
      'Türkiye -CONGRATULATED-> Sadyr Japarov',
    ]);
  });
  it('reads no congratulation when none came, and nothing into other things pouring in', () => {
    expect(scored(`${opening}No congratulations came from Moscow.`)).toEqual(['Shehbaz Sharif -CONGRATULATED-> Sadyr Japarov']);
    expect(scored(`${opening}Aid poured in from Moscow.`)).toEqual(['Shehbaz Sharif -CONGRATULATED-> Sadyr Japarov']);
  });
});

describe('a congratulation that names no one', () => {
  it('goes to the one the article has congratulated most, not the latest one congratulated', () => {
    const body =
      "Saudi Arabia's King Salman congratulated Qatar's Emir Sheikh Tamim bin Hamad Al Thani on National Day. Egyptian President Abdel Fattah al-Sisi telephoned Sheikh Tamim to congratulate him. " +
      'Two days earlier, Sheikh Tamim had sent a cable congratulating King Hamad bin Isa Al Khalifa on Bahrain\'s National Day. ' +
      "Iran's President Masoud Pezeshkian did send a congratulatory message, state media reported.";
    expect(scored(body)).toContain('Masoud Pezeshkian -CONGRATULATED-> Tamim bin Hamad Al Thani');
    expect(scored(body)).not.toContain('Masoud Pezeshkian -CONGRATULATED-> Hamad bin Isa Al Khalifa');
  });
});

describe('\'"Warmest congratulations to X," Modi wrote on X\'', () => {
  it('reads a quoted congratulation past the warmth before it', () => {
    expect(scored('"Warmest congratulations to Marie-Ange Hoareau on her election as President of Seychelles," Indian Prime Minister Narendra Modi wrote on X.')).toEqual(['Narendra Modi -CONGRATULATED-> Marie-Ange Hoareau']);
  });
});
