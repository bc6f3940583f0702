// Accusations stated by linking, tracing or reporting (src/extract/relations/accusationFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"linked X to Y"', () => {
  it('accuses X when Y is a harm or an actor', () => {
    expect(scored('Britain linked two GRU officers to the poisoning.')).toEqual(['United Kingdom -ACCUSED-> GRU']);
    expect(scored('Britain linked Russia to the explosions.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
  });
  it('accuses no one when what is linked is a condition, not a harm', () => {
    expect(scored("Croatia has said it will link Serbia's progress towards membership to the treatment of the Croat minority.")).toEqual([]);
  });
});

describe('"X, which it/he accused of ..."', () => {
  it('accuses the antecedent of an object relative "which"', () => {
    expect(scored('Niger criticised France, which it accused of interference.')).toEqual(['Niger -ACCUSED-> France']);
    expect(scored('Prime Minister Ali Zeine said U.N. agencies had become "instruments in the hands of France," which he accused of trying to isolate Niger.')).toEqual(['Ali Zeine -ACCUSED-> France']);
  });
});

describe('"the army" in an article about a state at war', () => {
  it('is the state whose army the article named, not the last group of people told of', () => {
    const opening = "PORT SUDAN (Reuters) - Sudan's army-aligned government ordered five staff members of the Emirati consulate to leave. ";
    expect(scored(`${opening}The RSF accused the army of shelling the camp.`)).toContain('RSF -ACCUSED-> Sudan');
    expect(scored(`${opening}The RSF said it had no connection to the attacks, which it blamed on "the army's own failures".`)).not.toContain('RSF -ACCUSED-> United Arab Emirates');
  });
});

describe('"responsibility lies with X"', () => {
  it('accuses the one the responsibility lies or rests with, in a report', () => {
    expect(scored('Liu Dejun, a spokesman for the China Coast Guard, said responsibility for the collision "lies entirely with the Philippine side."')).toContain('Liu Dejun -ACCUSED-> Philippines');
    expect(scored('Moscow said the blame rests squarely with Kyiv.')).toEqual(['Russia -ACCUSED-> Ukraine']);
  });
  it('accuses no one when the report is negated or only a guess', () => {
    expect(scored('Moscow said the blame does not lie with Kyiv.')).toEqual([]);
    expect(scored('Moscow suggested the blame might lie with Kyiv.')).toEqual([]);
  });
});

describe('harms stated in a report: rammed, intruded, compromised', () => {
  it('accuses whoever the report says rammed, intruded into or compromised something', () => {
    expect(scored('The Philippine Coast Guard said Chinese ships had rammed the supply boat.')).toEqual(['Filipino Coast Guard -ACCUSED-> China']);
    expect(scored('Beijing said the Philippine boat had "illegally intruded" into Chinese waters.')).toEqual(['China -ACCUSED-> Philippines']);
    expect(scored('The NIS said North Korean hackers had compromised the exchange.')).toEqual(['NIS -ACCUSED-> North Korea']);
  });
  it('accuses no one who "compromised on" something, nor the victim of a quoted passive', () => {
    expect(scored('Officials in Rome said Italy had compromised on the budget.')).toEqual([]);
    expect(scored('India expelled a Pakistani diplomat. Pakistan said its diplomat had been "harassed and detained".')).toEqual(['India -EXPELLED-> Pakistan']);
  });
});

describe('"said fighters of X were behind the ambush"', () => {
  it('accuses the actor whose people the report blames', () => {
    expect(scored('Army spokesman Issoufou Laouali said fighters of Boko Haram were behind the ambush.')).toEqual(['Issoufou Laouali -ACCUSED-> Boko Haram']);
  });
  it('accuses no one when the report denies it', () => {
    expect(scored('Army spokesman Issoufou Laouali said fighters of Boko Haram were not behind the ambush.')).toEqual([]);
  });
});

describe('"X said Y was behind it and accused Z"', () => {
  it('reads the accusation joined by "and" to a report as the speaker\'s', () => {
    const body = 'Philippine Senator Imee Marcos said she had seen no proof that Beijing itself was behind the activity and accused the Department of Foreign Affairs of "outsourcing our foreign policy".';
    expect(scored(body)).toContain('Imee Marcos -ACCUSED-> Department of Foreign Affairs');
    expect(scored(body)).not.toContain('China -ACCUSED-> Department of Foreign Affairs');
    expect(scored('Foreign Minister Ali Bagheri said Iran had armed the rebels and accused Israel of lying.')).not.toContain('Iran -ACCUSED-> Israel');
  });
});

describe('"the three worked for the GRU"', () => {
  it('accuses the intelligence service people are reported to work for', () => {
    expect(scored('The Netherlands said the three diplomats worked for the GRU.')).toEqual(['Netherlands -ACCUSED-> GRU']);
  });
  it('accuses no one for other employers, a negated report, or a service of the speaker\'s own side', () => {
    expect(scored('The Netherlands said the three diplomats did not work for the GRU.')).toEqual([]);
    expect(scored('Officials in Kenya said she worked for the World Bank.')).toEqual([]);
    expect(scored('Moscow said the men worked for the FSB.')).toEqual([]);
  });
});

describe('"had entered Japanese territorial waters"', () => {
  it('is an intrusion the report blames on whoever entered', () => {
    expect(scored('The Japan Coast Guard said Chinese vessels had entered the 12-nautical-mile zone off Uotsuri.')).toEqual(['Japanese Coast Guard -ACCUSED-> China']);
  });
  it('is nothing when what was entered is no state\'s space', () => {
    expect(scored('Officials in Tokyo said the Chinese delegation had entered the hall.')).toEqual([]);
  });
});

describe('"fighters of the group known as Islamic State Sahel Province"', () => {
  it('accuses the group named after "known as", whole with its branch', () => {
    expect(scored('Army spokesman Issoufou Laouali said investigators had concluded that fighters of the group known as Islamic State Sahel Province were behind the ambush.')).toEqual([
      'Issoufou Laouali -ACCUSED-> Islamic State Sahel Province',
    ]);
  });
});

describe('reported wrongs: "opened fire", "a violation by", "on behalf of", "had stolen"', () => {
  it.each([
    ["Pakistan's army spokesman Tariq Mehmood said Indian troops had opened \"unprovoked fire\" on Pakistani posts.", 'Tariq Mehmood -ACCUSED-> India'],
    ['Indian Army spokesman Anand Rawat said this was a deliberate ceasefire violation by the Pakistan Army.', 'Anand Rawat -ACCUSED-> Pakistan'],
    ['The Philippine government said the group operates on behalf of the government of China.', 'Philippines -ACCUSED-> China'],
    ['The Philippine government said the group known as Mustang Panda had stolen documents.', 'Philippines -ACCUSED-> Mustang Panda'],
  ])('%s', (body, edge) => {
    expect(scored(body)).toContain(edge);
  });
  it('accuses no one who opened an office', () => {
    expect(scored('Officials in Delhi said the Chinese embassy had opened a new office.')).toEqual([]);
  });
});

describe('"X and Y traded accusations"', () => {
  it('reads each as accusing the other, in the body', () => {
    expect(scored('The United Arab Emirates and Iran traded accusations on Thursday over the seizure of a tanker.')).toEqual([
      'Iran -ACCUSED-> United Arab Emirates',
      'United Arab Emirates -ACCUSED-> Iran',
    ]);
  });
  it('reads nothing into a negated trade, nor into a headline that sums the body up', () => {
    expect(scored('Iran and the UAE did not trade accusations.')).toEqual([]);
    expect(scored('The talks went on.', 'Azerbaijan and Armenia trade blame over border shelling')).toEqual([]);
  });
});

describe('what a harm is blamed on, and who acts on whose behalf in a quotation', () => {
  it('reads "blamed the attack on the Comandos de la Frontera" as a body, not a place', () => {
    expect(scored("Ecuador's foreign ministry blamed the attack on the Comandos de la Frontera.")).toEqual(['Ecuadorian Foreign Ministry -ACCUSED-> Comandos de la Frontera']);
  });
  it('reads \'"... actors operating on behalf of the Chinese state," X said\'', () => {
    expect(scored('"These acts were carried out by actors operating on behalf of the Chinese state," French Foreign Minister Jean-Noel Barrot said.')).toEqual(['Jean-Noel Barrot -ACCUSED-> China']);
    expect(scored('"They were not acting on behalf of China," French Foreign Minister Jean-Noel Barrot said.')).toEqual([]);
  });
});
