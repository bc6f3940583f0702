import { describe, expect, it } from 'vitest';
import { edgesOf, scored } from './helpers.ts';

describe('EXPELLED', () => {
  it('reads the active voice with nationals as the other party, with count and noun', () => {
    const edges = edgesOf('Kenya expelled three Ugandan diplomats on Monday.').filter((e) => e.relation === 'EXPELLED');
    expect(edges.map((e) => [e.source, e.target, e.count, e.object, e.cameo])).toEqual([['Kenya', 'Uganda', 3, 'diplomats', '174']]);
  });

  it('reads the passive voice with a "by" agent named by its capital', () => {
    expect(scored('The Ugandan envoys were ordered out by Nairobi on Friday.')).toEqual(['Kenya -EXPELLED-> Uganda']);
  });

  it('reads "ordered N X to leave", "gave X 72 hours to leave", "declared persona non grata", "kicked out", "sent home"', () => {
    expect(scored('Chile ordered 12 Bolivian diplomats to leave the country.')).toEqual(['Chile -EXPELLED-> Bolivia']);
    expect(scored('Ghana gave Togolese diplomats 72 hours to leave.')).toEqual(['Ghana -EXPELLED-> Togo']);
    expect(scored('Peru declared the Venezuelan ambassador persona non grata.')).toEqual(['Peru -EXPELLED-> Venezuela']);
    expect(scored('Mali kicked the French ambassador out of the country.')).toEqual(['Mali -EXPELLED-> France']);
    expect(scored('Estonia sent two Russian diplomats home.')).toEqual(['Estonia -EXPELLED-> Russia']);
  });

  it('reads "ordered diplomats from A, B, ... and G to leave" as one expulsion each, however long the list', () => {
    expect(scored('Bolivia on Tuesday ordered diplomats from Ecuador, Colombia, Guatemala, Honduras, El Salvador, the Bahamas and Paraguay to leave the country.')).toEqual([
      'Bolivia -EXPELLED-> Bahamas',
      'Bolivia -EXPELLED-> Colombia',
      'Bolivia -EXPELLED-> Ecuador',
      'Bolivia -EXPELLED-> El Salvador',
      'Bolivia -EXPELLED-> Guatemala',
      'Bolivia -EXPELLED-> Honduras',
      'Bolivia -EXPELLED-> Paraguay',
    ]);
    // The reach still ends: a "to leave" far past the order, with no list between, is another matter.
    expect(scored('Bolivia ordered an inquiry into the protests that forced many families living near the border with Peru in recent weeks to leave their homes.')).toEqual([]);
  });

  it('counts "three diplomats from <state>" as it counts "three <demonym> diplomats"', () => {
    const edges = edgesOf('Ecuador ordered three diplomats from Colombia out on Friday.').filter((e) => e.relation === 'EXPELLED');
    expect(edges.map((e) => [e.source, e.target, e.count, e.object])).toEqual([['Ecuador', 'Colombia', 3, 'diplomats']]);
  });

  it('gives an elided expulsion ("declared a third persona non grata", "expelled two more") the other party of the last one', () => {
    expect(scored('Lithuania expelled two Belarusian diplomats on Monday and Poland declared a third persona non grata.')).toEqual([
      'Lithuania -EXPELLED-> Belarus',
      'Poland -EXPELLED-> Belarus',
    ]);
    expect(scored('Lithuania expelled two Belarusian diplomats. Poland expelled two more diplomats on Friday.')).toEqual(['Lithuania -EXPELLED-> Belarus', 'Poland -EXPELLED-> Belarus']);
    // A named party wins, an unrelated noun is no ellipsis, and nothing comes before any expulsion.
    expect(scored('Lithuania expelled two Belarusian diplomats. Poland expelled a third diplomat from Russia.')).toEqual(['Lithuania -EXPELLED-> Belarus', 'Poland -EXPELLED-> Russia']);
    expect(scored('Lithuania expelled two Belarusian diplomats. Poland expelled another journalist.')).toEqual(['Lithuania -EXPELLED-> Belarus']);
    expect(scored('Poland declared a third persona non grata.')).toEqual([]);
  });

  it('reads other wordings of an expulsion: "booted out", "sent X packing", "48 hours to pack their bags", revoked accreditation, "said X must leave"', () => {
    expect(scored('Burkina Faso booted out two French diplomats.')).toEqual(['Burkina Faso -EXPELLED-> France']);
    expect(scored('Kenya sent three Chinese officials packing.')).toEqual(['Kenya -EXPELLED-> China']);
    expect(scored('Chad gave the German ambassador 48 hours to pack his bags.')).toEqual(['Chad -EXPELLED-> Germany']);
    expect(scored('Guatemala revoked the accreditation of two Cuban diplomats.')).toEqual(['Guatemala -EXPELLED-> Cuba']);
    expect(scored('Ecuador withdrew the credentials of the Mexican ambassador.')).toEqual(['Ecuador -EXPELLED-> Mexico']);
    expect(scored("Niger's junta said the French ambassador must leave.")).toEqual(['Niger -EXPELLED-> France']);
    // Recalling one's own envoy, troops told to go, a negation and a hint are no expulsions.
    expect(scored('Ecuador withdrew its ambassador from Mexico.')).toEqual([]);
    expect(scored("Niger's junta said French troops must leave.")).toEqual([]);
    expect(scored("Niger's junta said the French ambassador must not leave.")).toEqual([]);
    expect(scored("Niger's junta hinted the French ambassador must leave.")).toEqual([]);
  });

  it('reads agentless passives by the state left ("was expelled from Poland", "kicked out of", "ordered out of")', () => {
    expect(scored('A Russian diplomat was expelled from Poland.')).toEqual(['Poland -EXPELLED-> Russia']);
    expect(scored('The Iranian ambassador was kicked out of Azerbaijan.')).toEqual(['Azerbaijan -EXPELLED-> Iran']);
    expect(scored('Three Belarusian diplomats were ordered out of Lithuania.')).toEqual(['Lithuania -EXPELLED-> Belarus']);
    expect(scored('The student was expelled from school.')).toEqual([]);
    // A body one is expelled from expels; one that only names a post does not.
    expect(scored('Russia was expelled from the Council of Europe in 2022.')).toEqual(['Council of Europe -EXPELLED-> Russia']);
    expect(scored('Two Russian diplomats were expelled from the OSCE mission in Vienna.')).toEqual([]);
  });

  it('reads a state\'s government behind modifiers ("army-led", "military") as the state', () => {
    expect(scored("Sudan's army-led government ordered 15 Emirati diplomats to leave.")).toEqual(['Sudan -EXPELLED-> United Arab Emirates']);
    expect(scored('The military government of Mali expelled the French ambassador.')).toEqual(['Mali -EXPELLED-> France']);
    // "the Russian military" itself stays the state's people, as before.
    expect(scored('The Russian military accused Ukraine of shelling the plant.')).toEqual(['Russia -ACCUSED-> Ukraine']);
  });

  it('reads "have 48 hours to leave <state>" as that state\'s expulsion, and nothing without a state to leave', () => {
    expect(scored('The three Iranian diplomats have 48 hours to leave Azerbaijan.')).toEqual(['Azerbaijan -EXPELLED-> Iran']);
    expect(scored('The Russian envoys had a week to leave Oslo.')).toEqual(['Norway -EXPELLED-> Russia']);
    expect(scored('Tourists have three days to leave the island.')).toEqual([]);
    // A sentence that opens with the unit has no count before it (this used to throw).
    expect(scored('Days to leave Kenya were few.')).toEqual([]);
    expect(scored('The Iranian diplomats do not have 48 hours to leave Azerbaijan.')).toEqual([]);
  });

  it('splits coordinated actors into one edge each', () => {
    expect(scored('Latvia and Lithuania expelled Belarusian diplomats.')).toEqual(['Latvia -EXPELLED-> Belarus', 'Lithuania -EXPELLED-> Belarus']);
  });

  it('credits every person of a list whose people are named with their states ("A\'s X, B\'s Y and C\'s Z")', () => {
    expect(scored('Ghana’s John Mahama, Kenya’s William Ruto and Nigeria’s Bola Tinubu congratulated Cyril Ramaphosa.')).toEqual([
      'Bola Tinubu -CONGRATULATED-> Cyril Ramaphosa',
      'John Mahama -CONGRATULATED-> Cyril Ramaphosa',
      'William Ruto -CONGRATULATED-> Cyril Ramaphosa',
    ]);
  });

  it('keeps the first of two coordinated actors when the second has an article ("X and the Y")', () => {
    expect(scored('Portugal and the Netherlands congratulated Senegal on a peaceful vote.')).toEqual([
      'Netherlands -CONGRATULATED-> Senegal',
      'Portugal -CONGRATULATED-> Senegal',
    ]);
    expect(scored('Britain and the United States accused Iran of the drone attack.')).toEqual(['United Kingdom -ACCUSED-> Iran', 'United States -ACCUSED-> Iran']);
  });

  it('credits an announced decision to the one who announces it and to the state', () => {
    expect(scored('Foreign Minister Gabrielius Landsbergis announced that Lithuania would expel four Russian diplomats.')).toEqual([
      'Gabrielius Landsbergis -EXPELLED-> Russia',
      'Lithuania -EXPELLED-> Russia',
    ]);
    expect(scored('President Ruto announced that he would kick 20 Somali officials out of the country.')).toEqual(['Ruto -EXPELLED-> Somalia']);
  });

  it('reads a nominalisation with its agent', () => {
    expect(scored('The expulsion of the Danish envoys by Tehran surprised Europe.')).toEqual(['Iran -EXPELLED-> Denmark']);
  });

  it('never reads threats, plans, questions, conditionals or negations as expulsions', () => {
    const texts = [
      'Ecuador threatened to expel the Mexican ambassador.',
      'Ecuador is considering whether to expel Mexican diplomats.',
      'Ecuador weighs expelling Mexican diplomats.',
      'Ecuador could expel Mexican diplomats if the row continues.',
      'Will Ecuador expel Mexican diplomats?',
      'Ecuador has not expelled any Mexican diplomats.',
      'The Mexican ambassador was summoned but was not asked to leave.',
      'Quito suggested it would expel Mexican diplomats.',
    ];
    for (const text of texts) expect(scored(text), text).toEqual([]);
  });

  it('tells the month "May" from the modal "may" ("in May" is a date; "Poland May Expel" in a headline is a maybe)', () => {
    expect(scored('Lithuania expelled two Belarusian diplomats in May.')).toEqual(['Lithuania -EXPELLED-> Belarus']);
    expect(scored('Officials gave no details.', 'Poland May Expel Belarusian Diplomats')).toEqual([]);
    expect(scored('Prime Minister Theresa May expelled 23 Russian diplomats.')).toEqual(['Theresa May -EXPELLED-> Russia']);
  });

  it('never reads an act that is denied as a gerund ("denied expelling", "denied having accused") as the act', () => {
    expect(scored('Kenya denied expelling Ugandan diplomats.').filter((e) => !e.includes('DENIED'))).toEqual([]);
    expect(scored('Kenya denied having accused Uganda.').filter((e) => !e.includes('DENIED'))).toEqual([]);
    // A participle after the denial's object is the denier's own act.
    expect(scored('Uganda denied the claims, accusing Kenya of lying.')).toContain('Uganda -ACCUSED-> Kenya');
  });

  it('reads "X said Y had ..., adding that it would expel" with "it" as X, the one reporting', () => {
    expect(scored('Kenya said Uganda had armed the rebels, adding that it would expel two Ugandan diplomats.')).toEqual(['Kenya -ACCUSED-> Uganda', 'Kenya -EXPELLED-> Uganda']);
  });

  it('keeps a threat as THREATENED, never EXPELLED', () => {
    const edges = edgesOf('Ecuador threatened to expel the Mexican ambassador.');
    expect(edges.map((e) => e.relation)).toEqual(['THREATENED']);
  });

  it('does not count recalling or moving one’s own people', () => {
    expect(scored('Chile recalled its own ambassador and ordered its staff to leave Bolivia.')).toEqual([]);
  });
});

describe('ACCUSED', () => {
  it('reads an actor\'s suspicion as an accusation, but not agentless suspicion or "a suspected spy"', () => {
    expect(scored('Poland suspects Belarus of orchestrating the crisis.')).toEqual(['Poland -ACCUSED-> Belarus']);
    expect(scored('Belarus was suspected by Poland of orchestrating the crisis.')).toEqual(['Poland -ACCUSED-> Belarus']);
    expect(scored('Belarus is suspected of orchestrating the crisis.')).toEqual([]);
    expect(scored('A suspected Belarusian spy was arrested in Poland.')).toEqual([]);
    // Named as the suspect by someone: an accusation; considered one by nobody in particular: not.
    expect(scored('Poland named Belarus as the main suspect in the attack.')).toEqual(['Poland -ACCUSED-> Belarus']);
    expect(scored('Belarus is considered the likely suspect in the attack.')).toEqual([]);
  });

  it('reads "the government of <person>" as that person, as it reads "<person>\'s government"', () => {
    expect(scored('Chile accused the government of Luis Arce of rigging the vote.')).toEqual(['Chile -ACCUSED-> Luis Arce']);
    expect(scored('Chile accused Arce’s government of rigging the vote.')).toEqual(['Chile -ACCUSED-> Arce']);
    // "the government of <state>" stays the state.
    expect(scored('Chile accused the government of Bolivia of rigging the vote.')).toEqual(['Chile -ACCUSED-> Bolivia']);
  });

  it('reads "its neighbour" and "the neighbouring country" as the other state, never the accuser', () => {
    expect(scored('Chad closed its border with Sudan on Monday, accusing its neighbour of arming rebels.')).toEqual(['Chad -ACCUSED-> Sudan']);
    expect(scored('Sudan recalled its envoy from Chad. Foreign Minister Ali Youssef accused the neighbouring country of arming rebels.')).toEqual(['Ali Youssef -ACCUSED-> Chad']);
    // With no other state in reach, "its neighbour" stays unresolved: no edge rather than a guess.
    expect(scored('Chad accused its neighbour of arming rebels.')).toEqual([]);
  });

  it('reads a reported or owned finding that "pointed to" X as an accusation, but not an agentless or hedged one', () => {
    expect(scored('Foreign Minister Samuel Ablakwa said the evidence gathered by police pointed to agents of the Togolese government.')).toEqual([
      'Samuel Ablakwa -ACCUSED-> Togo',
    ]);
    expect(scored("Norway's investigation points squarely at Russian military intelligence.")).toEqual(['Norway -ACCUSED-> Russia']);
    expect(scored('Estonia said its findings pointed towards Belarusian agents.')).toEqual(['Estonia -ACCUSED-> Belarus']);
    expect(scored('The evidence points to Russia.')).toEqual([]);
    expect(scored('Estonia said the evidence did not point to Belarus.')).toEqual([]);
    expect(scored('Estonia said the investigation could point to Belarus.')).toEqual([]);
    expect(scored('Estonia said the signpost pointed to Belarus.')).toEqual([]);
  });

  it('reads a passive accusation whose agent is a nominal ("accused by the junta") as the state the nominal stands for', () => {
    expect(scored("Mali's junta seized power in May. President Bah Ndaw was accused by the junta of sabotage.")).toEqual(['Mali -ACCUSED-> Bah Ndaw']);
  });

  it('does not read "denied the charges, calling them an attempt to justify the coup" as an accusation by the denier', () => {
    expect(scored('President Bah Ndaw was accused by Mali of sabotage. His party denied the charges, calling them an attempt to justify the coup.')).toEqual([
      'Bah Ndaw -DENIED-> Mali',
      'Mali -ACCUSED-> Bah Ndaw',
    ]);
  });

  it('reads "said X organised the attack" as an accusation, but not "organised the talks"', () => {
    expect(scored("Lithuania's State Security Department said it had evidence that Russian military intelligence organised the arson attack.")).toEqual([
      'Lithuanian State Security Department -ACCUSED-> Russia',
    ]);
    expect(scored('Kenya said Uganda ordered the raid on the camp.')).toEqual(['Kenya -ACCUSED-> Uganda']);
    expect(scored('The ministry said Turkey organised the talks.')).toEqual([]);
  });

  it('reads a culpable verb inside a quoted fragment of a reported clause (\'had been "actively undermining our security"\')', () => {
    expect(scored('Estonia expelled two Russian diplomats. Foreign Minister Margus Tsahkna said the diplomats had been "actively undermining our security".')).toEqual([
      'Estonia -EXPELLED-> Russia',
      'Margus Tsahkna -ACCUSED-> Russia',
    ]);
    // A whole quoted sentence keeps its own clause: its speaker accuses, as before.
    expect(scored('"Russia has been undermining our security," Margus Tsahkna said.')).toEqual(['Margus Tsahkna -ACCUSED-> Russia']);
  });

  it('reads "said X had engaged in activities incompatible with their status" as an accusation, not "engaged in talks"', () => {
    expect(scored('Norway said the three Russians had engaged in activities incompatible with their diplomatic status.')).toEqual(['Norway -ACCUSED-> Russia']);
    expect(scored('Serbia expelled two Croatian diplomats. Serbia said the diplomats had engaged in "provocative acts".')).toEqual([
      'Serbia -ACCUSED-> Croatia',
      'Serbia -EXPELLED-> Croatia',
    ]);
    expect(scored('Norway said Russia had engaged in talks with Finland.')).toEqual([]);
  });

  it('reads "expelled one Russian diplomat after accusing him of spying" as accusing that diplomat\'s state', () => {
    expect(scored('The Polish government expelled one Belarusian diplomat in May after accusing him of spying.')).toEqual([
      'Poland -ACCUSED-> Belarus',
      'Poland -EXPELLED-> Belarus',
    ]);
    // So is a post's one member: "a Russian embassy employee ... accusing him".
    expect(scored('Moldova declared a Russian embassy employee persona non grata, accusing him of destabilising the country.')).toEqual([
      'Moldova -ACCUSED-> Russian Embassy',
      'Moldova -EXPELLED-> Russia',
    ]);
    // A person told of after the national is the one meant.
    expect(scored('Poland expelled a Belarusian diplomat and President Andrzej Duda later accused him of lying.')).toEqual(['Poland -EXPELLED-> Belarus']);
  });

  it('reads "the three countries" after a list of three states as those states, and a group whose number fits no list as a group', () => {
    const listed = 'Bolivia expelled diplomats from Ecuador, Colombia and Peru on Monday.';
    expect(scored(`${listed} Foreign Minister Celinda Sosa accused the three countries of interference.`)).toEqual([
      'Bolivia -EXPELLED-> Colombia',
      'Bolivia -EXPELLED-> Ecuador',
      'Bolivia -EXPELLED-> Peru',
      'Celinda Sosa -ACCUSED-> Colombia',
      'Celinda Sosa -ACCUSED-> Ecuador',
      'Celinda Sosa -ACCUSED-> Peru',
    ]);
    expect(scored(`${listed} Foreign Minister Celinda Sosa accused the two countries of interference.`).filter((e) => e.includes('ACCUSED'))).toEqual([
      'Celinda Sosa -ACCUSED-> two countries',
    ]);
  });

  it('reads "said X had acted \"in flagrant violation\" of the law" and "violated" as accusations, by both of "A and her counterpart B"', () => {
    expect(scored('Prime Minister Mette Frederiksen and her Swedish counterpart Ulf Kristersson said that the GRU had acted "in flagrant violation of international law".')).toEqual([
      'Mette Frederiksen -ACCUSED-> GRU',
      'Ulf Kristersson -ACCUSED-> GRU',
    ]);
    expect(scored('Denmark said Russian aircraft had violated its airspace.')).toEqual(['Denmark -ACCUSED-> Russia']);
    expect(scored('Denmark said Russia had acted in good faith.')).toEqual([]);
  });

  it('reads "the agency" as the intelligence agency named before by its acronym', () => {
    expect(scored('Denmark expelled two members of the GRU. Britain accused the agency of cyber attacks.')).toContain('United Kingdom -ACCUSED-> GRU');
  });

  it('reads "the attack was blamed on X by Y" with X as the accused', () => {
    expect(scored('The attack was blamed on Russia by Britain.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
  });

  it('reads "the government" blamed by a person of no known state as the state the article is about', () => {
    expect(
      scored(
        'Tanzanian President Samia Suluhu Hassan won a second term. Tanzania said turnout was high. Hassan thanked voters. Kenya said it was ready to help. Opposition leader Tundu Lissu accused the government of rigging the vote.',
      ),
    ).toContain('Tundu Lissu -ACCUSED-> Tanzania');
  });

  it('reads "hackers working for the ministry were behind it" as accusing the ministry named before by its full name', () => {
    expect(scored("Canada blamed China's Ministry of State Security for the breach. Melanie Joly said hackers working for the ministry were behind the intrusion.")).toEqual([
      'Canada -ACCUSED-> MSS',
      'Melanie Joly -ACCUSED-> MSS',
    ]);
  });

  it('reads an expulsion "for" a wrong as blaming the expelled, but not one "over" a matter or "for" a length of time', () => {
    expect(scored('Norway expelled three Russian diplomats for spying.')).toEqual(['Norway -ACCUSED-> Russia', 'Norway -EXPELLED-> Russia']);
    expect(scored('Foreign Minister Gabriela Sommerfeld said the Argentine ambassador had been declared persona non grata for "unacceptable" interference.')).toEqual([
      'Gabriela Sommerfeld -ACCUSED-> Argentina',
      'Gabriela Sommerfeld -EXPELLED-> Argentina',
    ]);
    expect(scored('Germany expelled 40 Russian diplomats over the killings in Bucha.')).toEqual(['Germany -EXPELLED-> Russia']);
    expect(scored('Kenya expelled two Ugandan diplomats for 72 hours.')).toEqual(['Kenya -EXPELLED-> Uganda']);
  });

  it('reads "X, whom he called a \"war criminal\"" as an accusation of X by "he", who is not X', () => {
    expect(scored('President Gustavo Petro said he had cut off contact with Prime Minister Benjamin Netanyahu, whom he called a "war criminal".')).toEqual([
      'Gustavo Petro -ACCUSED-> Benjamin Netanyahu',
    ]);
  });

  it('gives the second clause of a headline comma splice its own subject ("Colombia recalls envoy, Petro calls Netanyahu a criminal")', () => {
    expect(scored('President Gustavo Petro spoke.', 'Colombia recalls envoy from Israel, Petro calls Netanyahu a "war criminal"')).toContain('Gustavo Petro -ACCUSED-> Netanyahu');
    expect(scored('President Gustavo Petro spoke.', 'Colombia recalls envoy from Israel, Petro calls Netanyahu a "war criminal"')).not.toContain('Colombia -ACCUSED-> Netanyahu');
  });

  it('gives "X said, adding that ..." to X, the one who said it', () => {
    expect(scored('Ghana recalled its envoy, Foreign Minister Samuel Ablakwa said, adding that the evidence pointed to Togo.')).toEqual(['Samuel Ablakwa -ACCUSED-> Togo']);
  });

  it('reads "said the official had tried to recruit police officers" as an accusation', () => {
    expect(scored('Interior Minister Ivica Dacic said the Croatian official had tried to recruit Serbian police officers.')).toEqual(['Ivica Dacic -ACCUSED-> Croatia']);
  });

  it('reads "saying ... and that Mexico had abused the immunities of its mission" as an accusation', () => {
    expect(scored("Ecuador's government defended the raid, saying the man was a convicted criminal and that Mexico had abused the immunities of its diplomatic mission.")).toEqual([
      'Ecuador -ACCUSED-> Mexico',
    ]);
  });

  it('reads "had allowed foreign troops ... to prepare an attack" and "was putting X in danger" as accusations, not "allowed the talks" or "put it to a vote"', () => {
    expect(scored('Togo said Ghana had allowed foreign troops to use its territory to prepare an attack.')).toEqual(['Togo -ACCUSED-> Ghana']);
    expect(scored("Prime Minister Jonas Gahr Store said Israel's government was putting a two-state solution in danger.")).toEqual(['Jonas Gahr Store -ACCUSED-> Israel']);
    expect(scored('Togo said Ghana had endangered the peace process.')).toEqual(['Togo -ACCUSED-> Ghana']);
    expect(scored('Togo said Ghana had allowed the talks to continue.')).toEqual([]);
    expect(scored('Togo said Ghana had put the proposal to a vote.')).toEqual([]);
  });

  it('reads accuse, blame, hold responsible and "named as the perpetrator"', () => {
    expect(scored('Poland accused Belarus of orchestrating the crisis.')).toEqual(['Poland -ACCUSED-> Belarus']);
    expect(scored('Seoul blamed Pyongyang for the cyberattack.')).toEqual(['South Korea -ACCUSED-> North Korea']);
    expect(scored('The Albanian government held Iran responsible for the attack.')).toEqual(['Albania -ACCUSED-> Iran']);
    expect(scored('Australia formally named China as the perpetrator of the hack.')).toEqual(['Australia -ACCUSED-> China']);
  });

  it('reads a participle that shares the main clause subject, with a pronoun object', () => {
    expect(scored('Norway expelled 15 Russian diplomats, accusing them of spying.')).toEqual(['Norway -ACCUSED-> Russia', 'Norway -EXPELLED-> Russia']);
  });

  it('reads a reported finding: "said there were signs that X had committed"', () => {
    expect(scored('President Gitanas Nauseda said there were clear signs that Belarusian agents had carried out the attack.')).toEqual([
      'Gitanas Nauseda -ACCUSED-> Belarus',
    ]);
  });

  it('reads "led X to conclude that Y was responsible"', () => {
    expect(scored('The inquiry led Judge Amara Diallo to conclude that Niger was responsible for the raid.')).toEqual(['Amara Diallo -ACCUSED-> Niger']);
  });

  it('does not read negated or declined accusations, or agentless suspicion', () => {
    const texts = [
      'Hungary declined to blame Russia for the hacking.',
      'The president has not publicly blamed Iran for the attack.',
      'Iran is considered the most likely suspect.',
      'Officials said no evidence showed that Iran had carried out the attack.',
    ];
    for (const text of texts) expect(scored(text), text).toEqual([]);
  });
});

describe('DENIED', () => {
  it('aims a denial at the last one who accused the denier (or its state)', () => {
    const body = 'Poland accused Belarus of staging the crisis. Belarusian spokesman Anatol Glaz rejected the accusations.';
    expect(scored(body)).toContain('Anatol Glaz -DENIED-> Poland');
  });

  it('finds the denier named after a bare head and a role that open the sentence ("Embassy spokesman X")', () => {
    const body = 'Chile accused Peru of spying. Embassy spokeswoman Rosa Quispe denied that any of the staff had spied.';
    expect(scored(body)).toEqual(['Chile -ACCUSED-> Peru', 'Rosa Quispe -DENIED-> Chile']);
    // A bare head and a role before a state is not a person's denial.
    expect(scored('Chile accused Peru of spying. Ministry officials denied it.')).toEqual(['Chile -ACCUSED-> Peru']);
  });

  it('reads a quoted object with commas after "rejected" ("the \"baseless, even absurd claims\"")', () => {
    const body = 'Benin accused Niger of arming rebels. Niger rejected the "baseless, even absurd claims" on Monday.';
    expect(scored(body)).toEqual(['Benin -ACCUSED-> Niger', 'Niger -DENIED-> Benin']);
    // A quote that closes before any accusation noun is not a denial.
    expect(scored('Benin accused Niger of arming rebels. Niger rejected the "hasty, unilateral" decision.')).toEqual(['Benin -ACCUSED-> Niger']);
  });

  it('gives a denial to the person named after a place and a role ("Lisbon coach X"), not to the state of the place', () => {
    expect(scored('Lisbon coach Rui Costa rejected the claims.')).toEqual(['Rui Costa -DENIED-> @Event']);
    expect(scored('Oslo manager Kari Nilsen denied the allegations.')).toEqual(['Kari Nilsen -DENIED-> @Event']);
  });

  it('reads "had nothing to do with" and "said the claims were \"a lie\"" as denials', () => {
    const accused = 'Latvia accused Belarus of sending migrants.';
    expect(scored(`${accused} Minsk insisted it had nothing to do with the incident.`)).toEqual(['Belarus -DENIED-> Latvia', 'Latvia -ACCUSED-> Belarus']);
    expect(scored(`${accused} A Belarusian foreign ministry spokesman said the claims were "a lie".`)).toContain('Belarusian Foreign Ministry -DENIED-> Latvia');
    // Nothing to do with an actor, said of something else, denies nothing.
    expect(scored(`${accused} The fire had nothing to do with Belarus, officials said.`)).toEqual(['Latvia -ACCUSED-> Belarus']);
  });

  it('aims a state\'s denial at the incident when nobody accused that state', () => {
    expect(scored('Ecuador accused Mexico of sheltering a fugitive. Iran dismissed the report as lies.')).toEqual(['Ecuador -ACCUSED-> Mexico', 'Iran -DENIED-> @Event']);
    // A denier whose side is unknown still answers the last accuser.
    expect(scored('Ecuador accused Mexico of sheltering a fugitive. Spokesman Juan Perez dismissed the report as lies.')).toContain('Juan Perez -DENIED-> Ecuador');
  });

  it('aims at a named accuser', () => {
    // The node takes the package's common name; "Turkey" stays an alias.
    expect(scored('Turkey rejected Sweden’s claims on Friday.')).toEqual(['Türkiye -DENIED-> Sweden']);
  });

  it('aims at an accuser named by nationality, but not at the denier’s own side', () => {
    expect(scored('Liberia denied Guinean accusations.')).toEqual(['Liberia -DENIED-> Guinea']);
    expect(scored('Moscow denied Russian involvement.')).toEqual(['Russia -DENIED-> @Event']);
  });

  it('reads "these accusations are baseless" as a denial by its speaker', () => {
    expect(scored('Guinea accused Liberia of arming rebels. "These accusations are baseless," Liberian spokesman Amos Tubman said.')).toContain('Amos Tubman -DENIED-> Guinea');
  });

  it('falls back to an Event when nobody accused the denier', () => {
    expect(scored('Tehran denied any role in the explosion.')).toEqual(['Iran -DENIED-> @Event']);
  });

  it('reads "denied that <something harmless>" as a denial only when somebody accused the denier', () => {
    expect(scored('Argentina coach Lionel Scaloni denied that his team had lost focus.')).toEqual([]);
    expect(scored('Tehran denied that it had attacked the tanker.')).toEqual(['Iran -DENIED-> @Event']);
    expect(scored('Kenya accused Uganda of backing the rebels. Kampala denied that its troops were in Kenya.')).toEqual(['Kenya -ACCUSED-> Uganda', 'Uganda -DENIED-> Kenya']);
  });

  it('names the denied incident without the time it was denied in ("throughout the trial", "during the hearing")', () => {
    const named = (text: string) => edgesOf(text).filter((e) => e.relation === 'DENIED').map((e) => e.target);
    expect(named('Former president Pedro Castillo denied the charges throughout the trial.')).toEqual(['the charges']);
    expect(named('Tehran denied any role in the explosion during the hearing.')).toEqual(['any role in the explosion']);
  });

  it('reads "insisted it was not involved (in X)" by the speaker\'s own side as a denial, and names what is denied without the verdict or "to do with"', () => {
    const denied = (text: string) => edgesOf(text).filter((e) => e.relation === 'DENIED').map((e) => `${e.source} -> ${e.target}`);
    expect(denied('Uganda insisted it was not involved in the attack on the border post.')).toEqual(['Uganda -> the attack']);
    expect(denied('Uganda said its troops were not behind the attack.')).toEqual(['Uganda -> the attack']);
    expect(denied('Kenya accused Uganda of the raid. Uganda said it was not responsible.')).toEqual(['Uganda -> Kenya']);
    expect(denied('Uganda said it had nothing to do with the attack.')).toEqual(['Uganda -> the attack']);
    expect(denied('Uganda called the accusation absurd.')).toEqual(['Uganda -> the accusation']);
    // Clearing someone else is no denial.
    expect(denied('Kenya said Uganda was not involved.')).toEqual([]);
  });

  it('reads a quoted name for the accusations ("called the accusations \"Western spy mania\"") and "had never been involved" as denials', () => {
    expect(scored('Denmark accused Russia of hacking. The Russian Foreign Ministry called the accusations "Western spy mania".')).toContain('Russian Foreign Ministry -DENIED-> Denmark');
    expect(scored('Denmark accused Russia of hacking. Kremlin spokesman Dmitry Peskov said Russia had never been involved in any such activity.')).toContain('Dmitry Peskov -DENIED-> Denmark');
    expect(scored('Denmark accused Russia of hacking. Moscow called the accusations "a provocation".')).toContain('Russia -DENIED-> Denmark');
    // Not the accused side's accusations: a third party calling them "credible" denies nothing for anyone else.
    expect(scored('Denmark accused Russia of hacking. Sweden called the accusations "credible".').filter((e) => e.includes('DENIED'))).toEqual([]);
  });

  it('reads a passive denial ("the allegations were denied by Moscow"), but not a refusal or a negation', () => {
    expect(scored('Britain accused Russia of the attack. The allegations were denied by Moscow.')).toEqual(['Russia -DENIED-> United Kingdom', 'United Kingdom -ACCUSED-> Russia']);
    expect(scored('The accusations were rejected by the Kremlin as absurd.')).toEqual(['Kremlin -DENIED-> @Event']);
    expect(scored('He was denied entry by Hungary.')).toEqual([]);
    expect(scored('The claims have not been denied by Moscow.')).toEqual([]);
  });

  it('reads "rejected X\'s remarks as unfounded" as a denial aimed at X', () => {
    expect(scored('Foreign Minister Eli Cohen accused Turkey of siding with Hamas. The Turkish foreign ministry rejected Cohen\'s remarks as "unfounded".')).toContain(
      'Turkish Foreign Ministry -DENIED-> Eli Cohen',
    );
  });

  it('reads "said X had presented no evidence" as a denial answering X', () => {
    expect(scored('Foreign Minister Gordan Grlic Radman said Serbia had presented no evidence to back its claims.')).toEqual(['Gordan Grlic Radman -DENIED-> Serbia']);
    // Nor does one's own side's lack of evidence deny anything.
    expect(scored('Croatian Foreign Minister Gordan Grlic Radman said Croatia had presented no evidence.')).toEqual([]);
  });

  it('does not read a refused request or a refused extradition as a denial', () => {
    expect(scored('Poland accused Belarus of provocations. Minsk rejected calls for mediation.')).toEqual(['Poland -ACCUSED-> Belarus']);
    expect(scored('Hungary denied the Ukrainian minister entry.')).toEqual([]);
  });
});

describe('CONGRATULATED', () => {
  it('never reads a congratulation that "will" or "would" come as one, even when it is announced', () => {
    expect(scored('President Cyril Ramaphosa said he would congratulate Emmerson Mnangagwa once results were final.')).toEqual([]);
    expect(scored('Cyril Ramaphosa will congratulate Emmerson Mnangagwa, officials said.')).toEqual([]);
    // An announced expulsion is a decision all the same.
    expect(scored('Zambia will expel four Malawian diplomats, officials said.')).toEqual(['Zambia -EXPELLED-> Malawi']);
  });

  it('gives "and <demonym> President X also sent his congratulations" after a reporting clause to X, not to the first actor', () => {
    expect(
      scored('Kenyan President William Ruto congratulated Samia Suluhu Hassan in a letter, State House said, and Ugandan President Yoweri Museveni also sent his congratulations.'),
    ).toEqual(['William Ruto -CONGRATULATED-> Samia Suluhu Hassan', 'Yoweri Museveni -CONGRATULATED-> Samia Suluhu Hassan']);
    // Two coordinated actors, each with a demonym and a title, both act.
    expect(
      scored('William Ruto congratulated Samia Suluhu Hassan. Ugandan President Yoweri Museveni and Rwandan President Paul Kagame also sent messages of congratulations.'),
    ).toEqual(['Paul Kagame -CONGRATULATED-> Samia Suluhu Hassan', 'William Ruto -CONGRATULATED-> Samia Suluhu Hassan', 'Yoweri Museveni -CONGRATULATED-> Samia Suluhu Hassan']);
  });

  it('reads "received a congratulatory call from X" as X congratulating the receiver', () => {
    expect(scored('Yoweri Museveni received a congratulatory call from William Ruto.')).toEqual(['William Ruto -CONGRATULATED-> Yoweri Museveni']);
  });

  it('gives "Defeated candidate X conceded and congratulated his rival" to X, aimed at the one the article congratulates', () => {
    expect(scored('President Luis Arce congratulated Rodrigo Paz. Defeated candidate Jorge Quiroga conceded and congratulated his rival.')).toEqual([
      'Jorge Quiroga -CONGRATULATED-> Rodrigo Paz',
      'Luis Arce -CONGRATULATED-> Rodrigo Paz',
    ]);
  });

  it('gives a headline\'s congratulation of "Haiti\'s new prime minister" to the person the article then congratulates', () => {
    expect(scored('Kenyan President William Ruto congratulated Garry Conille on his appointment.', "Kenya congratulates Haiti's new prime minister")).toEqual([
      'Kenya -CONGRATULATED-> Garry Conille',
      'William Ruto -CONGRATULATED-> Garry Conille',
    ]);
    // Nobody named later: the office still stands for its state, as before.
    expect(scored('Officials gave no details.', "Kenya congratulates Haiti's new prime minister")).toEqual(['Kenya -CONGRATULATED-> Haiti']);
  });

  it('reads "both leaders had congratulated each other" as a congratulation each way between the two people just named', () => {
    expect(scored('President Emmanuel Macron spoke with Algerian President Abdelmadjid Tebboune, and both leaders had congratulated each other.')).toEqual([
      'Abdelmadjid Tebboune -CONGRATULATED-> Emmanuel Macron',
      'Emmanuel Macron -CONGRATULATED-> Abdelmadjid Tebboune',
    ]);
    expect(scored('Kenya and Uganda congratulated each other.')).toEqual(['Kenya -CONGRATULATED-> Uganda', 'Uganda -CONGRATULATED-> Kenya']);
  });

  it('reads congratulate, a message of congratulations, and a call to congratulate him', () => {
    expect(scored('Kenyan President William Ruto congratulated Tanzanian President Samia Suluhu Hassan.')).toEqual(['William Ruto -CONGRATULATED-> Samia Suluhu Hassan']);
    expect(scored('President Cyril Ramaphosa sent Emmerson Mnangagwa a message of congratulations.')).toEqual(['Cyril Ramaphosa -CONGRATULATED-> Emmerson Mnangagwa']);
    expect(scored('Prime Minister Mark Rutte phoned President Andrzej Duda to congratulate him on his victory.')).toEqual(['Mark Rutte -CONGRATULATED-> Andrzej Duda']);
  });

  it('does not read refused, withheld or planned congratulations, or a thank-you', () => {
    const texts = [
      'Prime Minister Mark Rutte refused to congratulate President Andrzej Duda.',
      'Berlin and Paris sent no congratulations to Minsk.',
      'President Andrzej Duda thanked Prime Minister Mark Rutte for his congratulations.',
      'President Andrzej Duda phoned Prime Minister Mark Rutte to express support.',
    ];
    for (const text of texts) expect(scored(text), text).toEqual([]);
  });
});

describe('edge attributes', () => {
  it('carries the sentence verbatim, its offsets, the article id and an edge key from ids.ts', () => {
    const edges = edgesOf('Quiet start. Chile expelled two Peruvian diplomats.');
    const e = edges.find((x) => x.relation === 'EXPELLED')!;
    expect(e.evidence).toBe('Chile expelled two Peruvian diplomats.');
    expect(e.end - e.start).toBe(e.evidence.length);
    expect(e.article).toMatch(/^a-[0-9a-f]{16}$/);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  });
});
