// Constructions that the dev corpus barely uses but unseen articles do: appositive subjects,
// raising ("among the first to"), pronouns that must skip their own clause's subject, participial
// adjuncts, geographic names that contain a state, compound titles, name suffixes. Every sentence
// here is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { edgesOf, scored } from './helpers.ts';

function nodes(body: string, kind: string): string[] {
  const { graph } = extractArticle(`Untitled report\n\n${body}\n`);
  return graph.filterNodes((_k, a) => a.kind === kind).map((k) => graph.getNodeAttribute(k, 'name')).sort();
}

function aliasesOf(body: string, name: string): string[] {
  const { graph } = extractArticle(`Untitled report\n\n${body}\n`);
  const key = graph.findNode((_k, a) => a.name === name);
  return key === undefined ? [] : [...graph.getNodeAttribute(key, 'aliases')].sort();
}

describe('appositive subjects and congratulations without a stated object', () => {
  it('takes the person in the apposition as the subject', () => {
    expect(scored("Bahrain's king, Hamad bin Isa Al Khalifa, congratulated Nawaf Salam on Monday.")).toEqual(['Hamad bin Isa Al Khalifa -CONGRATULATED-> Nawaf Salam']);
    expect(scored("The Netherlands' prime minister, Dick Schoof, congratulated Nawaf Salam.")).toEqual(['Dick Schoof -CONGRATULATED-> Nawaf Salam']);
    expect(scored('The Egyptian president, Abdel Fattah al-Sisi, congratulated Nawaf Salam.')).toEqual(['Abdel Fattah al-Sisi -CONGRATULATED-> Nawaf Salam']);
  });

  it('sends an objectless message of congratulations to the one the article congratulates', () => {
    const body = "Arab leaders on Tuesday congratulated Nawaf Salam on his appointment as Lebanon's prime minister. Bahrain's king, Hamad bin Isa Al Khalifa, sent a message of congratulations.";
    expect(scored(body)).toContain('Hamad bin Isa Al Khalifa -CONGRATULATED-> Nawaf Salam');
  });

  it('does not invent a target for a message that was not sent', () => {
    const body = 'Arab leaders congratulated Nawaf Salam. Syria sent no message of congratulations.';
    expect(scored(body).filter((e) => e.startsWith('Syria'))).toEqual([]);
  });
});

describe('raising constructions', () => {
  it('reads "among the first to", "the first country to", "the latest to" as the act', () => {
    expect(scored('Turkish President Recep Tayyip Erdogan was among the first to congratulate Masoud Pezeshkian.')).toEqual([
      'Recep Tayyip Erdogan -CONGRATULATED-> Masoud Pezeshkian',
    ]);
    expect(scored('Estonia was the first country to expel a Chinese diplomat over the affair.')).toEqual(['Estonia -EXPELLED-> China']);
    expect(scored('Latvia became the latest to accuse Moscow of sabotage.')).toEqual(['Latvia -ACCUSED-> Russia']);
  });

  it('keeps a future or hypothetical ranking blocked', () => {
    expect(scored('Estonia would be the first country to expel a Chinese diplomat.')).toEqual([]);
  });
});

describe('pronouns', () => {
  it('never binds an object pronoun to its own clause subject', () => {
    const body = 'Kenyan President William Ruto won the vote. Ugandan President Yoweri Museveni also congratulated him.';
    expect(scored(body)).toEqual(['Yoweri Museveni -CONGRATULATED-> William Ruto']);
  });

  it('lets a participle after a statement take the statement issuer as actor', () => {
    const body = 'Kenyan President William Ruto won the vote. Ghanaian President John Mahama issued a statement congratulating him as well.';
    expect(scored(body)).toEqual(['John Mahama -CONGRATULATED-> William Ruto']);
  });

  it('lets a sentence-initial "she" continue the previous subject, not the expelled envoy', () => {
    const body = 'Interior Minister Ana Torres said the attaché, Miguel Soto, had been declared persona non grata. She accused Caracas of running a spy ring.';
    const edges = scored(body);
    expect(edges).toContain('Ana Torres -ACCUSED-> Venezuela');
    expect(edges.filter((e) => e.startsWith('Miguel Soto'))).toEqual([]);
  });

  it('uses a known gender: "her" is not the father named in between', () => {
    const body = 'Thai voters elected Yingluck Chai on Sunday and she thanked them. Lao leader Sonexay Siphandone, a friend of her father, Somchai Chai, congratulated her.';
    const edges = scored(body);
    expect(edges).toContain('Sonexay Siphandone -CONGRATULATED-> Yingluck Chai');
    expect(edges.filter((e) => e.endsWith('Somchai Chai'))).toEqual([]);
  });
});

describe('participial adjuncts and coordinated clauses', () => {
  it('gives a participial adjunct the main clause subject, not the object', () => {
    const body = "Ghana's government declared Togo's ambassador Kodjo Adedze persona non grata and gave him 48 hours to leave Accra, accusing Lome of arming rebels.";
    const edges = scored(body);
    expect(edges).toContain('Ghana -ACCUSED-> Togo');
    expect(edges.filter((e) => e.startsWith('Kodjo Adedze'))).toEqual([]);
  });

  it('reads the second conjunct of a subordinate clause', () => {
    const body = 'Ties have been poor since 2018, when Peru withdrew its envoy from Caracas and Venezuela accused Peruvian officials of plotting a coup.';
    expect(scored(body)).toEqual(['Venezuela -ACCUSED-> Peru']);
  });

  it('still reads a coordination inside a phrase as one subject', () => {
    expect(scored('Allies of Latvia and Estonia expelled Russian diplomats.').filter((e) => e.startsWith('Estonia'))).toEqual([]);
  });
});

describe('denials and culpability', () => {
  it('emits a denial by a government named by its nationality', () => {
    const body = 'Peru accused Venezuela of sheltering the gang. The Venezuelan government rejected the accusation.';
    expect(scored(body)).toEqual(['Peru -ACCUSED-> Venezuela', 'Venezuela -DENIED-> Peru']);
  });

  it('reads "<people> working for X were behind" in a nested report and in a quote', () => {
    expect(scored('Defence Minister Ruben Brekelmans said investigators had concluded that hackers working for Iran were behind the intrusion.')).toEqual([
      'Ruben Brekelmans -ACCUSED-> Iran',
    ]);
    expect(scored('"Syria is behind this attack," Foreign Minister Hakan Fidan told reporters.')).toEqual(['Hakan Fidan -ACCUSED-> Syria']);
    expect(scored('"Syria is not behind this attack," Foreign Minister Hakan Fidan told reporters.')).toEqual([]);
  });

  it('reads a compound title as a title, not the subject', () => {
    expect(scored('Government spokesman Eric Mutua accused Tanzania of harbouring smugglers.')).toEqual(['Eric Mutua -ACCUSED-> Tanzania']);
  });
});

describe('more appositions, denials and culpability', () => {
  it('takes the person after "<agency> spokesman," as the subject', () => {
    const body = "Sudan accused Egypt of bombing Khartoum. Egypt's foreign ministry spokesman, Tamim Khallaf, rejected the allegations.";
    expect(scored(body)).toContain('Tamim Khallaf -DENIED-> Sudan');
  });

  it('reads "called the accusations absurd" as a denial', () => {
    const body = 'Sudan accused Egypt of arming militias. The Egyptian foreign ministry called the accusations absurd.';
    expect(scored(body)).toContain('Egyptian Foreign Ministry -DENIED-> Sudan');
  });

  it('resolves "the junta" to the state whose military governs', () => {
    const body = "Guinea's junta suspended the election. The junta accused France of funding the opposition.";
    expect(scored(body)).toEqual(['Guinea -ACCUSED-> France']);
  });

  it('reads a passive culpable act by its agent, never a dismissed official', () => {
    expect(scored('Kyiv said the missiles had been fired by Russian units.')).toEqual(['Ukraine -ACCUSED-> Russia']);
    expect(scored('Kenya said Foreign Minister Ali Mwangi had been fired by President William Ruto.')).toEqual([]);
  });

  it('gives "the <nationality> prime minister" being congratulated to the person congratulated', () => {
    const body = 'Leaders congratulated Dick Schoof on Monday. Belgian Prime Minister Bart De Wever was among the first to congratulate the Dutch prime minister.';
    expect(scored(body)).toContain('Bart De Wever -CONGRATULATED-> Dick Schoof');
    expect(scored(body).filter((e) => e.endsWith('Netherlands'))).toEqual([]);
  });
});

describe('constructions from the third blind batch', () => {
  it('binds "who congratulated him" to the one called, not the relative antecedent', () => {
    const body = "Kenyan President William Ruto received a call from Ghana's John Mahama, who congratulated him on his victory.";
    expect(scored(body)).toEqual(['John Mahama -CONGRATULATED-> William Ruto']);
  });

  it('reads "telephoned X to offer his congratulations" as congratulating X', () => {
    expect(scored('Nigerian President Bola Tinubu telephoned William Ruto on Friday to offer his congratulations.')).toEqual(['Bola Tinubu -CONGRATULATED-> William Ruto']);
  });

  it('reads "attributed ... to X", "put the blame on X", "pointed the finger at X" as accusations', () => {
    expect(scored('Estonia attributed the cyberattack to Russian military intelligence.')).toEqual(['Estonia -ACCUSED-> Russia']);
    expect(scored('Lithuania put the blame squarely on Minsk.')).toEqual(['Lithuania -ACCUSED-> Belarus']);
    expect(scored('Latvia pointed the finger at Moscow on Monday.')).toEqual(['Latvia -ACCUSED-> Russia']);
  });

  it('reads support for an armed group in a report as culpability, and nothing else', () => {
    expect(scored('Kinshasa said Rwanda had armed the rebels.')).toEqual(['DR Congo -ACCUSED-> Rwanda']);
    expect(scored('Kenya said Uganda had trained the police.')).toEqual([]);
    // "supported" counts only with an armed group after it; "security services" are the state's.
    expect(scored('Chad said Sudanese security services had supported a separatist group.')).toEqual(['Chad -ACCUSED-> Sudan']);
    expect(scored('Chad said Sudan had supported the peace talks.')).toEqual([]);
  });

  it('gives ", and blamed" after a report the sentence subject', () => {
    const body = 'Foreign Minister Musalia Mudavadi said the border had been closed for a week, and blamed Mogadishu for the delay.';
    expect(scored(body)).toEqual(['Musalia Mudavadi -ACCUSED-> Somalia']);
  });

  it('gives an absolute "with X accusing" its own subject', () => {
    const body = 'Ghana cut ties with Togo on Monday, with Foreign Minister Samuel Ablakwa accusing Lome of arming rebels.';
    expect(scored(body)).toContain('Samuel Ablakwa -ACCUSED-> Togo');
    expect(scored(body).filter((e) => e.startsWith('Ghana -ACCUSED'))).toEqual([]);
  });

  it('reads plural "personae non gratae" and a possessive determiner before the object', () => {
    expect(scored('Chile declared three Peruvian officers personae non gratae.')).toEqual(['Chile -EXPELLED-> Peru']);
    const edges = scored('President William Ruto accused his Ugandan counterpart, Yoweri Museveni, of lying.');
    expect(edges).toContain('William Ruto -ACCUSED-> Yoweri Museveni');
    expect(edges.filter((e) => e.endsWith('William Ruto'))).toEqual([]);
  });

  it('reads a dismissal of the reasons given as a denial', () => {
    const body = 'Ghana accused Togo of arming rebels. Togolese Foreign Minister Robert Dussey dismissed the reasons given by Accra as pretexts.';
    expect(scored(body)).toContain('Robert Dussey -DENIED-> Ghana');
  });
});

describe('names', () => {
  it('reads "Democratic Republic of Congo" and a later bare "Congo" as one state', () => {
    expect(nodes('The Democratic Republic of Congo recalled its envoy. Congo said talks had failed.', 'State')).toEqual(['DR Congo']);
  });

  it('names offices after their holder and never makes GPS an agency', () => {
    const body = "The Attorney General's Office said GPS signals were jammed.";
    expect(nodes(body, 'Agency')).toEqual(["Attorney General's Office"]);
  });

  it('keeps runs of particles inside names', () => {
    expect(nodes('Minister Anna van den Berg spoke.', 'Person')).toEqual(['Anna van den Berg']);
  });

  it('reads a surname that is a country name as the person named in full', () => {
    const body = 'Foreign Minister Ana Jordan said talks had failed. Jordan added that Chile would respond.';
    expect(nodes(body, 'Person')).toEqual(['Ana Jordan']);
    expect(nodes(body, 'State')).toEqual(['Chile']);
  });

  it('names organisations that open with their head: "Alliance of Sahel States"', () => {
    expect(nodes('The Alliance of Sahel States met in Bamako.', 'Agency')).toEqual(['Alliance of Sahel States']);
  });

  it('knows seats of government the country list lacks', () => {
    expect(scored('La Paz expelled two Chilean diplomats.')).toEqual(['Bolivia -EXPELLED-> Chile']);
  });

  it('makes geographic names with a state inside places, not states', () => {
    const body = 'Ships crossed the Indian Ocean, the Gulf of Mexico, the Taiwan Strait, the English Channel and the South China Sea.';
    expect(nodes(body, 'State')).toEqual([]);
    expect(nodes(body, 'Place')).toEqual(['English Channel', 'Gulf of Mexico', 'Indian Ocean', 'South China Sea', 'Taiwan Strait']);
  });

  it('keeps compound titles off agencies', () => {
    const body = 'Foreign Affairs Cabinet Secretary Musalia Mudavadi met Chief Cabinet Secretary Hirokazu Matsuno.';
    expect(nodes(body, 'Agency')).toEqual([]);
    expect(nodes(body, 'Person')).toEqual(['Hirokazu Matsuno', 'Musalia Mudavadi']);
  });

  it('keeps "Jr." in the name, without ending the sentence, and merges the surname', () => {
    const body = 'Senator Ted Kaufman Jr. said on Monday that talks had failed. Kaufman later left.';
    expect(nodes(body, 'Person')).toEqual(['Ted Kaufman Jr.']);
    expect(aliasesOf(body, 'Ted Kaufman Jr.')).toContain('Kaufman');
  });

  it('merges "al-" surnames with the bare surname', () => {
    expect(nodes('Prime Minister Mohammed Shia al-Sudani spoke. Sudani later left.', 'Person')).toEqual(['Mohammed Shia al-Sudani']);
  });
});

describe('common news constructions (sweep)', () => {
  it('reads reciprocal acts between two named states or "the two countries"', () => {
    expect(scored("Ghana and Togo expelled each other's ambassadors on Monday.")).toEqual(['Ghana -EXPELLED-> Togo', 'Togo -EXPELLED-> Ghana']);
    expect(scored('Ghana and Togo have been at odds since May. The two countries accused each other of arming rebels.')).toEqual(['Ghana -ACCUSED-> Togo', 'Togo -ACCUSED-> Ghana']);
    expect(scored("The two countries expelled each other's ambassadors.")).toEqual([]);
  });

  it('reads deadlines and agentless orders to leave a capital', () => {
    expect(scored('Ghana gave Togolese diplomats until Friday to leave.')).toEqual(['Ghana -EXPELLED-> Togo']);
    expect(scored("Togo's ambassador was ordered to leave Accra.")).toEqual(['Ghana -EXPELLED-> Togo']);
  });

  it('takes "will" as decided when the sentence ends with an announcement', () => {
    expect(scored('Ghana will expel four Togolese diplomats, the government announced.')).toEqual(['Ghana -EXPELLED-> Togo']);
    expect(scored('Ghana may expel four Togolese diplomats, the government announced.')).toEqual([]);
  });

  it('takes "will" as decided after any closing attribution: unnamed, dated or "in a statement"', () => {
    for (const attribution of ['officials said', 'the foreign ministry said on Monday', 'the ministry said in a statement', 'Foreign Minister Samuel Ablakwa said on March 3']) {
      expect(scored(`Ghana will expel four Togolese diplomats, ${attribution}.`), attribution).toEqual(['Ghana -EXPELLED-> Togo']);
    }
    // Still a guess without one, and a condition after the act keeps it one.
    expect(scored('Ghana will expel four Togolese diplomats.')).toEqual([]);
    expect(scored('Ghana will expel four Togolese diplomats if talks fail, officials said.')).toEqual([]);
    expect(scored('Ghana will expel four Togolese diplomats unless Lome apologises, the government announced.')).toEqual([]);
    // "as if" compares; it sets no condition.
    expect(scored('Ghana accused Togo of acting as if it owned the border.')).toEqual(['Ghana -ACCUSED-> Togo']);
  });

  it('never reads a denied act as the act', () => {
    expect(scored('Ghana denied that it had expelled Togolese diplomats.').filter((e) => e.includes('EXPELLED'))).toEqual([]);
  });

  it('finds the denier of "a charge X denied" and the source of "According to X,"', () => {
    expect(scored('Ghana accused Togo of arming rebels, a charge Lome denied.')).toEqual(['Ghana -ACCUSED-> Togo', 'Togo -DENIED-> Ghana']);
    expect(scored('According to Ghana, Togolese agents carried out the attack.')).toEqual(['Ghana -ACCUSED-> Togo']);
  });

  it('reads "a congratulatory message to X" and an apposition that names an office', () => {
    expect(scored('Ghanaian President John Mahama sent a congratulatory message to Faure Gnassingbe.')).toEqual(['John Mahama -CONGRATULATED-> Faure Gnassingbe']);
    expect(scored('Mahama, the Ghanaian president, congratulated Faure Gnassingbe.')).toEqual(['Mahama -CONGRATULATED-> Faure Gnassingbe']);
  });
});

describe('constructions from the fourth blind batch', () => {
  it('reads "allegations that agents of X were linked to" as the speaker accusing X', () => {
    const body = 'Prime Minister Christopher Luxon said there were credible allegations that agents of the Chinese government were linked to the hack.';
    expect(scored(body)).toEqual(['Christopher Luxon -ACCUSED-> China']);
  });

  it('keeps congratulations on the one person an article congratulates', () => {
    const body =
      'Japanese Prime Minister Shigeru Ishiba congratulated Lee Jae-myung on his victory. Chinese President Xi Jinping sent a message of congratulations. ' +
      "Vietnam's prime minister, Pham Minh Chinh, also congratulated him. The outgoing president, Han Duck-soo, congratulated his successor.";
    const edges = scored(body);
    expect(edges).toEqual([
      'Han Duck-soo -CONGRATULATED-> Lee Jae-myung',
      'Pham Minh Chinh -CONGRATULATED-> Lee Jae-myung',
      'Shigeru Ishiba -CONGRATULATED-> Lee Jae-myung',
      'Xi Jinping -CONGRATULATED-> Lee Jae-myung',
    ]);
  });

  it('still lets "him" be someone named in the same sentence', () => {
    const body = 'Leaders congratulated Lee Jae-myung on Monday. Xi Jinping later phoned Vladimir Putin and congratulated him on his birthday.';
    expect(scored(body)).toContain('Xi Jinping -CONGRATULATED-> Vladimir Putin');
  });
});

describe('headlines and counts', () => {
  it('reads facts stated only in a Title Case headline', () => {
    expect(scored('The envoys left on Friday.', 'Kenya Expels Three Ugandan Diplomats Over Spying Claims')).toEqual(['Kenya -EXPELLED-> Uganda']);
    expect(scored('Indian Prime Minister Narendra Modi spoke to Anura Kumara Dissanayake on Monday.', 'Modi Congratulates Dissanayake On Election Win')).toEqual([
      'Narendra Modi -CONGRATULATED-> Anura Kumara Dissanayake',
    ]);
  });

  it('takes consular or embassy employees as diplomats in "must leave", but not any employees', () => {
    expect(scored('Annalena Baerbock said 32 Iranian consular employees must leave Germany.')).toEqual(['Annalena Baerbock -EXPELLED-> Iran']);
    expect(scored('Annalena Baerbock said 32 Iranian employees must leave Germany.')).toEqual([]);
  });

  it('gives every demonym of a list the people named after it', () => {
    const edges = edgesOf('Congo expelled Rwandan, Burundian and Ugandan diplomats.');
    expect(edges.map((e) => [e.target, e.object])).toEqual([
      ['Rwanda', 'diplomats'],
      ['Burundi', 'diplomats'],
      ['Uganda', 'diplomats'],
    ]);
  });

  it('keeps counts in words on each coordinated object', () => {
    const edges = edgesOf('Kenya expelled a dozen Ugandan diplomats and four Rwandan officials. Chad expelled two dozen Sudanese officers.');
    expect(edges.map((e) => [e.source, e.target, e.count])).toEqual([
      ['Kenya', 'Uganda', 12],
      ['Kenya', 'Rwanda', 4],
      ['Chad', 'Sudan', 24],
    ]);
  });
});

describe('names of organisations, buildings and wars; "the first time" clauses', () => {
  it('keeps "of" and what follows in an organisation named after its head', () => {
    expect(nodes('The European Court of Human Rights ruled for Chile.', 'Agency')).toEqual(['European Court of Human Rights']);
    expect(nodes('The Executive Council of Chilean Jewry welcomed the ruling.', 'Agency')).toEqual(['Executive Council of Chilean Jewry']);
    expect(nodes('The Union of Peruvian Journalists protested.', 'Agency')).toEqual(['Union of Peruvian Journalists']);
    // A state after "of" still ends the name.
    expect(nodes('The National Council of Resistance of Peru welcomed the ruling.', 'State')).toEqual(['Peru']);
    expect(nodes('The European Court of Human Rights ruled for Chile.', 'Person')).toEqual([]);
  });

  it('makes a named building a place, not a person', () => {
    expect(nodes('Arsonists set fire to the Beth Shalom Kovno synagogue in Santiago.', 'Person')).toEqual([]);
    expect(nodes('Arsonists set fire to the Beth Shalom Kovno synagogue in Santiago.', 'Place')).toContain('Beth Shalom Kovno synagogue');
    // "a Sikh temple" names a kind of building, not one.
    expect(nodes('He was shot outside a Sikh temple in Lima.', 'Place')).not.toContain('Sikh temple');
  });

  it('makes named wars nobody', () => {
    expect(nodes('Chile had not expelled an envoy since the Second World War or the Pacific War.', 'Person')).toEqual([]);
  });

  it('reads the subject of a clause after "the first time" without "that"', () => {
    const body = 'Peru denied the claims. It is the first time Chile has expelled a Bolivian diplomat.';
    expect(scored(body).filter((e) => e.includes('EXPELLED'))).toEqual(['Chile -EXPELLED-> Bolivia']);
  });

  it('reads "used proxies to carry out the attacks" as blame', () => {
    expect(scored('Police chief Ana Ruiz said the Shining Path Brigade had used criminal proxies to carry out the attacks.')).toEqual(['Ana Ruiz -ACCUSED-> Shining Path Brigade']);
    expect(scored('Police chief Ana Ruiz said the Peruvian police had used tear gas to disperse the crowd.')).toEqual([]);
  });
});

describe('appositions after a candidate or a participle', () => {
  it('takes the person named after "The conservative candidate," or "The defeated candidate," as the subject', () => {
    expect(scored('Ana Ruiz won the vote. The conservative candidate, Luis Ortega, conceded defeat on Sunday night and congratulated Ruiz.')).toEqual(['Luis Ortega -CONGRATULATED-> Ana Ruiz']);
    expect(scored('Ana Ruiz won the vote. The defeated candidate, Luis Ortega, congratulated Ruiz.')).toEqual(['Luis Ortega -CONGRATULATED-> Ana Ruiz']);
  });
});

describe('surnames that are also organisations; descriptors that are verbs', () => {
  it('keeps a one-word organisation that ends a titled or two-word name as the surname', () => {
    expect(nodes('Foreign Minister Therese Kayikwamba Wagner accused Rwanda of aggression.', 'Person')).toEqual(['Therese Kayikwamba Wagner']);
    expect(nodes('Mali hired the Wagner group.', 'Person')).toEqual([]);
  });

  it('does not read "Protesters attacked the U.S. embassy" as a descriptor of the embassy', () => {
    expect(scored('Protesters attacked the U.S. embassy, accusing Rwanda of aggression.')).toEqual([]);
  });

  it('gives a participle after a comma the main subject, past an "and" that only joined objects', () => {
    expect(scored('Protesters attacked the French, Belgian and U.S. embassies in Kinshasa, accusing Western countries of failing Congo.')).toEqual([]);
    expect(scored('Congo expelled Rwandan and Ugandan diplomats, accusing Kigali of aggression.')).toContain('DR Congo -ACCUSED-> Rwanda');
    expect(scored('Congo recalled its envoy and Rwanda expelled Congolese diplomats, accusing Kinshasa of aggression.')).toContain('Rwanda -ACCUSED-> DR Congo');
  });
});

describe("a person's government and a title before an organisation", () => {
  it('reads "Maduro\'s government" as the state its owner leads', () => {
    expect(scored("Venezuelan President Nicolas Maduro spoke on Monday. Maduro's government expelled Peru's ambassador.")).toEqual(['Venezuela -EXPELLED-> Peru']);
    expect(scored("Spanish Prime Minister Pedro Sanchez met reporters. Javier Milei said Sanchez's government had launched a smear campaign against him.")).toEqual(['Javier Milei -ACCUSED-> Spain']);
  });

  it('keeps a refusal or a request in its own verb phrase: "rejected the demand and said ..."', () => {
    expect(scored('Javier Milei rejected the demand for an apology and said Chile had launched a smear campaign against him.')).toEqual(['Javier Milei -ACCUSED-> Chile']);
    expect(scored('Javier Milei declined to comment and said Chile had launched a smear campaign against him.')).toEqual(['Javier Milei -ACCUSED-> Chile']);
    // Within one verb phrase they still block.
    expect(scored('Javier Milei declined to say that Chile had launched a smear campaign against him.')).toEqual([]);
  });

  it('reads "ordered out X", the particle before the ones ordered out', () => {
    expect(edgesOf('Moscow responded within days by ordering out 23 British diplomats.').map((e) => [e.source, e.relation, e.target, e.count])).toEqual([['Russia', 'EXPELLED', 'United Kingdom', 23]]);
  });

  it('reads "the government of President X" as X, the person who stands for it', () => {
    expect(scored('The government of President Daniel Ortega kicked out the Brazilian envoy.')).toEqual(['Daniel Ortega -EXPELLED-> Brazil']);
  });

  it('reads an organisation after a lower-case title word ("the opposition Popular Party")', () => {
    expect(nodes('The opposition Popular Party criticized the ruling.', 'Agency')).toEqual(['Popular Party']);
    expect(nodes('Opposition leader Peter Dutton criticized the ruling.', 'Person')).toEqual(['Peter Dutton']);
  });
});

describe('denials and findings from the session-13 held-out articles', () => {
  it('reads "a charge X rejected" as a denial of the accuser, but not a rejection with its own object', () => {
    expect(scored('Shehbaz Sharif accused India of targeting civilians during the strikes, a charge New Delhi rejected.')).toEqual(['India -DENIED-> Shehbaz Sharif', 'Shehbaz Sharif -ACCUSED-> India']);
    expect(scored('Shehbaz Sharif made claims India rejected the talks.')).toEqual([]);
  });

  it('reads "the accusations against its staff were unfounded" as a denial, past the phrase naming whom they target', () => {
    const body = "Burkina Faso accused France of subversion. France's foreign ministry said the accusations against its staff were \"unfounded.\"";
    expect(scored(body)).toContain('French Foreign Ministry -DENIED-> Burkina Faso');
    expect(scored('Burkina Faso accused France of subversion. The accusations against France were reported on Monday.')).toEqual(['Burkina Faso -ACCUSED-> France']);
  });

  it('reads \'the allegations were "not true"\' as a dismissal, and no dismissal in a report that was not made', () => {
    expect(scored('Vietnam accused China of violence. China said the allegations of violence were "not true".')).toContain('China -DENIED-> Vietnam');
    expect(scored('Vietnam accused China of violence. China did not say the allegations were baseless.')).toEqual(['Vietnam -ACCUSED-> China']);
    expect(scored('Vietnam accused China of violence. China declined to say the allegations were baseless.')).toEqual(['Vietnam -ACCUSED-> China']);
  });

  it('reads "saying Beijing had never interfered" as the speaker\'s own side denying the wrong', () => {
    const body = "The White House accused China of interference. China's foreign ministry rejected the remark, saying Beijing had never interfered in Korea's internal affairs.";
    expect(scored(body)).toContain('Chinese Foreign Ministry -DENIED-> White House');
    // Another side's "never" is no denial.
    expect(scored('Ukraine said Russia had never attacked civilians before 2022.')).toEqual([]);
  });

  it('credits a finding ("reached the conclusion that", \'conclusion": that\') to the one who reached it', () => {
    expect(scored('ASIO reached the conclusion that the Iranian government had orchestrated the attack.')).toEqual(['ASIO -ACCUSED-> Iran']);
    expect(scored('ASIO had reached "a deeply disturbing conclusion": that the Iranian government had orchestrated the attack.')).toEqual(['ASIO -ACCUSED-> Iran']);
    expect(scored('ASIO found no evidence that Iran had orchestrated the attack.')).toEqual([]);
  });
});

describe('"the new emir" after a congratulation', () => {
  it('is the one the article has been congratulating, as "the new president" is', () => {
    const body = 'Kuwait named Sheikh Meshal al-Ahmad al-Sabah as its new emir. Saudi King Salman congratulated Sheikh Meshal. King Abdullah of Jordan also congratulated the new emir.';
    expect(scored(body)).toEqual(['Abdullah -CONGRATULATED-> Meshal al-Ahmad al-Sabah', 'Salman -CONGRATULATED-> Meshal al-Ahmad al-Sabah']);
  });
});

describe('from the held-out article on Merz (session 13)', () => {
  const opening = 'European leaders congratulated Friedrich Merz on Tuesday. French President Emmanuel Macron was among the first to congratulate Merz.';

  it('does not resolve "him" to the person a body qualifies at the head of the clause', () => {
    expect(scored(`${opening} European Commission President Ursula von der Leyen congratulated him.`)).toContain('Ursula von der Leyen -CONGRATULATED-> Friedrich Merz');
  });

  it('ends the objects of a verb at "and" + a second verb', () => {
    const edges = scored(`${opening} Ukrainian President Volodymyr Zelenskiy also congratulated the new chancellor and thanked Germany for its support.`);
    expect(edges).toContain('Volodymyr Zelenskiy -CONGRATULATED-> Friedrich Merz');
    expect(edges).not.toContain('Volodymyr Zelenskiy -CONGRATULATED-> Germany');
  });

  it('reads a name with a connector defined by an acronym in brackets as an organisation, and the acronym later', () => {
    const body = 'The far-right Alternative for Germany (AfD) accused Friedrich Merz of ignoring voters. The AfD came second in the election.';
    expect(nodes(body, 'Agency')).toEqual(['Alternative for Germany']);
    expect(aliasesOf(body, 'Alternative for Germany')).toEqual(['AfD', 'Alternative for Germany']);
    expect(scored(body)).toEqual(['Alternative for Germany -ACCUSED-> Friedrich Merz']);
    // A person's party in brackets is no definition of the person.
    expect(nodes('Boris Pistorius (SPD) spoke in Berlin.', 'Agency')).not.toContain('Boris Pistorius');
  });
});

describe('from the held-out article on Sweden and Iran (session 13)', () => {
  it('joins an acronym in brackets to the body before it, and a short form to the full name', () => {
    const body = 'The Swedish Security Service (SAPO) classified the man as a threat. The Security Service said he had acted on behalf of the Iranian regime. SAPO gave no details.';
    expect(nodes(body, 'Agency')).toEqual(['Swedish Security Service']);
    expect(aliasesOf(body, 'Swedish Security Service')).toEqual(['SAPO', 'Security Service', 'Swedish Security Service']);
  });

  it('reads "acted on behalf of X" in a report as blame of X, but not as a plain fact', () => {
    expect(scored('The Swedish Security Service said the man had acted on behalf of the Iranian regime.')).toEqual(['Swedish Security Service -ACCUSED-> Iran']);
    expect(scored('The lawyer acted on behalf of Iran in the talks.')).toEqual([]);
    expect(scored('Sweden said the diplomat did not act on behalf of Iran.')).toEqual([]);
  });

  it('makes "X Center" an organisation that "the center" resolves to, and reads a quote before the adverb of a dismissal', () => {
    const body = 'Sweden accused the Imam Ali Islamic Center of spying. The center said in a statement that the accusations were "completely unfounded" and that it would appeal.';
    expect(nodes(body, 'Agency')).toEqual(['Imam Ali Islamic Center']);
    expect(scored(body)).toEqual(['Imam Ali Islamic Center -DENIED-> Sweden', 'Sweden -ACCUSED-> Imam Ali Islamic Center']);
  });
});

describe('from the held-out article on Senegal (session 13)', () => {
  const opening = 'Bassirou Diomaye Faye was sworn in as Senegal\'s president on Tuesday. Faye won the vote.';

  it('congratulates "his successor" before anyone else was congratulated: the person the article is about', () => {
    expect(scored(`${opening} Outgoing President Macky Sall congratulated his successor.`)).toEqual(['Macky Sall -CONGRATULATED-> Bassirou Diomaye Faye']);
  });

  it('finds the person named after "The ruling coalition\'s candidate," and "The chairman of the African Union Commission,"', () => {
    expect(scored(`${opening} The ruling coalition's candidate, former Prime Minister Amadou Ba, congratulated Faye.`)).toEqual(['Amadou Ba -CONGRATULATED-> Bassirou Diomaye Faye']);
    expect(scored(`${opening} The chairman of the African Union Commission, Moussa Faki Mahamat, also congratulated Faye.`)).toEqual(['Moussa Faki Mahamat -CONGRATULATED-> Bassirou Diomaye Faye']);
  });

  it("lets a person's party speak for the person, but not the person's supporters", () => {
    expect(scored(`${opening} Faye's party had accused Paris of propping up the government.`)).toEqual(['Bassirou Diomaye Faye -ACCUSED-> France']);
    expect(scored(`${opening} Faye's supporters accused Paris of meddling.`)).toEqual([]);
  });
});

describe('from the held-out article on Ethiopia and the U.N. (session 13)', () => {
  it('reads no denial by the main subject in "a charge the agencies deny"', () => {
    expect(scored('The government of Prime Minister Abiy Ahmed has accused aid groups of supporting rebels, a charge the agencies deny.')).toEqual([]);
    // A named actor there still denies.
    expect(scored('Abiy Ahmed accused Kenya of supporting rebels, a charge Kenya denies.')).toContain('Kenya -DENIED-> Abiy Ahmed');
  });

  it('reads "the government" blamed by an international body as the state the article is about', () => {
    const body = 'Ethiopia expelled seven United Nations officials. Ethiopia said they had meddled. The United States condemned the expulsions. U.N. officials have accused the government of blocking aid.';
    expect(scored(body)).toContain('United Nations -ACCUSED-> Ethiopia');
    expect(scored(body)).not.toContain('United Nations -ACCUSED-> United States');
  });
});

describe('a decision to expel named, not taken', () => {
  it('reads no expulsion by the speaker in "said the decision to expel X was shameful", but keeps "announced the decision to expel X"', () => {
    const opening = 'Montenegro expelled the Serbian ambassador Vladimir Bozovic on Monday.';
    expect(scored(`${opening} Nikola Selakovic said the decision to expel Bozovic was shameful.`).filter((e) => e.includes('EXPELLED'))).toEqual(['Montenegro -EXPELLED-> Vladimir Bozovic']);
    expect(scored('Montenegro announced the decision to expel the Serbian ambassador.')).toEqual(['Montenegro -EXPELLED-> Serbia']);
    expect(scored("Croatia's decision to expel the Serbian diplomat angered Belgrade.")).toEqual(['Croatia -EXPELLED-> Serbia']);
  });
});

describe('pejorative adjectives as characterisations', () => {
  it('reads "called the Israeli government genocidal" as an accusation', () => {
    expect(scored('Gustavo Petro called the Israeli government genocidal.')).toEqual(['Gustavo Petro -ACCUSED-> Israel']);
    expect(scored('Gustavo Petro called the Israeli government\'s policy racist.')).toEqual(['Gustavo Petro -ACCUSED-> Israel']);
  });
});

describe('a spokesperson denying for the side before', () => {
  it('reads "Moscow had not interfered" from the Kremlin\'s spokesman as a denial', () => {
    const body = 'Moldova accused Russia of meddling. The Kremlin rejected the accusations. Spokesman Dmitry Peskov said Moscow had not interfered in the vote.';
    expect(scored(body)).toContain('Dmitry Peskov -DENIED-> Moldova');
    expect(scored('Moldova accused Russia of meddling. Kremlin spokesman Dmitry Peskov said Russia did not interfere in the vote.')).toContain('Dmitry Peskov -DENIED-> Moldova');
    // Another side's "not" is no denial.
    expect(scored('Moldova accused Russia of meddling. Kremlin spokesman Dmitry Peskov said Moldova did not support the talks.')).toEqual(['Moldova -ACCUSED-> Russia']);
  });
});

describe('protests over a wrong, and no intention of one', () => {
  it('reads the wrong a protest is lodged over as blamed by the protester', () => {
    expect(scored('Japan lodged a strong protest with China after a Chinese military plane violated Japanese airspace.')).toEqual(['Japan -ACCUSED-> China']);
    expect(scored('Japan did not protest after a Chinese military plane violated Japanese airspace.')).toEqual([]);
  });

  it('reads "had no intention of violating" from the accused side as a denial', () => {
    expect(scored("Japan accused China of an incursion. China's foreign ministry said China had no intention of violating any country's airspace.")).toContain('Chinese Foreign Ministry -DENIED-> Japan');
    expect(scored("Japan accused China of an incursion. China's foreign ministry said Japan had no intention of violating any country's airspace.")).toEqual(['Japan -ACCUSED-> China']);
  });
});

describe('from the held-out article on Pakistan and Afghanistan (session 13)', () => {
  it('reads a side telling of its own acts as no accusation', () => {
    expect(scored("Afghan forces later fired on Pakistani troops along the frontier, Afghanistan's Defence Ministry said.")).toEqual([]);
    expect(scored('Pakistan said Afghan forces fired on Pakistani troops.')).toEqual(['Pakistan -ACCUSED-> Afghanistan']);
  });

  it('defines an organisation by an acronym of its capitals, and reads "Pakistan\'s Foreign Office" as its foreign ministry', () => {
    const body = "Pakistan's Foreign Office said the strikes targeted hideouts of Tehrik-e-Taliban Pakistan (TTP). The TTP denied it.";
    expect(nodes(body, 'Agency')).toEqual(['Pakistani Foreign Ministry', 'Tehrik-e-Taliban Pakistan']);
    expect(nodes(body, 'Person')).toEqual([]);
    expect(nodes('Friedrich Merz (CDU) spoke.', 'Person')).toEqual(['Friedrich Merz']);
  });
});

describe('a time phrase opening the sentence with no comma after it', () => {
  it.each([
    ['Last year the Netherlands expelled two Portuguese diplomats it said were spies.', 'Netherlands -EXPELLED-> Portugal'],
    ['In 2023 Poland expelled two Belarusian diplomats.', 'Poland -EXPELLED-> Belarus'],
    ['On Monday Kenya accused Uganda of arming rebels.', 'Kenya -ACCUSED-> Uganda'],
    ['Earlier this month Chile expelled a Peruvian consul.', 'Chile -EXPELLED-> Peru'],
    ['Two days later Norway expelled three Iranian diplomats.', 'Norway -EXPELLED-> Iran'],
  ])('%s', (text, edge) => {
    expect(scored(text)).toContain(edge);
  });

  it('leaves a time phrase before no actor as it was', () => {
    expect(scored("Last year's expulsions by Poland angered Belarus.")).toEqual([]);
  });
});

describe('who a he/she after a reporting verb is, and whose "her" a congratulation means', () => {
  it('reads "saying he" as the one who reports, not the person last named', () => {
    expect(scored('President Ana Ruiz congratulated Prime Minister Tomas Berg on Monday, saying he hoped to visit soon. Berg thanked him.')).toContain('Ana Ruiz -CONGRATULATED-> Tomas Berg');
    const body = 'Chancellor Olaf Brandt congratulated Marta Lind on Monday on her election, saying he looked forward to working with her. President Ivo Petrov sent a message to Brandt. Prime Minister Jan Novak also congratulated her.';
    expect(scored(body)).toContain('Jan Novak -CONGRATULATED-> Marta Lind');
    expect(scored(body)).not.toContain('Jan Novak -CONGRATULATED-> Ivo Petrov');
  });

  it('gives "and" + a verb after a reported clause with no actor for a subject to the one reporting', () => {
    expect(scored('President Rafael Mendoza denied that there had been any fraud and accused Sofia Reyes of inciting unrest.')).toContain('Rafael Mendoza -ACCUSED-> Sofia Reyes');
    expect(scored('Brazilian President Paulo Souza wrote that her victory was a victory for democracy and sent his congratulations to Marta Lind.')).toContain('Paulo Souza -CONGRATULATED-> Marta Lind');
    // A reported clause with an actor for its subject keeps the verb: Kenya is the one accusing.
    expect(scored('Uganda said Kenya had closed the border and accused Uganda of smuggling.')).toContain('Kenya -ACCUSED-> Uganda');
  });
});

describe('a measure of time before "before" or "after" opening the sentence', () => {
  it.each([
    ['Hours before the raid, Ecuador had declared Peru\'s ambassador persona non grata.', 'Ecuador -EXPELLED-> Peru'],
    ['Two days after the vote, Kenya expelled three Ugandan diplomats.', 'Kenya -EXPELLED-> Uganda'],
    ['Shortly before the summit, Chile accused Bolivia of spying.', 'Chile -ACCUSED-> Bolivia'],
  ])('%s', (text, edge) => {
    expect(scored(text)).toContain(edge);
  });
});

describe('from the held-out article on Estonia (session 14)', () => {
  const body = 'In January, Latvia ordered the head of the Latvian Orthodox Church, Metropolitan Andrei, to leave the country after refusing to renew his residence permit, accusing him of supporting the war.';

  it('reads "<office> of <body>, <person>," as the person, and a denomination before "Church" as a body', () => {
    expect(scored(body)).toContain('Latvia -EXPELLED-> Andrei');
    expect(scored(body)).not.toContain('Latvia -EXPELLED-> Latvian Orthodox Church');
    expect(nodes(body, 'Agency')).toEqual(['Latvian Orthodox Church']);
    expect(nodes('Senator Frank Church said so.', 'Person')).toEqual(['Frank Church']);
  });

  it('gives a participle after a comma the main subject, past a subordinate clause and its refusal', () => {
    expect(scored(body)).toContain('Latvia -ACCUSED-> Andrei');
    expect(scored('Poland did not expel anyone after the talks.')).toEqual([]);
  });

  it('reads "his aides instructed him" after "even though" as the subject\'s', () => {
    const text = 'President Alan Brooks did not confront President Ivan Sokolov on the attack, even though his aides instructed him to do so.';
    const { graph } = extractArticle(`Untitled report\n\n${text}\n`);
    // Brooks: his name, "his" and "him"; Sokolov: his name only.
    expect(graph.getNodeAttribute('alan-brooks', 'mentions')).toBe(3);
    expect(graph.getNodeAttribute('ivan-sokolov', 'mentions')).toBe(1);
  });
});

describe('a party named before a lower-case "party"', () => {
  it('reads "the ruling Morena party" and "the opposition Yesh Atid party" as parties named by the name alone', () => {
    const body = 'Opposition candidate Lucia Vargas accused the ruling Morena party of using state resources. Morena\'s leader, Mario Delgado, dismissed the claim as the complaint of a sore loser.';
    expect(scored(body)).toEqual(['Lucia Vargas -ACCUSED-> Morena', 'Mario Delgado -DENIED-> Lucia Vargas']);
    expect(nodes('Prime Minister Ana Levy accused the opposition Yesh Atid party of lying.', 'Agency')).toEqual(['Yesh Atid']);
    expect(nodes('Prime Minister Ana Levy accused the opposition Yesh Atid party of lying.', 'Person')).toEqual(['Ana Levy']);
  });

  it('needs a word that places it in politics', () => {
    expect(nodes('Guests at the Christmas party included Ana Levy.', 'Agency')).toEqual([]);
  });
});

describe('from the held-out article on a cyberattack on Dutch ports (session 14)', () => {
  it('reads the people of an actor after "by" as that actor', () => {
    expect(scored('The MIVD established that the attack was carried out by a hacking unit of the GRU.')).toContain('MIVD -ACCUSED-> GRU');
    expect(scored('Britain said the attack was carried out by hackers working for China.')).toContain('United Kingdom -ACCUSED-> China');
  });

  it('reads a body named in apposition after "<state>\'s <descriptor> agency," as the subject', () => {
    expect(scored("Russia's main security service, the FSB, accused Ukraine of the attack.")).toContain('FSB -ACCUSED-> Ukraine');
  });
});

describe('a name described as a body right after it', () => {
  it('reads "Europol, the EU\'s police agency," as an organisation, and "Smith, the head of the agency," as no organisation', () => {
    expect(nodes("A spokesperson for Europol, the EU's police agency, declined to comment.", 'Agency')).toEqual(['European Union', 'Europol']);
    expect(nodes('Frontex, the EU border agency, said Poland had expelled two Belarusian guards.', 'Agency')).toEqual(['European Union', 'Frontex']);
    expect(nodes('Anna Smith, the head of the agency, said so.', 'Agency')).toEqual([]);
  });
});

describe('from the held-out article on Nigeria and Niger (session 14)', () => {
  it('reads "a spokesman for <body>, <person>," after a short intro as the person', () => {
    const body = "In Niamey, a spokesman for Mali's ruling military council, Colonel Ali Traore, accused the Economic Community of West African States (ECOWAS) of preparing to attack Mali. ECOWAS has denied planning an invasion.";
    expect(scored(body)).toEqual(['Ali Traore -ACCUSED-> ECOWAS', 'ECOWAS -DENIED-> Ali Traore']);
    expect(scored('A spokesman for the Kremlin, Dmitry Peskov, accused Ukraine of lying.')).toEqual(['Dmitry Peskov -ACCUSED-> Ukraine']);
  });
});

describe('from the held-out articles on India and Canada, and Algeria and Spain (session 14)', () => {
  it('reads "A and B each expelled six of the other\'s diplomats", after a dateline too, as two expulsions', () => {
    expect(scored("NEW DELHI/OTTAWA, Oct 14 — Kenya and Uganda each expelled six of the other's diplomats on Monday.")).toEqual(['Kenya -EXPELLED-> Uganda', 'Uganda -EXPELLED-> Kenya']);
  });

  it('reads "the Algerian presidency" as the state speaking', () => {
    expect(scored('The Algerian presidency said Spain had violated its obligations.')).toEqual(['Algeria -ACCUSED-> Spain']);
  });
});

describe('a body named in short before its full name', () => {
  it('reads "the electoral commission" as the "Independent National Electoral Commission" named after it', () => {
    const body = 'Musa Bello challenged the result, accusing the electoral commission of rigging the count. The Independent National Electoral Commission has said the vote was fair.';
    expect(scored(body)).toContain('Musa Bello -ACCUSED-> Independent National Electoral Commission');
    expect(nodes(body, 'Agency')).toEqual(['Independent National Electoral Commission']);
  });
});

describe('regnal numbers', () => {
  it('keeps "XIV" in "Pope Leo XIV" as part of the name, and "Xi" as a name', () => {
    const body = 'King Charles III sent his congratulations to Pope Leo XIV. President Xi Jinping also congratulated Pope Leo XIV.';
    expect(scored(body)).toEqual(['Charles III -CONGRATULATED-> Leo XIV', 'Xi Jinping -CONGRATULATED-> Leo XIV']);
    expect(nodes(body, 'Agency')).toEqual([]);
    // In a headline, the surname alone: a regnal "XI" would have cut it off.
    const { graph } = extractArticle('Xi congratulates Putin on his victory\n\nChinese President Xi Jinping sent a message to Vladimir Putin.\n');
    expect(graph.getNodeAttribute('xi-jinping', 'aliases')).toContain('Xi');
  });
});

describe('from the held-out article on China and Lithuania (session 14)', () => {
  it('reads a demand that a state withdraw its own envoy as expelling it', () => {
    expect(scored('China demanded that Lithuania withdraw its ambassador from Beijing.')).toEqual(['China -EXPELLED-> Lithuania']);
    expect(scored('Serbia told Montenegro to recall its ambassador.')).toEqual(['Serbia -EXPELLED-> Montenegro']);
    expect(scored('China did not ask Lithuania to withdraw its ambassador.')).toEqual([]);
    expect(scored('Lithuania decided to withdraw its ambassador.')).toEqual([]);
  });

  it('reads "the Baltic state", "the Gulf state" as a state told of before', () => {
    expect(scored('China recalled its ambassador to Lithuania and demanded that the Baltic state withdraw its envoy from Beijing.')).toEqual(['China -EXPELLED-> Lithuania']);
    expect(scored('Qatar expelled two Saudi diplomats. The Gulf state accused Saudi Arabia of spying.')).toEqual(['Qatar -ACCUSED-> Saudi Arabia', 'Qatar -EXPELLED-> Saudi Arabia']);
  });
});

describe('from the held-out article on a Gaza hospital blast (session 14)', () => {
  const body = 'Israel said the blast was caused by a rocket misfired by the Islamic Jihad militant group. Islamic Jihad rejected the Israeli claim as lies.';

  it('reads "the X militant group" as an organisation, and X alone later as the same one', () => {
    expect(nodes(body, 'Agency')).toEqual(['Islamic Jihad']);
    expect(nodes(body, 'Person')).toEqual([]);
  });

  it('reads "caused by", and a thing\'s own agent after "by a rocket misfired by", as blame', () => {
    expect(scored(body)).toEqual(['Islamic Jihad -DENIED-> Israel', 'Israel -ACCUSED-> Islamic Jihad']);
    expect(scored('Officials said the crash was caused by engine failure.')).toEqual([]);
  });

  it('names no incident after the day in "denied on Wednesday that"', () => {
    const { graph } = extractArticle('Untitled report\n\nIsrael denied on Wednesday that its forces had struck the hospital.\n');
    expect(graph.filterNodes((_key, attributes) => attributes.kind === 'Event').map((key) => graph.getNodeAttribute(key, 'name'))).not.toContain('on');
  });
});

describe('from the held-out article on Lai Ching-te (session 14)', () => {
  it('reads "him" after "sworn in as Taiwan\'s president, and ... congratulated him" as the person sworn in', () => {
    expect(scored("Lai Ching-te was sworn in as Taiwan's president on Monday, and several European governments congratulated him.")).toEqual(['several European governments -CONGRATULATED-> Lai Ching-te']);
    // An unnamed national is still the one meant: "one Russian diplomat ... accusing him".
    expect(scored('Norway expelled one Russian diplomat after accusing him of spying.')).toEqual(['Norway -ACCUSED-> Russia', 'Norway -EXPELLED-> Russia']);
  });
});

describe('a body for a state\'s affairs, and a named body after its owner\'s possessive', () => {
  it('reads "China\'s Taiwan Affairs Office accused Lai" as that office accusing, not Taiwan\'s own body', () => {
    const body = "China's Taiwan Affairs Office accused Lai Ching-te of sending a dangerous signal.";
    expect(scored(body)).toEqual(['Taiwan Affairs Office -ACCUSED-> Lai Ching-te']);
    expect(nodes(body, 'Agency')).toEqual(['Taiwan Affairs Office']);
    expect(scored("Russia's GRU accused Ukraine of sabotage.")).toEqual(['GRU -ACCUSED-> Ukraine']);
  });
});

describe('"bore responsibility" as blame', () => {
  it('reads "said X bore sole responsibility for" as an accusation, and "bore no responsibility" as none', () => {
    expect(scored('Algeria said Mali bears full responsibility for the crisis.')).toEqual(['Algeria -ACCUSED-> Mali']);
    expect(scored("Algeria said Mali's junta bore sole responsibility for the incident.")).toEqual(['Algeria -ACCUSED-> Mali']);
    expect(scored('Algeria said it bore no responsibility for the crisis.')).toEqual([]);
  });
});

describe('a body named right before its leader', () => {
  it('reads "Reform UK leader Nigel Farage" and "Likud leader Benjamin Netanyahu" as the body and its leader', () => {
    expect(nodes('Reform UK leader Nigel Farage accused the government of lying.', 'Agency')).toEqual(['Reform UK']);
    expect(nodes('Reform UK leader Nigel Farage accused the government of lying.', 'State')).toEqual([]);
    expect(nodes('On Monday, Likud leader Benjamin Netanyahu accused Yesh Atid of lying.', 'Agency')).toEqual(['Likud']);
    // One capitalised word opening a sentence may be a common noun.
    expect(nodes('Gang leader Jimmy Cherizier rejected the mission.', 'Agency')).toEqual([]);
  });
});

describe('a company noun before a lone name', () => {
  it('reads "telecoms company Ericsson" as a company, not a person', () => {
    const body = 'Iraq suspended the work permit of Swedish telecoms company Ericsson on Iraqi soil.';
    expect(nodes(body, 'Agency')).toEqual(['Ericsson']);
    expect(nodes(body, 'Person')).toEqual([]);
  });
});

describe('a capital after "subordinate to", "loyal to"', () => {
  it('is the state, not a place', () => {
    expect(nodes('Venezuela accused Peru of being subordinate to Washington.', 'State')).toEqual(['Peru', 'United States', 'Venezuela']);
    expect(nodes('The envoy flew to Washington.', 'State')).toEqual([]);
  });
});

describe('deportations and felicitations', () => {
  it('reads "deported" as an expulsion and "extended his felicitations" as a congratulation', () => {
    expect(scored('Tanzania deported two prominent Kenyan activists on Monday.')).toEqual(['Tanzania -EXPELLED-> Kenya']);
    expect(scored('Prime Minister Shehbaz Sharif extended his felicitations to President Anura Dissanayake.')).toEqual(['Shehbaz Sharif -CONGRATULATED-> Anura Dissanayake']);
    expect(scored('Tanzania did not deport the activists.')).toEqual([]);
  });
});

describe('a spokesperson named after a ministry that holds a demonym', () => {
  it('speaks for that ministry ("Russian Foreign Ministry spokeswoman X"), so her side is its state', () => {
    const body = "Moldova accused Moscow of financing a network. Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had never interfered in Moldova's internal affairs.";
    expect(scored(body)).toContain('Maria Zakharova -DENIED-> Moldova');
    expect(edgesOf(body).some((e) => e.relation === 'SPOKESPERSON_FOR' && e.source === 'Maria Zakharova' && e.target === 'Russian Foreign Ministry')).toBe(true);
  });
});

describe('a participle after "those"', () => {
  it('names people and expels no one ("one of those expelled, accused ...")', () => {
    expect(scored('Former minister Martha Karua, one of those deported, accused the Tanzanian authorities of lying.')).toEqual(['Martha Karua -ACCUSED-> Tanzania']);
    expect(scored('Former minister Martha Karua, one of those expelled, accused the Tanzanian authorities of lying.')).toEqual(['Martha Karua -ACCUSED-> Tanzania']);
  });
});

describe('"both governments", "the two countries" never listed together', () => {
  it('stands for the two states told of last', () => {
    const body = 'Ghana closed its border with Togo on Friday. Officials in Lome said the move was illegal. Human Rights Watch later accused both governments of abusing migrants.';
    expect(scored(body).filter((e) => e.startsWith('Human'))).toEqual(['Human Rights Watch -ACCUSED-> Ghana', 'Human Rights Watch -ACCUSED-> Togo']);
    const pair = 'Ghana expelled a Togolese diplomat on Friday. Human Rights Watch said the two countries had failed to protect migrants and accused the two governments of abuses.';
    expect(scored(pair).filter((e) => e.startsWith('Human'))).toEqual(['Human Rights Watch -ACCUSED-> Ghana', 'Human Rights Watch -ACCUSED-> Togo']);
  });
});

describe('the church and the bloc (session 15)', () => {
  it('reads the Holy See as the Vatican state, clergy titles as titles and an episcopal conference as a body', () => {
    const body = "Honduras expelled the Holy See's envoy on Friday. The Holy See regretted the expulsion of Archbishop Pietro Lanza. The Honduran Bishops' Conference and Cardinal Oscar Rivas said the decision was unjust.";
    expect(scored(body)).toContain('Honduras -EXPELLED-> Vatican City');
    expect(nodes(body, 'Person')).toEqual(['Oscar Rivas', 'Pietro Lanza']);
    expect(nodes(body, 'Agency')).toContain("Honduran Bishops' Conference");
    expect(aliasesOf(body, 'Vatican City')).toContain('Holy See');
  });

  it('reads "the bloc" and "the alliance" as the international body told of last', () => {
    expect(scored('The European Union criticised the election in Georgia. Prime Minister Irakli Kobakhidze accused the bloc of blackmail.')).toContain(
      'Irakli Kobakhidze -ACCUSED-> European Union',
    );
    expect(scored('NATO held a summit in Vilnius. Russia accused the alliance of provocations.')).toContain('Russia -ACCUSED-> NATO');
  });

  it('gives ", and accused" after a reported passive clause to the one reporting, past a time phrase with no comma', () => {
    const body = "Foreign Minister Ana Gomez spoke on Monday. On Tuesday she announced that Germany's ambassador, Karl Weber, had been declared persona non grata, and accused Berlin of meddling.";
    expect(scored(body)).toContain('Ana Gomez -ACCUSED-> Germany');
    expect(scored(body).filter((e) => e.startsWith('Karl Weber'))).toEqual([]);
  });
});

describe('counterparts, coalitions and party alliances (session 15)', () => {
  it('reads "his Dutch counterpart" as the person of that state told of before, and keeps one named in apposition', () => {
    const body = 'Kees Bakker was sworn in as prime minister of the Netherlands on Monday. Irish Prime Minister Sean Walsh telephoned his new Dutch counterpart to offer his congratulations.';
    expect(scored(body)).toContain('Sean Walsh -CONGRATULATED-> Kees Bakker');
    expect(scored('President Joao Lourenco accused his Namibian counterpart, Hage Geingob, of lying.')).toContain('Joao Lourenco -ACCUSED-> Hage Geingob');
  });

  it('reads "the coalition" in power as its government, and "the opposition X alliance" as a body', () => {
    const body = 'Prime Minister Kees Bakker leads a four-party coalition in the Netherlands. Opposition leader Anna de Vries, who heads the opposition GroenPartij alliance, accused the coalition of undermining the courts.';
    expect(scored(body)).toContain('Anna de Vries -ACCUSED-> Netherlands');
    expect(nodes(body, 'Agency')).toEqual(['GroenPartij']);
    expect(nodes("Ranil Perera, whose United People's Front alliance won three seats, conceded.", 'Agency')).toEqual(["United People's Front"]);
  });
});

describe('an analysis piece on two capitals (session 15)', () => {
  it('reads "forced out" a state\'s people as an expulsion, never an ouster of a person', () => {
    expect(scored('Moscow forced out the last three correspondents working for Finnish media.')).toEqual(['Russia -EXPELLED-> Finland']);
    expect(scored('Parliament forced out Prime Minister Ali Khan in August.')).toEqual([]);
  });

  it('reads intro phrases one after another and "that same year" before the subject', () => {
    expect(scored('In 2019, at the height of the dispute, Oslo expelled two Russian diplomats.')).toEqual(['Norway -EXPELLED-> Russia']);
    expect(scored('That same year Oslo, then led by Erna Solberg, accused Moscow of spying.')).toEqual(['Norway -ACCUSED-> Russia']);
  });

  it('reads "a charge that was dismissed as baseless by X" as X denying it', () => {
    const body = 'Norway accused Russia of a campaign of cyberattacks, a charge that was dismissed as "baseless" by the Kremlin.';
    expect(scored(body)).toContain('Kremlin -DENIED-> Norway');
  });

  it('reads a capitalised run ending in "Review" as a publication, not a person', () => {
    expect(nodes('Mike Smith of the Australian Financial Review was questioned.', 'Person')).toEqual(['Mike Smith']);
  });
});

describe('closing a post, and a group held responsible (session 15)', () => {
  it("reads closing another state's post as an expulsion, and never one's own", () => {
    expect(scored('Austria ordered the closure of both Syrian consulates on its territory.')).toEqual(['Austria -EXPELLED-> Syria']);
    expect(scored('Latvia closed the Belarusian embassy in Riga on Friday.')).toEqual(['Latvia -EXPELLED-> Belarus']);
    expect(scored('Austria closed its embassy in Kabul. Latvia did not close the Belarusian embassy.')).toEqual([]);
  });

  it('reads "X, an armed group that Y hold responsible for" as Y blaming X', () => {
    const body = 'Officials said Karimi had led Sepah Azad, an armed separatist group that Pakistani authorities hold responsible for a 2019 bombing.';
    expect(scored(body)).toContain('Pakistan -ACCUSED-> Sepah Azad');
    expect(nodes(body, 'Agency')).toEqual(['Sepah Azad']);
  });
});

describe('an ousted leader and her son (session 15)', () => {
  it('takes no gender from "Sheikh" (a name in South Asia), and a person apposed to "her son" as the subject', () => {
    const body =
      'Dhaka accused New Delhi of sheltering former Prime Minister Sheikh Rehana. Rehana fled to India in August as protesters stormed her residence. ' +
      'The government accused her of ordering a crackdown. Her nephew, Tarek Karim, denied the charge.';
    expect(scored(body)).toContain('Bangladesh -ACCUSED-> Rehana');
    expect(scored(body)).toContain('Tarek Karim -DENIED-> Bangladesh');
    expect(scored(body).filter((e) => e.startsWith('Rehana'))).toEqual([]);
  });

  it('reads a modified description said again ("the interim government") as the same state', () => {
    const body =
      'Nepal accused India of spreading rumours against the interim government led by Sushila Karki. "India is giving shelter to a fugitive," Foreign Adviser Ram Thapa told reporters. ' +
      'He said Indian media outlets were running a campaign. Former Prime Minister Sher Deuba fled to India in August. The interim government has accused Deuba of ordering a crackdown.';
    expect(scored(body)).toContain('Nepal -ACCUSED-> Sher Deuba');
    expect(scored(body)).not.toContain('India -ACCUSED-> Sher Deuba');
  });
});

describe('British titles and a denial of "the accusations" (session 15)', () => {
  it('reads "Mr" and "Ms" without a full stop as titles', () => {
    const body = 'Mr Milei described Ms Gomez as corrupt. In an interview, the president accused Mr Sanchez of corruption.';
    expect(nodes(body, 'Person')).toEqual(['Gomez', 'Milei', 'Sanchez']);
  });

  it('answers "dismissed the accusations" with the accuser told of just before, whoever was accused', () => {
    const body = 'Foreign Minister Avi Cohen of Israel accused Prime Minister Pedro Lopez of inciting hatred. The Spanish government dismissed the accusations as "outrageous".';
    expect(scored(body)).toContain('Spain -DENIED-> Avi Cohen');
  });
});

describe('consulates told to close, and a spokesman after his quote (session 15)', () => {
  it('reads "ordered X to close its consulate" as expelling X, and "did not rule out" as no order', () => {
    expect(scored('Canada ordered India on Friday to close its consulate in Vancouver.')).toEqual(['Canada -EXPELLED-> India']);
    expect(scored("India's foreign ministry told Ottawa to shut its consulate in Mumbai.")).toContain('Indian Foreign Ministry -EXPELLED-> Canada');
    expect(scored('Premier Mark Carney, asked at an Ottawa briefing whether more Indian missions could be shut, did not rule out further closures.')).toEqual([]);
  });

  it('gives a participle after "X, a spokesman, told reporters" to X, past the quote before', () => {
    const body =
      'Prime Minister Mark Carney accused India of espionage. The closure was "an escalation," Randhir Jaiswal, a Foreign Ministry spokesman, told reporters on Wednesday, ' +
      'dismissing the claims as "slander" and accusing Ottawa of hypocrisy.';
    expect(scored(body)).toContain('Randhir Jaiswal -ACCUSED-> Canada');
    expect(scored(body)).toContain('Randhir Jaiswal -DENIED-> Mark Carney');
  });
});

describe('a regional paper: generals, MPs and people\'s armies (session 15)', () => {
  it('reads "the general" as the officer told of before, but not "the general election"', () => {
    const body = 'Uganda\'s army chief, General Muhoozi Kainerugaba, posted on X. Kenya\'s Principal Secretary Korir Singoei said the remarks were reckless, accusing the general of endangering goodwill. The general election was peaceful.';
    expect(scored(body)).toContain('Korir Singoei -ACCUSED-> Muhoozi Kainerugaba');
    expect(nodes(body, 'Person')).toEqual(['Korir Singoei', 'Muhoozi Kainerugaba']);
  });

  it('reads "MP" before a name as a title and "People\'s" inside an armed force\'s name', () => {
    expect(nodes('Opposition MP Raphael Wanjala spoke.', 'Agency')).toEqual([]);
    expect(nodes('Opposition MP Raphael Wanjala spoke.', 'Person')).toEqual(['Raphael Wanjala']);
    // Named, as bodies after a state are, with the demonym; the article's words are an alias.
    expect(nodes("The chief of the Uganda People's Defence Forces spoke.", 'Agency')).toEqual(["Ugandan People's Defence Forces"]);
    expect(aliasesOf("The chief of the Uganda People's Defence Forces spoke.", "Ugandan People's Defence Forces")).toContain("Uganda People's Defence Forces");
  });
});

describe('a live blog (session 15)', () => {
  it('reads a time stamp ("09:40 —") as the entry\'s dateline, before a participial intro', () => {
    const body = '09:40 — Addressing a rally in Caracas, Venezuelan President Nicolas Maduro accused Guyana of provocations.\n\n10:15 GMT — Guyana rejected the accusation.';
    expect(scored(body)).toContain('Nicolas Maduro -ACCUSED-> Guyana');
    expect(nodes(body, 'Person')).toEqual(['Nicolas Maduro']);
  });

  it('reads a term denied in the characterisation as no accusation', () => {
    expect(scored('Erdogan described Hamas as "a liberation movement, not a terrorist organisation".')).toEqual([]);
    expect(scored('Israeli Foreign Minister Israel Katz described Hamas as "a terrorist organisation".')).toEqual(['Israel Katz -ACCUSED-> Hamas']);
  });
});

describe('ministers of other fields, refusals and a quote\'s own speaker (session 15)', () => {
  it('reads field titles ("Information Minister", "Junta leader", "Minister for Regional Cooperation") as titles', () => {
    expect(scored("Eritrea's Information Minister Yemane Gebremeskel accused Ethiopia of seeking war.")).toEqual(['Yemane Gebremeskel -ACCUSED-> Ethiopia']);
    expect(scored('Junta leader General Abdourahamane Tiani, who seized power in July, has accused France of plotting an invasion.')).toEqual(['Abdourahamane Tiani -ACCUSED-> France']);
    expect(nodes('State Minister for Regional Cooperation John Mulimba spoke.', 'Person')).toEqual(['John Mulimba']);
  });

  it('reads "stopping short of congratulating" as a refusal', () => {
    const body = 'Leaders congratulated Lee Jae-myung. Spokesman Dmitry Peskov said Russia respected the choice of the South Korean people, stopping short of congratulating the winner.';
    expect(scored(body).filter((e) => !e.startsWith('Leaders'))).toEqual([]);
  });

  it('gives "I congratulate X," he said to the speaker, not to the one the quote names', () => {
    const body = 'Conservative candidate Kim Moon-soo conceded on Wednesday. "I humbly accept the result and congratulate Lee Jae-myung," he told supporters in Seoul.';
    expect(scored(body)).toEqual(['Kim Moon-soo -CONGRATULATED-> Lee Jae-myung']);
  });
});

describe('people described by age, and what someone called a thing (session 15)', () => {
  it('reads "the 65-year-old former diplomat" as the person congratulated, and an apposed one as the person named', () => {
    const body =
      'Antony Blinken congratulated Bernardo Arevalo on his inauguration. "We look forward to working with President Arevalo," Blinken said. ' +
      "Mexico's Andres Lopez Obrador and Colombia's Gustavo Petro also congratulated the 65-year-old former diplomat.";
    expect(scored(body).filter((e) => e.includes('CONGRATULATED'))).toEqual([
      'Andres Lopez Obrador -CONGRATULATED-> Bernardo Arevalo',
      'Antony Blinken -CONGRATULATED-> Bernardo Arevalo',
      'Gustavo Petro -CONGRATULATED-> Bernardo Arevalo',
    ]);
    const { graph } = extractArticle('Untitled report\n\nNicolas Maduro spoke. Juan Guaido, the 35-year-old head of the assembly, accused Maduro of fraud.\n');
    const mentionsOf = (name: string) => graph.getNodeAttribute(graph.findNode((_k, a) => a.name === name)!, 'mentions');
    expect([mentionsOf('Juan Guaido'), mentionsOf('Nicolas Maduro')]).toEqual([2, 2]);
  });

  it('still blames the owner of what someone "called" something', () => {
    expect(scored('Iran\'s foreign ministry rejected what it called Germany\'s "interference".')).toContain('Iranian Foreign Ministry -ACCUSED-> Germany');
  });

  it('reads "whose anti-graft Semilla movement" as a body', () => {
    expect(nodes('Bernardo Arevalo, whose anti-graft Semilla movement was suspended, spoke.', 'Agency')).toEqual(['Semilla']);
  });
});

describe('foreign ministries by other names and correspondents by their city (session 15)', () => {
  it('reads "the ministry" after "the Department of Foreign Affairs" as that department', () => {
    const body = "The Department of Foreign Affairs said China's deputy envoy had been called in. The ministry accused Beijing of aggressive actions.";
    expect(scored(body)).toEqual(['Department of Foreign Affairs -ACCUSED-> China']);
  });

  it('reads "ARD\'s Moscow correspondent" as based in Moscow, not one of Russia\'s people', () => {
    const body = "Russia's foreign ministry withdrew the accreditation of ZDF's Moscow correspondent Karl Weber.";
    expect(scored(body).filter((e) => e.endsWith('-> Russia'))).toEqual([]);
  });
});

describe('a quote-heavy piece: a quote over several sentences, an unnamed spokesperson, innocence (session 15)', () => {
  it('gives the sentences of a quotation begun after an attributed one to the same speaker', () => {
    const body =
      'The security minister, Dan Jarvis, went further. "This is not an isolated case," he told parliament. "We have seen attacks on our institutions. ' +
      'The Chinese state is behind a pattern of hostile activity, and we will call it out."';
    expect(scored(body)).toContain('Dan Jarvis -ACCUSED-> China');
  });

  it('reads "a spokesperson said" after a body as that body, and "nothing but slander" as a dismissal', () => {
    const body =
      'Britain accused China of espionage. The response from the Chinese embassy in London was swift. "The accusations are nothing but malicious slander," a spokesperson said.';
    expect(scored(body)).toContain('Chinese Embassy in London -DENIED-> United Kingdom');
    expect(scored('Britain accused China of espionage. "The accusations are not slander," the Chinese embassy said.').filter((e) => e.includes('DENIED'))).toEqual([]);
  });

  it('reads a claim of innocence as a denial of the charges, and its negation as none', () => {
    expect(scored('Prosecutors charged Peter Cash with spying. Cash said he was "completely innocent".')).toEqual(['Peter Cash -DENIED-> @Event']);
    expect(scored('Peter Cash has maintained his innocence. Paul Berry pleaded not guilty.')).toEqual(['Paul Berry -DENIED-> @Event', 'Peter Cash -DENIED-> @Event']);
    expect(scored('Peter Cash never said he was innocent.')).toEqual([]);
  });
});

describe('a timeline and an Indian paper (session 15)', () => {
  it('reads "X expels 40 Russian diplomats, France 35 and Italy 30" as three expulsions, none of France or Italy', () => {
    const body = 'April 2022: Spain expels 25 Russian diplomats, Portugal 10 and Greece 12.';
    expect(scored(body)).toEqual(['Greece -EXPELLED-> Russia', 'Portugal -EXPELLED-> Russia', 'Spain -EXPELLED-> Russia']);
  });

  it('reads "accusing them" after "15 Russian embassy officials" as those officials', () => {
    const body = 'NATO partners were told in advance. Denmark declares 15 Russian embassy officials persona non grata, accusing them of spying.';
    expect(scored(body).filter((e) => e.includes('ACCUSED'))).toEqual(['Denmark -ACCUSED-> Russian Embassy']);
  });

  it('reads "NEW DELHI:" as a dateline and "Maldivian" as the Maldives', () => {
    const body = 'NEW DELHI: India summoned the Maldivian envoy on Monday.';
    expect(nodes(body, 'Agency')).toEqual([]);
    expect(nodes(body, 'State')).toEqual(['India', 'Maldives']);
  });
});

describe('regional groups, parties named with a demonym, "the president" congratulated (session 15)', () => {
  it('reads "the Baltic states" as Estonia, Latvia and Lithuania', () => {
    expect(scored('Prime Minister Irakli Kobakhidze accused the Baltic states of blackmail.')).toEqual([
      'Irakli Kobakhidze -ACCUSED-> Estonia',
      'Irakli Kobakhidze -ACCUSED-> Latvia',
      'Irakli Kobakhidze -ACCUSED-> Lithuania',
    ]);
  });

  it('reads "Georgia\'s ruling Georgian Dream party" as the subject, a party whose name opens on a demonym', () => {
    expect(scored("Georgia's ruling Georgian Dream party on Tuesday accused the European Union of backing the protests.")).toEqual(['Georgian Dream -ACCUSED-> European Union']);
    // An armed group keeps its name without the demonym.
    expect(nodes('The Palestinian Islamic Jihad militant group denied it.', 'Agency')).toEqual(['Islamic Jihad']);
  });

  it('gives "also congratulated the president" to the one congratulated so far', () => {
    const body = "Argentina's President Javier Milei congratulated Daniel Noboa on his re-election. The U.S. State Department also congratulated the president.";
    expect(scored(body)).toEqual(['Javier Milei -CONGRATULATED-> Daniel Noboa', 'State Department -CONGRATULATED-> Daniel Noboa']);
  });
});

describe('a reduced relative with an auxiliary (session 15)', () => {
  it('reads "a charge Kyiv has rejected" as Kyiv\'s denial', () => {
    expect(scored('Mali accused Ukrainian officials of backing the rebels, a charge Kyiv has rejected.')).toEqual(['Mali -ACCUSED-> Ukraine', 'Ukraine -DENIED-> Mali']);
  });
});

describe('unnamed and certain countries (session 15)', () => {
  it('reads "unnamed countries", "certain countries" and "foreign governments" as groups', () => {
    expect(scored('President Mohamed Muizzu accused unnamed countries of bullying the island nation.')).toEqual(['Mohamed Muizzu -ACCUSED-> unnamed countries']);
    expect(scored('Certain countries accused Ghana of meddling. Foreign governments accused Togo of fraud.')).toEqual(['Certain countries -ACCUSED-> Ghana', 'Foreign governments -ACCUSED-> Togo']);
  });
});

describe('a group in apposition before a relative clause (session 15)', () => {
  it('reads "Lula and Petro, leftist allies who both congratulated" as Lula and Petro', () => {
    const body = "Joe Biden congratulated Claudia Sheinbaum by phone. Among the guests were Brazil's Luiz Lula and Colombia's Gustavo Petro, leftist allies who both congratulated the new president in person.";
    expect(scored(body)).toEqual(['Gustavo Petro -CONGRATULATED-> Claudia Sheinbaum', 'Joe Biden -CONGRATULATED-> Claudia Sheinbaum', 'Luiz Lula -CONGRATULATED-> Claudia Sheinbaum']);
  });
});

describe('"rejected that account" (session 15)', () => {
  it('reads "that" before an accusation noun as its determiner', () => {
    const body = 'Serbian President Aleksandar Vucic accused Pristina of provoking violence. "They want a conflict," Vucic told reporters. Kosovo rejected that account.';
    expect(scored(body)).toContain('Kosovo -DENIED-> Aleksandar Vucic');
  });
});

describe('two passive agents (session 15)', () => {
  it('reads "congratulated by A, <his office>, and by B" as both congratulating', () => {
    const body = "To Lam has been congratulated by Lao President Thongloun Sisoulith, leader of the ruling party, and by Hun Sen, president of the Cambodian People's Party.";
    expect(scored(body)).toEqual(['Hun Sen -CONGRATULATED-> To Lam', 'Thongloun Sisoulith -CONGRATULATED-> To Lam']);
  });
});

describe('a suspicion reported (session 15)', () => {
  it('reads "X told reporters that there was suspicion that Y had been involved" as X blaming Y', () => {
    const body = 'Prime Minister Petr Fiala told reporters on Saturday that there was "well-founded suspicion" that officers of Russia\'s GRU had been involved in the blasts.';
    expect(scored(body)).toEqual(['Petr Fiala -ACCUSED-> GRU']);
  });
});

describe('names written with and without accents (session 16)', () => {
  it('takes "Vucic" and "Orban" for the Vučić and Orbán the article named in full', () => {
    const body = 'Serbian President Aleksandar Vučić met Hungarian Prime Minister Viktor Orbán on Monday. Later, Vucic congratulated Orban on his election victory.';
    expect(scored(body)).toEqual(['Aleksandar Vučić -CONGRATULATED-> Viktor Orbán']);
    expect(nodes(body, 'Person')).toEqual(['Aleksandar Vučić', 'Viktor Orbán']);
  });

  it('merges a full name written both ways', () => {
    expect(aliasesOf('Viktor Orbán spoke on Monday. Viktor Orban then left for Brussels.', 'Viktor Orbán')).toEqual(['Viktor Orban', 'Viktor Orbán']);
  });
});

describe('company names (session 16)', () => {
  it('ends a company at its legal form and keeps two companies apart', () => {
    expect(nodes('Siemens AG and Toyota Motor Corp. signed the deal.', 'Agency')).toEqual(['Siemens AG', 'Toyota Motor Corp.']);
    expect(nodes('Mediterranean Shipping Co. bought the terminals.', 'Agency')).toEqual(['Mediterranean Shipping Co.']);
    expect(nodes('Mediterranean Shipping Co. bought the terminals.', 'Person')).toEqual([]);
  });

  it('keeps an acronym that opens a company name in the name', () => {
    expect(nodes('CK Hutchison Holdings Ltd. agreed to sell its ports.', 'Agency')).toEqual(['CK Hutchison Holdings Ltd.']);
  });

  it('names a company after a state as it trades, not with the demonym', () => {
    expect(nodes('Panama Ports Co. runs two terminals.', 'Agency')).toEqual(['Panama Ports Co.']);
  });

  it('reads a currency prefix as no actor', () => {
    expect(nodes('Shares closed at HK$48.05, or about US$6.', 'Agency')).toEqual([]);
    expect(nodes('Shares closed at HK$48.05, or about US$6.', 'State')).toEqual([]);
  });
});

describe("a state's own body with a name the UN's also has (session 16)", () => {
  it('reads "the Russian Security Council" as Russia\'s, not the UN Security Council', () => {
    expect(nodes('The Russian Security Council met on Friday. The UN Security Council met on Monday.', 'Agency')).toEqual(['Russian Security Council', 'UN Security Council']);
  });
});

describe('dismissals written as a motion (session 16)', () => {
  it('reads "brushed the accusation aside", "brushed aside the claim", "waved away the allegations" as denials', () => {
    for (const denial of ['Uganda brushed the accusation aside.', 'Uganda brushed aside the claim as propaganda.', "Uganda brushed off Kenya's claim that the case was fabricated.", 'Uganda waved away the allegations.']) {
      expect(scored(`Kenya accused Uganda of the attack. ${denial}`)).toContain('Uganda -DENIED-> Kenya');
    }
  });

  it('does not read other things brushed aside as denials', () => {
    for (const other of ['Uganda brushed the snow aside.', 'Uganda brushed aside a request to extradite him.']) {
      expect(scored(`Kenya accused Uganda of the attack. ${other}`)).toEqual(['Kenya -ACCUSED-> Uganda']);
    }
  });
});

describe('a ministry named with its state after it (session 16)', () => {
  it('reads "the Ministry of Foreign Affairs of the Republic of Belarus" as Belarus\'s foreign ministry', () => {
    const body = 'The Ministry of Foreign Affairs of the Republic of Lithuania protested. The Ministry of Foreign Affairs of the Republic of Belarus accused the Lithuanian diplomat of spying.';
    expect(nodes(body, 'Agency')).toEqual(['Belarusian Foreign Ministry', 'Lithuanian Foreign Ministry']);
    expect(scored(body)).toEqual(['Belarusian Foreign Ministry -ACCUSED-> Lithuania']);
  });

  it('reads "Foreign Relations" as the foreign field and keeps other ministries whole', () => {
    expect(nodes('The Ministry of Foreign Relations of Peru protested.', 'Agency')).toEqual(['Peruvian Foreign Ministry']);
    expect(nodes('The Ministry of Foreign and Diaspora Affairs protested.', 'Agency')).toEqual(['Ministry of Foreign and Diaspora Affairs']);
  });
});

describe('word orders of persona non grata and quoted verbs (session 16)', () => {
  it('reads "declared persona non grata the chargé of X" with the object after the phrase', () => {
    expect(scored('Peru declared persona non grata the chargé d\'affaires of Venezuela in Lima.')).toEqual(['Peru -EXPELLED-> Venezuela']);
    expect(scored('Lithuania declared persona non grata a counsellor of the Belarusian embassy.')).toEqual(['Lithuania -EXPELLED-> Belarus']);
  });

  it('reads a verb in scare quotes as part of the sentence', () => {
    expect(scored('Venezuela accused Peru of plotting. Peru "categorically rejected" the accusations.')).toContain('Peru -DENIED-> Venezuela');
  });
});

describe('an office read on its own before a name (session 16)', () => {
  it('gives the title to the person when the first name is a capital or a second title follows', () => {
    expect(scored('Lebanon elected Joseph Aoun president. Paraguayan President Santiago Peña congratulated Aoun.')).toEqual(['Santiago Peña -CONGRATULATED-> Joseph Aoun']);
    expect(scored('Lebanon elected Joseph Aoun president. UAE President Sheikh Mohamed bin Zayed congratulated Aoun.')).toEqual(['Mohamed bin Zayed -CONGRATULATED-> Joseph Aoun']);
    expect(nodes('Paraguayan President Santiago Peña congratulated Aoun.', 'State')).toEqual(['Paraguay']);
  });
});

describe('more ways to congratulate (session 16)', () => {
  const before = 'Lebanon elected Joseph Aoun president on Thursday. Saudi Crown Prince Mohammed bin Salman congratulated Aoun. ';

  it('reads felicitation, conveyed and expressed congratulations as congratulations', () => {
    expect(scored(`${before}Qatari Emir Sheikh Tamim bin Hamad also sent a message of felicitation.`)).toContain('Tamim bin Hamad -CONGRATULATED-> Joseph Aoun');
    expect(scored(`${before}Turkish Foreign Minister Hakan Fidan phoned Aoun to convey his congratulations.`)).toContain('Hakan Fidan -CONGRATULATED-> Joseph Aoun');
    expect(scored(`${before}French President Emmanuel Macron expressed his congratulations.`)).toContain('Emmanuel Macron -CONGRATULATED-> Joseph Aoun');
    expect(scored(`${before}French President Emmanuel Macron expressed his concern.`)).toEqual(['Mohammed bin Salman -CONGRATULATED-> Joseph Aoun']);
  });

  it('reads "hailed X\'s victory" as congratulating the winner, and a bare "hailed the victory" only where the article congratulates someone', () => {
    expect(scored(`${before}US Secretary of State Marco Rubio hailed Aoun's victory as a step forward.`)).toContain('Marco Rubio -CONGRATULATED-> Joseph Aoun');
    expect(scored(`${before}Japanese Prime Minister Shigeru Ishiba hailed the victory.`)).toContain('Shigeru Ishiba -CONGRATULATED-> Joseph Aoun');
    expect(scored('The army defeated the rebels. Ugandan President Yoweri Museveni hailed the victory.')).toEqual([]);
    expect(scored(`${before}Japanese Prime Minister Shigeru Ishiba hailed the court ruling.`)).toEqual(['Mohammed bin Salman -CONGRATULATED-> Joseph Aoun']);
  });

  it('takes the holder in apposition after "The Emir of Qatar," as the subject', () => {
    expect(scored(`${before}The President of France, Emmanuel Macron, also congratulated Aoun.`)).toContain('Emmanuel Macron -CONGRATULATED-> Joseph Aoun');
  });

  it('sends a message "to the Vietnamese leader" to the leader congratulated so far', () => {
    expect(scored('Lee Jae-myung congratulated To Lam on his election. Speaker Woo Won-shik also sent a message of felicitation to the Vietnamese leader.')).toContain('Woo Won-shik -CONGRATULATED-> To Lam');
  });
});

describe('ranks without a full stop (session 16)', () => {
  it('reads "Gen Aoun" as a title and "Nakatani Gen" as a name', () => {
    expect(aliasesOf('Lebanon elected Gen Joseph Aoun as president. Gen Aoun thanked Qatar.', 'Joseph Aoun')).toEqual(['Gen Aoun', 'Joseph Aoun']);
    expect(nodes('Defense Minister Nakatani Gen told reporters.', 'Person')).toEqual(['Nakatani Gen']);
  });

  it('reads "Gen Z" as no person', () => {
    expect(nodes('Gen Z protesters accused the Kenyan government of abductions.', 'Person')).toEqual([]);
  });
});

describe('asides and intros that name no one (session 16)', () => {
  it('does not let a negated aside between commas negate the verb', () => {
    expect(scored('Spokeswoman Maria Zakharova, never knowingly understated, accused Estonia of staging a provocation.')).toEqual(['Maria Zakharova -ACCUSED-> Estonia']);
    expect(scored('Latvia has not, however, expelled the Russian diplomat.')).toEqual([]);
  });

  it('finds the subject after a short intro phrase that names no one', () => {
    expect(scored('Not surprisingly, Estonia blamed Russia for the attack.')).toEqual(['Estonia -ACCUSED-> Russia']);
    expect(scored('Not one for euphemism, Estonian Foreign Minister Margus Tsahkna blamed Russia for the attack.')).toEqual(['Margus Tsahkna -ACCUSED-> Russia']);
  });
});

describe('accents a lexicon lacks (session 16)', () => {
  it('reads "Burkinabè" as the demonym "Burkinabe"', () => {
    expect(scored('Three Burkinabè diplomats had been declared persona non grata by Ivory Coast.')).toEqual(['Ivory Coast -EXPELLED-> Burkina Faso']);
  });

  it('names what was brushed aside without the particle', () => {
    const { graph } = extractArticle('Untitled report\n\nUganda brushed the accusation aside.\n');
    expect(graph.filterNodes((_k, a) => a.kind === 'Event').map((k) => graph.getNodeAttribute(k, 'name'))).toEqual(['the accusation']);
  });
});

describe('marching orders, deportations and seats of government (session 16)', () => {
  it('reads "gave marching orders to X" and "were given their marching orders by Y" as expulsions', () => {
    expect(scored('Paraguay gave marching orders to two officials of the Brazilian embassy.')).toEqual(['Paraguay -EXPELLED-> Brazil']);
    expect(scored('Two Brazilian diplomats were given their marching orders by Paraguay.')).toEqual(['Paraguay -EXPELLED-> Brazil']);
    expect(scored('Paraguay threatened to give the Brazilian envoy his marching orders.')).toEqual([]);
  });

  it('reads "ordered the deportation of" as an expulsion', () => {
    expect(scored('Kyrgyzstan ordered the deportation of a Kazakh journalist.')).toEqual(['Kyrgyzstan -EXPELLED-> Kazakhstan']);
  });

  it('knows seats of government and takes a foreign ministry named for its building as that ministry', () => {
    expect(nodes('Itamaraty protested. The Brazilian Foreign Ministry said so.', 'Agency')).toEqual(['Brazilian Foreign Ministry']);
    expect(aliasesOf('Itamaraty protested. The Brazilian Foreign Ministry said so.', 'Brazilian Foreign Ministry')).toContain('Itamaraty');
    expect(scored('China accused the Philippines of provocations. Malacañang rejected the claim.')).toContain('Malacañang -DENIED-> China');
  });
});

describe('questions, listed steps and proposals that state no act (session 16)', () => {
  it('reads "asked whether he blamed X" and "declined to say whether ... was behind" as questions', () => {
    expect(scored('Opposition leader Yair Lapid, asked by reporters whether he blamed Benjamin Netanyahu for the escalation, declined to do so.')).toEqual([]);
    expect(scored('Australia spoke. Foreign Minister Penny Wong declined to say whether the government believed Beijing was behind the accounts.')).toEqual([]);
    expect(scored('Australia said Beijing was behind the accounts.')).toEqual(['Australia -ACCUSED-> China']);
  });

  it('gives a step listed after ", including" the modality of the steps', () => {
    expect(scored('Japan said it "will not hesitate" to take further steps, including expelling two Chinese diplomats.')).toEqual([]);
    expect(scored('Japan took further steps, including expelling two Chinese diplomats.')).toEqual(['Japan -EXPELLED-> China']);
  });

  it('reads a verb coordinated with a proposed infinitive as proposed', () => {
    expect(scored('Senators from the ruling Colorado Party tabled a resolution urging the government to go further and expel the Brazilian ambassador.')).toEqual([]);
    expect(scored('Peru decided to suspend ties and expel the Brazilian ambassador.')).toEqual(['Peru -EXPELLED-> Brazil']);
  });
});

describe('formal names of governments, posts and offices (session 16)', () => {
  it('reads "The Government of Panama dismissed as "baseless" the accusations" as Panama denying them', () => {
    expect(scored('Venezuela accused Panama of plotting. The Government of Panama dismissed as "baseless" the accusations against its consul.')).toContain('Panama -DENIED-> Venezuela');
    expect(scored('Venezuela accused Panama of plotting. Panama dismissed as baseless a request to extradite him.')).toEqual(['Venezuela -ACCUSED-> Panama']);
  });

  it('reads closing "the Consulate of the Republic of Belarus" as expelling Belarus', () => {
    expect(scored('Lithuania ordered the closure of the Consulate of the Republic of Belarus in Klaipeda.')).toEqual(['Lithuania -EXPELLED-> Belarus']);
  });

  it('names "the Office of the President" as a body, and keeps a person "of the" party apart', () => {
    expect(nodes('The Office of the President rejected the claim.', 'Agency')).toEqual(['Office of the President']);
    expect(nodes('Kim Moon-soo of the People Power Party conceded.', 'Agency')).toEqual(['People Power Party']);
  });
});

describe('an office capitalised with no name after it (session 16)', () => {
  it('reads "blamed the Prime Minister" as the prime minister told of', () => {
    expect(scored('Prime Minister Kamla Persad-Bissessar spoke on Monday. Venezuela blamed the Prime Minister for the ordeal.')).toEqual(['Venezuela -ACCUSED-> Kamla Persad-Bissessar']);
    expect(nodes('The President Joe Biden said so.', 'Person')).toEqual(['Joe Biden']);
  });

  it('sends congratulations to "the Prime Minister" to the one the article congratulates, not the last prime minister named', () => {
    const body = 'Anthony Albanese won the Australian election. Albanese thanked voters, and Albanese promised reform. Japanese Prime Minister Shigeru Ishiba issued a statement. Indonesian President Prabowo Subianto phoned the Prime Minister to offer his congratulations.';
    expect(scored(body)).toEqual(['Prabowo Subianto -CONGRATULATED-> Anthony Albanese']);
  });
});

describe('objects in apposition and offices with "of" (session 16)', () => {
  it('reads "Hezbollah and its ally, the Amal Movement," as two, not Hezbollah twice', () => {
    expect(scored('Lebanese Forces leader Samir Geagea blamed Hezbollah and its ally, the Amal Movement, for the vacuum.')).toEqual(['Samir Geagea -ACCUSED-> Amal Movement', 'Samir Geagea -ACCUSED-> Hezbollah']);
  });

  it('takes the holder after "the US Secretary of State," and the state of "the people of Nigeria"', () => {
    expect(scored('Xi Jinping wrote to the Chinese people. In Washington, the US Secretary of State, Marco Rubio, in a statement, congratulated the people of Nigeria on their Independence Day.')).toEqual(['Marco Rubio -CONGRATULATED-> Nigeria']);
  });

  it('reads "to deny a quorum" as no denial', () => {
    expect(scored('Samir Geagea said the two parties had held the presidency hostage, walking out of sessions to deny a quorum.')).toEqual([]);
  });
});

describe('the presidential office (session 16)', () => {
  it('reads "the presidential office" and a capitalised "the Presidency" as a body that acts', () => {
    expect(scored('The PPP accused the presidential office of orchestrating the raid. The presidential office denied the claim.')).toEqual(['PPP -ACCUSED-> Presidency', 'Presidency -DENIED-> PPP']);
    expect(scored('The ADC accused Tinubu of failure. The Presidency dismissed the claims.')).toContain('Presidency -DENIED-> ADC');
  });

  it('reads the presidency as an office held and the presidential palace as a place, not bodies', () => {
    expect(nodes('Aoun won the presidency after two years. Hezbollah held the presidency hostage.', 'Agency')).toEqual(['Hezbollah']);
    expect(nodes('Protesters gathered at the presidential palace.', 'Agency')).toEqual([]);
  });
});

describe('acronyms opening a body, wire slugs and contractions (session 16)', () => {
  it('keeps an acronym that opens a party or body in its name', () => {
    expect(nodes('AK Party spokesman Omer Celik spoke. The ANC Youth League said so. FBI Director Kash Patel spoke.', 'Agency')).toEqual(['AK Party', 'ANC Youth League', 'FBI']);
  });

  it('reads wire slugs and "I\'m" as no one', () => {
    expect(nodes('(LEAD) Seoul rejects claim.\n\n(END)', 'Agency')).toEqual([]);
    expect(nodes("I'm Clothilde Geraerts, and hello.", 'Person')).toEqual(['Clothilde Geraerts']);
  });
});

describe('a titled name in apposition to an office (session 16)', () => {
  it('takes "Mali\'s president, Gen. Assimi Goïta," as the person', () => {
    expect(scored("Burkina Faso's leader Ibrahim Traoré survived a coup. Mali's president, Gen. Assimi Goïta, congratulated Traoré.")).toContain('Assimi Goïta -CONGRATULATED-> Ibrahim Traoré');
  });
});

describe('an accusation in a "whom" relative (session 16)', () => {
  it('reads "the envoys, whom he accused of financing X" as accusing the antecedent', () => {
    expect(scored('Diosdado Cabello asked the government to throw out the European Union envoys, whom he accused of financing the opposition.')).toContain('Diosdado Cabello -ACCUSED-> European Union');
    expect(scored('Venezuela expelled Rodolfo Saavedra, whom it accused of plotting.')).toContain('Venezuela -ACCUSED-> Rodolfo Saavedra');
  });
});

describe('"the foreign ministry" in lower case (session 16)', () => {
  it('reads it as the foreign ministry, settled to the one ministry of that field the article names', () => {
    expect(scored('Algeria protested. The foreign ministry held Interior Minister Bruno Retailleau responsible for the deterioration.')).toEqual(['Foreign Ministry -ACCUSED-> Bruno Retailleau']);
    const body = 'The Algerian Foreign Ministry summoned the French envoy. The French interior ministry declined to comment. The foreign ministry held Bruno Retailleau responsible for the crisis.';
    expect(scored(body)).toEqual(['Algerian Foreign Ministry -ACCUSED-> Bruno Retailleau']);
  });
});

describe('objects joined before a second verb (session 16)', () => {
  it('gives "and accused" the subject of the sentence, not the second of two joined objects', () => {
    expect(scored('Venezuela expelled Peruvian and Panamanian diplomats and accused Lima of plotting.')).toContain('Venezuela -ACCUSED-> Peru');
    expect(scored('Germany expelled Russia and Belarus congratulated Iran.')).toContain('Belarus -CONGRATULATED-> Iran');
  });
});

describe('faiths are no names (session 16)', () => {
  it('reads "a Roman Catholic bishop" as no person, and keeps "Shia" inside a name', () => {
    expect(scored("Nicaragua's government expelled a Roman Catholic bishop to Rome on Monday.")).toEqual([]);
    expect(nodes('Iraqi Prime Minister Mohammed Shia al-Sudani spoke.', 'Person')).toEqual(['Mohammed Shia al-Sudani']);
  });
});

describe('a newsletter heading in capitals (session 16)', () => {
  it('reads "DRIVING THE DAY — BALTIC PING-PONG:" and "WHO\'S NEXT?" as naming no one', () => {
    const body = "DRIVING THE DAY — BALTIC PING-PONG: Estonia expelled a Russian diplomat on Monday. WHO'S NEXT? Latvia said it could follow.";
    expect(nodes(body, 'Agency')).toEqual([]);
    expect(scored(body)).toEqual(['Estonia -EXPELLED-> Russia']);
    expect(nodes('UN, EU: both bodies spoke.', 'Agency')).toEqual(['European Union', 'United Nations']);
  });
});

describe('"as" opening a clause (session 16)', () => {
  it('reads "as Beijing rejected the claims" as a clause with Beijing for subject, and "dismissed the claims as absurd" as no clause', () => {
    expect(scored('Leaders congratulated Anthony Albanese as Beijing rejected the interference claims.')).toEqual(['China -DENIED-> @Event']);
    expect(scored('Kenya accused Uganda of the attack. Uganda dismissed the claims as absurd.')).toContain('Uganda -DENIED-> Kenya');
  });
});

describe('blame laid at a door (session 16)', () => {
  it('reads "laid the blame squarely at Turkey\'s door" and "at the door of the Turkish president" as accusations', () => {
    expect(scored("Israeli Foreign Minister Gideon Saar laid the blame squarely at Turkey's door.")).toEqual(['Gideon Saar -ACCUSED-> Türkiye']);
    expect(scored('Turkish President Recep Tayyip Erdogan spoke. Israeli Foreign Minister Gideon Saar laid the blame at the door of the Turkish president.')).toEqual(['Gideon Saar -ACCUSED-> Recep Tayyip Erdogan']);
  });
});

describe('one employee of a state (session 16)', () => {
  it('reads "an Algerian consular employee" as Algeria\'s person, as "employees" were', () => {
    expect(scored('France said that an Algerian consular employee had helped to organise the kidnapping.')).toEqual(['France -ACCUSED-> Algeria']);
  });
});

describe('bodies named with "for" (session 16)', () => {
  it('names "the State Committee for National Security" and "the Centre for Strategic Studies" whole', () => {
    expect(nodes('The State Committee for National Security accused the journalist. The Centre for Strategic Studies said so.', 'Agency')).toEqual(['Centre for Strategic Studies', 'State Committee for National Security']);
    expect(nodes('Council of Europe Secretary General Alain Berset spoke.', 'Person')).toEqual(['Alain Berset']);
  });
});

describe("a possessive's noun with a nationality in apposition (session 16)", () => {
  it('takes "His cameraman, Russian citizen Pavel Orlov," as the subject, not the owner', () => {
    expect(scored("Kazakh journalist Daniyar Seitkali was detained. His cameraman and co-author, Russian citizen Pavel Orlov, was deported by Kyrgyzstan's Migration Service in March.")).toEqual(['Kyrgyz Migration Service -EXPELLED-> Pavel Orlov']);
  });
});

describe('capitalised words that name no one (session 17)', () => {
  it('reads "Annex C", "Independence Day" and a portfolio between title words as no person', () => {
    expect(nodes('Brazil made concessions in the talks on Annex C. Paraguay suspended Article 5 talks.', 'Person')).toEqual([]);
    expect(nodes('Rubio congratulated the people of Nigeria on their Independence Day.', 'Person')).toEqual([]);
    expect(nodes('The party, in a statement by its National Publicity Secretary, Bolaji Abdullahi, accused the government.', 'Person')).toEqual(['Bolaji Abdullahi']);
  });

  it('reads "SA" and "AG" as a company\'s legal form only in capitals', () => {
    expect(nodes('A blast in Si Sa Ket province wounded a soldier.', 'Agency')).toEqual([]);
    expect(nodes('Nestle SA and Siemens AG reported profits.', 'Agency')).toEqual(['Nestle SA', 'Siemens AG']);
  });
});

describe('more capitalised words that name no one (session 17)', () => {
  it('reads a party opened by a capitalised title word, a region adjective, "St" places and "Member States"', () => {
    expect(nodes("Özgür Özel, chairman of Türkiye's main opposition Republican People's Party (CHP), extended his felicitations.", 'Person')).toEqual(['Özgür Özel']);
    expect(nodes("Özgür Özel, chairman of Türkiye's main opposition Republican People's Party (CHP), extended his felicitations.", 'Agency')).toEqual(["Republican People's Party"]);
    expect(nodes('It was the latest crackdown in the Central Asian country.', 'Person')).toEqual([]);
    expect(nodes("Speaking at the Diplomatic Centre, St Ann's, she dismissed it. A Member States meeting was held.", 'Person')).toEqual([]);
  });

  it('reads "the Presidential Villa" as no one, and "Acting President Han" still as a person', () => {
    expect(nodes('Leaders sent messages ahead of the ceremony at the Presidential Villa, Abuja. Acting President Han spoke.', 'Person')).toEqual(['Han']);
  });
});

describe('a press briefing transcript (session 17)', () => {
  const briefing = [
    'Matthew Miller, Department Spokesperson.',
    'MR MILLER: Good afternoon. First, on behalf of the United States, Secretary Blinken congratulates Halla Tomasdottir on her election.',
    'Second, the Secretary spoke this morning with Lithuanian President Gitanas Nauseda to congratulate him on his reelection.',
    'QUESTION: On that — China\'s embassy in Honiara put out a statement accusing the United States of stirring up trouble. Any response?',
    "MR MILLER: I've seen the statement, and it's just not true.",
  ].join('\n\n');

  it('reads the speaker label as who speaks, and orders ("First,", "Second,") as no one', () => {
    expect(scored(briefing)).toEqual([
      'Blinken -CONGRATULATED-> Gitanas Nauseda',
      'Blinken -CONGRATULATED-> Halla Tomasdottir',
      'Chinese Embassy in Honiara -ACCUSED-> United States',
      'Matthew Miller -DENIED-> Chinese Embassy in Honiara',
    ]);
    expect(nodes(briefing, 'Person')).not.toContain('Second');
  });

  it('leaves a questioner\'s turn and a dateline with a colon to no one', () => {
    const text = 'Matthew Miller, Department Spokesperson.\n\nMR MILLER: Thanks.\n\nQUESTION: China accused the United States of meddling. It is just not true, is it?\n\nISLAMABAD: Pakistan accused India of the attack. That is not true, officials in Delhi said.';
    expect(scored(text)).not.toContain('Matthew Miller -DENIED-> China');
  });
});

describe('denials of a claim told just before (session 17)', () => {
  it('reads "the allegations that have been made against them are false" and "it\'s just not true"', () => {
    expect(scored('China accused the United States of stirring up trouble. "The allegations that have been made against them are false," spokesman Matthew Miller said.')).toContain('Matthew Miller -DENIED-> China');
    expect(scored('China accused the United States of stirring up trouble. "I have seen the statement, and it is just not true," said Matthew Miller.')).toContain('Matthew Miller -DENIED-> China');
    expect(scored('China accused the United States of stirring up trouble. "That is a lie," spokesman Matthew Miller said.')).toContain('Matthew Miller -DENIED-> China');
  });

  it('does not read "it is not true" with no accusation near as a denial', () => {
    expect(scored('Kenya and Uganda signed a trade deal. "It is not true that prices will rise," spokesman Isaac Mwaura said.')).toEqual([]);
  });
});

describe('calls, requests and names (session 17)', () => {
  it('reads "spoke (this morning) with X to congratulate him" as a call, and a quoted infinitive after "asked" as a request', () => {
    expect(scored('Secretary Blinken spoke this morning with Lithuanian President Gitanas Nauseda to congratulate him.')).toEqual(['Blinken -CONGRATULATED-> Gitanas Nauseda']);
    expect(scored('Interior Minister Diosdado Cabello asked the Executive to "also throw out" the representatives of the European Union.')).toEqual([]);
  });

  it('names "Prime Minister KP Sharma Oli", "Prime Minister Sheikh Hasina" and "the UN Group of Experts"', () => {
    expect(nodes('Prime Minister KP Sharma Oli was sworn in.', 'Person')).toEqual(['KP Sharma Oli']);
    expect(aliasesOf('Bangladeshi Prime Minister Sheikh Hasina also sent a message of felicitation.', 'Hasina')).toContain('Sheikh Hasina');
    expect(nodes('The UN Group of Experts on the DRC said Rwanda armed the rebels.', 'Agency')).toEqual(['UN Group of Experts']);
  });
});

describe('a dispatch translated from French (session 17)', () => {
  it('reads an "army-aligned government", a "Contacted by AFP," intro and "once again accused"', () => {
    expect(scored('The Sudanese army-aligned government in Port Sudan on Sunday declared two Kenyan diplomats persona non grata.')).toEqual(['Sudan -EXPELLED-> Kenya']);
    expect(scored('Sudan accused Kenya of hosting the militia. Contacted by AFP, the Kenyan Ministry of Foreign Affairs "firmly rejected" these accusations.')).toContain('Kenyan Foreign Ministry -DENIED-> Sudan');
    expect(scored('The head of the army, General Abdel Fattah al-Burhan, for his part, once again accused the United Arab Emirates of financing the militia.')).toEqual(['Abdel Fattah al-Burhan -ACCUSED-> United Arab Emirates']);
  });

  it('reads a quote that goes on from its subject\'s name, and congratulations "addressed" or "presented"', () => {
    expect(scored('Sudan accused the WFP of bias. The WFP "rejects firmly any accusation of partiality", a spokesperson of the agency said.')).toContain('WFP -DENIED-> Sudan');
    expect(scored('Kamil Idris became prime minister. The Saudi Minister of Foreign Affairs, Prince Faisal bin Farhan, addressed to him a message of felicitation.')).toEqual(['Faisal bin Farhan -CONGRATULATED-> Kamil Idris']);
    expect(scored('Kamil Idris became prime minister. The Turkish President Recep Tayyip Erdogan also presented his congratulations to Mr. Idris.')).toEqual(['Recep Tayyip Erdogan -CONGRATULATED-> Kamil Idris']);
  });
});

describe('an Indian wire story (session 17)', () => {
  it('reads a "(PTI)" dateline with no dash, initials in a titled name and the wire\'s sign-off as no one', () => {
    const text = 'NEW DELHI, Apr 24 (PTI) Prime Minister Narendra Modi on Wednesday telephoned Maldivian President Mohamed Muizzu and congratulated him. External Affairs Minister S Jaishankar separately spoke to his Maldivian counterpart Moosa Zameer and conveyed his felicitations. PTI AB ZMN';
    expect(scored(text)).toEqual(['Narendra Modi -CONGRATULATED-> Mohamed Muizzu', 'S Jaishankar -CONGRATULATED-> Moosa Zameer']);
    expect(nodes(text, 'Agency')).toEqual([]);
  });

  it('reads reduced relatives with an article or an adverb, an adverbial set off before the verb, and "along with"', () => {
    expect(scored('The MDP accused President Mohamed Muizzu of misusing state resources, a charge the President\'s Office dismissed as "desperate".')).toContain("President's Office -DENIED-> MDP");
    expect(scored('President Mohamed Muizzu accused his predecessor Ibrahim Mohamed Solih of compromising the sovereignty, an allegation Solih has always rejected.')).toContain('Ibrahim Mohamed Solih -DENIED-> Mohamed Muizzu');
    expect(scored('President Mohamed Muizzu won. Strain began when Muizzu, soon after assuming office in November, ordered the 80 Indian military personnel to leave by May 10.')).toEqual(['Mohamed Muizzu -EXPELLED-> India']);
    expect(scored('The Maldives deported 43 Indian nationals, along with 12 Sri Lankans, on Monday.')).toEqual(['Maldives -EXPELLED-> India', 'Maldives -EXPELLED-> Sri Lanka']);
  });

  it('reads a relative clause closed before the verb, and names a state\'s bodies with the demonym news uses', () => {
    expect(scored('President Mohamed Muizzu won. At home, the main opposition Maldivian Democratic Party (MDP), which was reduced to 12 seats, has accused Muizzu of misusing state resources.')).toEqual(['Maldivian Democratic Party -ACCUSED-> Mohamed Muizzu']);
    expect(nodes("Kyrgyzstan's Migration Service deported him.", 'Agency')).toEqual(['Kyrgyz Migration Service']);
  });
});

describe('a Canadian broadcaster\'s story (session 17)', () => {
  it('reads \'bore "full responsibility"\' after an intro and a lower-case "ministry spokesperson"', () => {
    expect(scored('Beijing expelled a Canadian diplomat. Speaking at a regular briefing in Beijing, ministry spokesperson Mao Ning said Canada bore "full responsibility" for the damage to relations.')).toContain('Mao Ning -ACCUSED-> Canada');
  });

  it('reads words before a title and a name as the portfolio, and an "Area" as a place', () => {
    const text = 'Public Safety Minister Dominic LeBlanc rejected that account. Activists in the Greater Toronto Area were watched.';
    expect(nodes(text, 'Person')).toEqual(['Dominic LeBlanc']);
    expect(nodes(text, 'Place')).toEqual(['Greater Toronto Area']);
  });
});

describe('a Pakistani daily (session 17)', () => {
  it('reads "the federal government" as the state of the dateline', () => {
    const text = 'ISLAMABAD: Pakistan expelled two Afghan officials on Tuesday. Kabul said Afghanistan would respond, and the Afghan government called the move hostile. Chief Minister Ali Amin Gandapur accused the federal government of "sabotaging" the province\'s efforts to open a dialogue with Kabul.';
    expect(scored(text)).toContain('Ali Amin Gandapur -ACCUSED-> Pakistan');
    expect(scored(text)).not.toContain('Ali Amin Gandapur -ACCUSED-> Afghanistan');
  });

  it('reads "Late in the evening, the FO dismissed" and "brushed aside the chief minister\'s criticism"', () => {
    expect(scored('ISLAMABAD: Kabul accused a Pakistani diplomat of interference. Late in the evening, the FO dismissed Kabul\'s charge against its diplomat as "completely unfounded".')).toContain('FO -DENIED-> Afghanistan');
    expect(scored("Chief Minister Ali Amin Gandapur accused Pakistan of sabotage. Federal Information Minister Attaullah Tarar brushed aside the chief minister's criticism.")).toContain('Attaullah Tarar -DENIED-> Ali Amin Gandapur');
    expect(nodes("Afghans faced deportation under the government's Illegal Foreigners Repatriation Plan.", 'Person')).toEqual([]);
  });
});

describe('an office of a body, with its holder in apposition (session 17)', () => {
  it('reads "the Chief of Defence Forces, Gen Muhoozi Kainerugaba, accused" as the general, and "National Unity Platform" as a body', () => {
    const text = 'Five days after the Chief of Defence Forces, Gen Muhoozi Kainerugaba, accused the Netherlands embassy in Kampala of bankrolling the opposition National Unity Platform, Uganda expelled a Dutch diplomat.';
    expect(scored(text)).toContain('Muhoozi Kainerugaba -ACCUSED-> Dutch Embassy in Kampala');
    expect(nodes(text, 'Agency')).toEqual(['Dutch Embassy in Kampala', 'National Unity Platform']);
  });
});

describe("a state's lower-case ministry of external affairs (session 17)", () => {
  it('reads "India\'s external affairs ministry spokesperson X, responding to a question, said ... and dismissed the claim"', () => {
    const text = 'Bangladesh accused India of pushing people across. In New Delhi, India\'s external affairs ministry spokesperson Randhir Jaiswal, responding to a question, said all those sent across had been "verified" and dismissed the claim that Indian citizens had been pushed out as "factually incorrect".';
    expect(scored(text)).toContain('Randhir Jaiswal -DENIED-> Bangladesh');
    expect(nodes(text, 'Agency')).toEqual(['Indian External Affairs Ministry']);
  });
});

describe('congratulations among the Turkish leadership (session 17)', () => {
  it('reads a second titled person after a nationality as the one congratulated, and a party chair after its acronym as the subject', () => {
    expect(scored('President Recep Tayyip Erdogan has congratulated Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan over the signing of a peace treaty.')).toEqual([
      'Recep Tayyip Erdogan -CONGRATULATED-> Ilham Aliyev',
      'Recep Tayyip Erdogan -CONGRATULATED-> Nikol Pashinyan',
    ]);
    expect(scored('Ilham Aliyev signed a treaty. Nationalist Movement Party (MHP) Chair Devlet Bahceli, the ally of the ruling party, extended his "heartfelt felicitations to brotherly Azerbaijan and its esteemed president, Ilham Aliyev," on Saturday.')).toContain('Devlet Bahceli -CONGRATULATED-> Ilham Aliyev');
  });
});

describe('a TASS-style story (session 17)', () => {
  it('reads "the Foreign Ministry of North Macedonia" as that state\'s ministry, and "the insinuations of the Macedonian side" as naming the accuser', () => {
    expect(scored('On November 7, the Foreign Ministry of North Macedonia announced that it had ordered a Russian diplomat to leave the country.')).toEqual(['Macedonian Foreign Ministry -EXPELLED-> Russia']);
    expect(scored('Montenegro accused Russia of meddling in 2020. The Russian Embassy in Skopje said earlier that it "categorically rejects the insinuations" of the Macedonian side.')).toContain('Russian Embassy in Skopje -DENIED-> North Macedonia');
  });
});

describe('a News24-style story (session 17)', () => {
  it('reads an apposition holding a relative clause, and an unknown capitalised word before a lower-case role and its holder', () => {
    expect(scored('Daniel Chapo won. Mnangagwa sent a message, while Tanzania\'s President Samia Suluhu Hassan, one of the few heads of state who attended the ceremony, hailed Chapo\'s victory as "a triumph".')).toContain('Samia Suluhu Hassan -CONGRATULATED-> Daniel Chapo');
    expect(scored("Venancio Mondlane accused South Africa of backing Frelimo. Dirco spokesperson Chrispin Phiri also brushed aside Mondlane's accusation.")).toContain('Chrispin Phiri -DENIED-> Venancio Mondlane');
  });
});

describe('stoking tensions (session 17)', () => {
  it('reads "said X was deliberately stoking tensions" as an accusation of X', () => {
    expect(scored('ADDIS ABABA: Ethiopia expelled three Eritrean diplomats. The Tigray People\'s Liberation Front (TPLF) said that the federal government was "deliberately stoking tensions with Eritrea".')).toContain("Tigray People's Liberation Front -ACCUSED-> Ethiopia");
    expect(scored('Analysts said high food prices were stoking anger in the capital.')).toEqual([]);
  });
});

describe('acts done through someone else, and party victories (session 17)', () => {
  it('reads "prompting Lithuania to order a Georgian diplomat out" as Lithuania\'s act, and "took to Facebook to congratulate" as done', () => {
    expect(scored('Georgia declared a Lithuanian diplomat persona non grata, prompting Lithuania to order a Georgian diplomat out of Vilnius in return.')).toEqual(['Georgia -EXPELLED-> Lithuania', 'Lithuania -EXPELLED-> Georgia']);
    expect(scored('Laulu La\'auli won. Fiji\'s Prime Minister Sitiveni Rabuka took to Facebook to congratulate "my brother Laulu and the FAST family".')).toContain("Sitiveni Rabuka -CONGRATULATED-> Laulu La'auli");
  });

  it('reads "hailed the FAST party\'s victory", a long object before "his marching orders", and "Neighboring Latvia" as the state', () => {
    expect(scored('Laulu Fiame won. In Canberra, Anthony Albanese hailed the FAST party\'s victory as "a strong mandate".')).toEqual(['Anthony Albanese -CONGRATULATED-> FAST']);
    expect(scored('Neighboring Latvia followed suit hours later, giving a second secretary at the Belarusian Embassy in Riga his marching orders.')).toEqual(['Latvia -EXPELLED-> Belarus']);
  });
});

describe('a relative pronoun set off by commas (session 17)', () => {
  it('reads "Li Qiang, who, in a letter delivered through the embassy, congratulated Oli" as Li\'s congratulation', () => {
    expect(scored('Prime Minister KP Sharma Oli was sworn in. The message was followed by one from Chinese Premier Li Qiang, who, in a letter delivered through the Chinese Embassy in Kathmandu, congratulated Oli on his appointment.')).toEqual(['Li Qiang -CONGRATULATED-> KP Sharma Oli']);
  });
});

describe('"International" inside a body\'s name (session 17)', () => {
  it('names "the Ministry of Foreign Affairs and International Cooperation" whole, and "Amnesty International" still ends on it', () => {
    expect(nodes('The Ministry of Foreign Affairs and International Cooperation ordered the Congolese diplomat to leave. Amnesty International said so.', 'Agency')).toEqual(['Amnesty International', 'Ministry of Foreign Affairs and International Cooperation']);
  });
});

describe('acts talked about or withheld (session 18)', () => {
  it('reads "refrained from congratulating" as no congratulation, and "said expelling the ambassador was not on the table" as no expulsion', () => {
    expect(scored('Min Aung Hlaing was named president. Indonesia has refrained from congratulating Myanmar\'s military chief Min Aung Hlaing.')).toEqual([]);
    expect(scored('DFA spokesperson Carmela Reyes said expelling the Chinese ambassador was "not on the table".')).toEqual([]);
    // A participle after a comma is an act, even with a copula further on.
    expect(scored('Guaido swore himself in, calling Maduro a usurper whose reelection was fraudulent. Poland responded, expelling the Russian ambassador.')).toEqual(['Poland -EXPELLED-> Russia']);
  });
});

describe('a shared office and a participle continuing a subordinate clause (session 18)', () => {
  it('reads "Co-president Murillo" as the person named in full before, and "strained since Noboa imposed tariffs, accusing Bogotá" as Noboa\'s accusation', () => {
    expect(scored('Rosario Murillo and Daniel Ortega won. Cuban President Miguel Díaz-Canel congratulated Co-president Murillo on Sunday.')).toEqual(['Miguel Díaz-Canel -CONGRATULATED-> Rosario Murillo']);
    expect(scored('Ecuadorian President Daniel Noboa spoke on Monday. The raid is a blow to ties, which have been strained since Noboa imposed tariffs on Colombian imports, accusing Bogotá of doing too little.')).toEqual(['Daniel Noboa -ACCUSED-> Colombia']);
    // With no actor of its own, the subordinate clause is passed over as before.
    expect(scored('Kenya ordered the Ugandan envoy to leave after refusing to renew his permit, accusing him of spying.')).toEqual(['Kenya -ACCUSED-> Uganda', 'Kenya -EXPELLED-> Uganda']);
  });
});

describe('passive expulsions and accusations with their agents (session 18)', () => {
  it('reads "were ordered by the ministry to leave", "a unit of the PLA was accused by X" and "accused members of the GRU of the attack"', () => {
    expect(scored("Russia's foreign ministry responded on Friday. Polish consular staff were ordered by the ministry to leave the country within a week.")).toEqual(['Russian Foreign Ministry -EXPELLED-> Poland']);
    expect(scored("In 2021, a unit of the Chinese People's Liberation Army was accused by the Tokyo Metropolitan Police Department of directing cyberattacks.")).toEqual(["Tokyo Metropolitan Police Department -ACCUSED-> Chinese People's Liberation Army"]);
    expect(scored('Britain accused members of the GRU of the attack.')).toEqual(['United Kingdom -ACCUSED-> GRU']);
  });

  it('reads the person apposed to a state\'s officer at a post: "Nicaragua\'s chargé d\'affaires in San José, Henry Lacayo, was ordered to leave"', () => {
    expect(scored("Hours later, Nicaragua's chargé d'affaires in San José, Henry Lacayo, was ordered to leave Costa Rican territory by the government of Costa Rica.")).toEqual(['Costa Rica -EXPELLED-> Henry Lacayo']);
  });
});

describe('Arabic names (session 18)', () => {
  it('keeps "King Salman" apart from "Mohammed bin Salman" (a father\'s name is no surname), and reads a name with capitalised "Al" particles whole', () => {
    expect(scored('Joseph Aoun was elected. King Salman and Crown Prince Mohammed bin Salman on Thursday congratulated Joseph Aoun on his election.')).toEqual(['Mohammed bin Salman -CONGRATULATED-> Joseph Aoun', 'Salman -CONGRATULATED-> Joseph Aoun']);
    expect(nodes("King Hamad celebrated. Kuwait's Emir, Sheikh Mishal Al Ahmad Al Jaber Al Sabah, sent a congratulatory cable.", 'Person')).toEqual(['Hamad', 'Mishal Al Ahmad Al Jaber Al Sabah']);
  });
});

describe('calls that congratulate, and quotations attributed where they close (session 18)', () => {
  it('reads a call whose purpose comes after a clause or an apposition', () => {
    expect(scored('Joseph Aoun was elected. Prince Faisal bin Farhan, the Saudi foreign minister, phoned Aoun shortly after the result was announced in Parliament to congratulate him personally.')).toEqual(['Faisal bin Farhan -CONGRATULATED-> Joseph Aoun']);
    expect(scored('King Hamad celebrated. Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, telephoned his Bahraini counterpart, Dr Abdullatif Al Zayani, to offer his congratulations.')).toContain('Abdullah bin Zayed -CONGRATULATED-> Abdullatif Al Zayani');
  });

  it('gives a quotation of several sentences to the speaker named after it closes, who is not the one the quotation names', () => {
    expect(scored('Friedrich Merz won. Ukrainian President Volodymyr Zelenskyy was among the first. "Congratulations, Friedrich Merz! Ukraine counts on a strong Germany at the heart of Europe," he wrote on X.')).toEqual(['Volodymyr Zelenskyy -CONGRATULATED-> Friedrich Merz']);
    expect(scored('Iraq accused Turkey of the strike. Turkish defence ministry spokesman Oncu Keceli spoke on Friday. "These claims are baseless. Our forces conducted no operation there," Keceli said.')).toContain('Oncu Keceli -DENIED-> Iraq');
  });
});

describe('a named person\'s officer in apposition, and conspiring (session 18)', () => {
  it('reads "Fuentealba\'s campaign chief, Senator Javiera Montt, accused" as Montt\'s act, and "had conspired against peace" as culpable', () => {
    expect(scored("Camila Fuentealba lost. Fuentealba's campaign chief, Senator Javiera Montt, accused Milei of interfering in the Chilean election.")).toEqual(['Javiera Montt -ACCUSED-> Milei']);
    expect(scored('Nicaragua expelled the Costa Rican ambassador. Rosario Murillo said the diplomat had "conspired against peace."')).toContain('Rosario Murillo -ACCUSED-> Costa Rica');
  });
});

describe('who a denial answers, and a congratulation told by its source (session 18)', () => {
  it('reads "rejects claims of Mexican meddling" as no denial of Mexico, and "Asked about those claims, X dismissed them" as a denial', () => {
    const edges = scored("Tomás Zúniga accused Mexico of meddling. Claudia Sheinbaum congratulates Honduras' president-elect, rejects claims of Mexican meddling.");
    expect(edges).toContain('Claudia Sheinbaum -DENIED-> Tomás Zúniga');
    expect(edges).not.toContain('Claudia Sheinbaum -DENIED-> Mexico');
    expect(scored('Tomás Zúniga said so on Monday. Mexico was blamed. Honduras voted. Asked about those claims on Thursday, Claudia Sheinbaum dismissed them.')).toEqual(['Claudia Sheinbaum -DENIED-> @Event']);
  });

  it('reads "congratulating the co-presidents ..., according to the Kremlin" as congratulating the one congratulated before, not the Kremlin', () => {
    expect(scored('Daniel Ortega won. Cuban President Miguel Díaz-Canel congratulated Ortega. Russian President Vladimir Putin sent a telegram congratulating the co-presidents on their "convincing victory," according to the Kremlin.')).toEqual(['Miguel Díaz-Canel -CONGRATULATED-> Daniel Ortega', 'Vladimir Putin -CONGRATULATED-> Daniel Ortega']);
  });
});

describe('an Asharq Al-Awsat-style story (session 18)', () => {
  it('keeps a pronoun subject from the introductory phrase before it: "In a statement carried by the APS, it accused"', () => {
    expect(scored("Algeria's foreign ministry summoned the envoy. In a statement carried by the Algeria Press Service (APS), it accused the Moroccan regime of blatant interference.")).toEqual(['Algerian Foreign Ministry -ACCUSED-> Morocco']);
  });

  it('reads "rejected what he described as the same old accusations", and "the movement" as the movement named before', () => {
    expect(scored('Algeria accused Morocco of a plot. Moroccan Foreign Minister Nasser Bourita, speaking on the sidelines of a meeting in Rabat, also rejected what he described as “the same old accusations”.')).toContain('Nasser Bourita -DENIED-> Algeria');
    expect(scored('The Movement for the Self-Determination of Kabylie (MAK) was banned. In a statement, the movement accused the Algerian authorities of manufacturing plots.')).toEqual(['Movement for the Self-Determination of Kabylie -ACCUSED-> Algeria']);
  });
});

describe('a DW-style story (session 18)', () => {
  it('reads the titled person after a body as the agent of a passive ("by European Commission President Ursula von der Leyen and by NATO Secretary General Mark Rutte")', () => {
    expect(scored('Friedrich Merz won. Merz was congratulated by European Commission President Ursula von der Leyen and by NATO Secretary General Mark Rutte.')).toEqual(['Mark Rutte -CONGRATULATED-> Friedrich Merz', 'Ursula von der Leyen -CONGRATULATED-> Friedrich Merz']);
  });

  it('reads "used his first remarks after the vote to accuse Russia" as done, past a prepositional "after"', () => {
    expect(scored('Friedrich Merz won. Merz, for his part, used his first remarks after the vote to accuse Russia of waging a campaign of sabotage.')).toEqual(['Friedrich Merz -ACCUSED-> Russia']);
    // A subordinate clause with a verb of its own keeps the infinitive.
    expect(scored('Poland protested after Russia refused to accuse anyone.')).toEqual([]);
  });
});

describe('a Notes from Poland-style story (session 18)', () => {
  it('reads past "As Notes from Poland has reported," and a field word before a lower-case role ("foreign ministry spokeswoman Maria Zakharova")', () => {
    expect(scored('As Notes from Poland has reported, Warsaw had already ordered out the staff of Russian consulates in Poznań and Kraków.')).toEqual(['Poland -EXPELLED-> Russia']);
    expect(scored('In Moscow, foreign ministry spokeswoman Maria Zakharova rejected the accusations as "Russophobic hysteria".')).toEqual(['Maria Zakharova -DENIED-> @Event']);
  });
});

describe('a quotation attributed to a long title and its holder (session 18)', () => {
  it('reads "\\"The so-called espionage accusation is groundless,\\" Chinese foreign ministry spokesman Wang Lei said" as Wang\'s denial, and "smears" as an accusation denied', () => {
    expect(scored('South Korea accused China of spying. "The so-called espionage accusation is groundless," Chinese foreign ministry spokesman Wang Lei said.')).toContain('Wang Lei -DENIED-> South Korea');
    expect(scored('Japan accused China of cyberattacks. China rejects the groundless smears made by the Japanese side.')).toContain('China -DENIED-> Japan');
  });
});

describe('a MercoPress-style story (session 18)', () => {
  it('reads "Its Foreign Ministry" as the ministry of the state "its" stands for, and "Late on Tuesday the ministry announced" past its time phrase', () => {
    expect(scored("Paraguay expelled a Bolivian attaché. Bolivia rejected the move. Its Foreign Ministry described the expulsion as unfriendly. Late on Tuesday the ministry announced that Paraguay's defence attaché must leave Bolivian territory.")).toContain('Bolivian Foreign Ministry -EXPELLED-> Paraguay');
    expect(nodes('Bolivia rejected the move. Its Foreign Ministry described the expulsion as unfriendly.', 'Agency')).toEqual(['Bolivian Foreign Ministry']);
  });
});

describe('words that name no one (session 18)', () => {
  it('makes no node of newsletter headings, credits, plural titles, party members, "-era" compounds or a consensus', () => {
    expect(nodes('DRIVING THE DAY: ROMANIA BREATHES OUT. Nicușor Dan beat George Simion.', 'Person')).toEqual(['George Simion', 'Nicușor Dan']);
    expect(nodes('… AND THE SILENCES: George Simion conceded. Main image credit: Flickr (under CC BY 2.0).', 'Agency')).toEqual([]);
    expect(nodes('The two Vice Presidents also sent cables to Prince Salman bin Hamad. Ursula von der Leyen, a fellow Christian Democrat, spoke.', 'Person')).toEqual(['Salman bin Hamad', 'Ursula von der Leyen']);
    expect(nodes('Marines live on the World War II-era ship. Indonesia\'s position remains guided by the Five-Point Consensus. (READ: Is it time?)', 'Person')).toEqual([]);
    expect(nodes('(READ: Is it time to expel the ambassador?)', 'Agency')).toEqual([]);
  });
});

describe('short names of states and a region\'s adjective (session 18)', () => {
  it('reads "PRC" and "DPRK" as states, and "a strong, European Romania" as Romania, not a person', () => {
    expect(nodes("The PRC's actions were dangerous, and the DPRK fired a missile.", 'State')).toEqual(['China', 'North Korea']);
    expect(nodes('"Our region needs a strong, European Romania," Maia Sandu wrote.', 'Person')).toEqual(['Maia Sandu']);
  });
});

describe('a headline of two clauses joined by a comma (session 18)', () => {
  it('reads "Algeria Accuses Morocco of Backing \'Sabotage Plot\', Rabat Dismisses \'Fabrications\'" as Morocco\'s denial', () => {
    const edges = scored('Algeria accused Morocco of backing a plot in Kabylie.', 'Algeria Accuses Morocco of Backing ‘Sabotage Plot’ in Kabylie, Rabat Dismisses ‘Fabrications’');
    expect(edges).toContain('Morocco -DENIED-> Algeria');
    expect(edges).not.toContain('Algeria -DENIED-> @Event');
  });
});

describe('carrying out duties (session 18)', () => {
  it('reads "had carried out the attack" as culpable, and "had carried out \'exclusively protocol duties\'" as not', () => {
    expect(scored('Britain said Russian agents had carried out the attack.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
    expect(scored('Paraguay expelled Colonel Freddy Quispe. Bolivia\'s Foreign Ministry said Colonel Quispe had carried out "exclusively protocol and cooperation duties" in Asunción.')).toEqual(['Paraguay -EXPELLED-> Freddy Quispe']);
  });
});

describe('a dismissal after a denial (session 18)', () => {
  it('reads "This is a fabrication" as a denial when a denial was told just before, however far back the accusation', () => {
    const edges = scored('Paraguay accused Bolivia of espionage. Paraguay\'s foreign minister spoke at length. He added more details. Officials met. The Bolivian government flatly rejected the accusation. "Bolivia does not spy on its brothers. This is a fabrication designed to distract attention," Foreign Minister Celinda Mamani said in La Paz.');
    expect(edges).toContain('Celinda Mamani -DENIED-> Paraguay');
  });
});

describe('"the Turkish side" (session 18)', () => {
  it('reads a nationality before "side" as its state: "\\"The Turkish side bears full responsibility,\\" Hussein said"', () => {
    expect(scored('"The Turkish side bears full responsibility for the deaths," Iraqi Foreign Minister Fuad Hussein said.')).toEqual(['Fuad Hussein -ACCUSED-> Türkiye']);
  });
});

describe('a wrong and its doer in a speaker\'s own words (session 18)', () => {
  it('reads "\\"... a flagrant interference by the Iranian side ...,\\" X told reporters" as X\'s accusation, and the same words in narration as none', () => {
    expect(scored('"What this cell was preparing represents a flagrant interference by the Iranian side in Kuwait\'s internal affairs," Foreign Minister Abdullah Al-Yahya told reporters.')).toEqual(['Abdullah Al-Yahya -ACCUSED-> Iran']);
    expect(scored('The 2019 interference by Russia in the vote was investigated.')).toEqual([]);
  });
});

describe('a similar message, "as did", and a person\'s list of titles (session 18)', () => {
  it('reads "X, Vice President, Prime Minister and Ruler of Dubai, sent a similar message to the king, as did Y" as two congratulations', () => {
    const text = 'President Sheikh Mohamed bin Zayed on Monday congratulated King Hamad bin Isa Al Khalifa of Bahrain on the National Day. Sheikh Mohammed bin Rashid, Vice President, Prime Minister and Ruler of Dubai, sent a similar message to the king, as did Sheikh Mansour bin Zayed, Vice President and Deputy Prime Minister.';
    expect(scored(text)).toEqual(['Mansour bin Zayed -CONGRATULATED-> Hamad bin Isa Al Khalifa', 'Mohamed bin Zayed -CONGRATULATED-> Hamad bin Isa Al Khalifa', 'Mohammed bin Rashid -CONGRATULATED-> Hamad bin Isa Al Khalifa']);
    // With no congratulation told before, a similar message is none.
    expect(scored('Sheikh Mohammed bin Rashid sent a similar message to the king.')).toEqual([]);
  });
});

describe('attempts and published messages (session 18)', () => {
  it('reads "Russia is trying to manipulate French voters" in a quotation as its speaker\'s accusation, and "published a congratulatory message" as a congratulation', () => {
    expect(scored('"Russia is trying to manipulate French voters. We see it," Foreign Minister Jean-Noël Barrot told radio station France Inter.')).toEqual(['Jean-Noël Barrot -ACCUSED-> Russia']);
    expect(scored('Russia is trying to find a new ambassador.')).toEqual([]);
    expect(scored("Óscar Rivera won the election. Claudia Sheinbaum congratulated Rivera. Costa Rica's Foreign Ministry published a congratulatory message shortly after the count.")).toContain('Costa Rican Foreign Ministry -CONGRATULATED-> Óscar Rivera');
  });
});

describe('a headline listing actors (session 18)', () => {
  it('keeps the listed actors of "Tinubu, Ouattara, Faye congratulate Mahama": a comma after an actor opens no clause', () => {
    const edges = scored('John Dramani Mahama won. Bola Ahmed Tinubu, Alassane Ouattara and Bassirou Diomaye Faye spoke.', 'Tinubu, Ouattara, Faye congratulate Mahama as Bawumia concedes');
    expect(edges).toContain('Alassane Ouattara -CONGRATULATED-> John Dramani Mahama');
    expect(edges).toContain('Bola Ahmed Tinubu -CONGRATULATED-> John Dramani Mahama');
  });

  it('reads three names or more with no "and" before the verb as a list, but not a possessive apposition after "A and B"', () => {
    expect(scored('John Dramani Mahama won. Bola Ahmed Tinubu, Alassane Ouattara, Bassirou Diomaye Faye congratulated Mahama.')).toContain('Bassirou Diomaye Faye -CONGRATULATED-> John Dramani Mahama');
    expect(scored('Mali and Niger, Burkina Faso\'s partners in the Alliance of Sahel States, also expelled two Ivorian diplomats each.')).toEqual(['Mali -EXPELLED-> Ivory Coast', 'Niger -EXPELLED-> Ivory Coast']);
  });
});

describe('"ties" as a noun (session 18)', () => {
  it('reads "the deep-rooted historical ties between Egypt and Tunisia" as no accusation, and "the evidence ties Russia to the attack" as one', () => {
    expect(scored('Presidential spokesman Mohamed El-Shennawy said the president stressed the deep-rooted historical ties between Egypt and Tunisia and the keenness to strengthen cooperation, particularly in counter-terrorism.')).toEqual([]);
    expect(scored('Britain said the evidence ties Russia to the attack.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
  });
});

describe('a passive\'s agent described before its title (session 18)', () => {
  it('reads "congratulated by outgoing President Nana Addo Dankwa Akufo-Addo"', () => {
    expect(scored('John Mahama won. Mahama was also congratulated by outgoing President Nana Addo Dankwa Akufo-Addo.')).toEqual(['Nana Addo Dankwa Akufo-Addo -CONGRATULATED-> John Mahama']);
  });
});

describe('dismissals by characterisation and at a briefing (session 18)', () => {
  it('reads \'described them as "baseless"\' after an accusation, and "told a regular press briefing the claims were smears"', () => {
    expect(scored('Tajikistan accused Iran of spying. Foreign Ministry spokesman Esmaeil Baghaei described them as "baseless and regrettable".')).toContain('Esmaeil Baghaei -DENIED-> Tajikistan');
    expect(scored('Iran hosted the talks. Spokesman Esmaeil Baghaei described them as "fruitful".')).toEqual([]);
    expect(scored('Australia accused China of hacking. Chinese foreign ministry spokesperson Lin Jian told a regular press briefing the claims were "politically motivated smears".')).toContain('Lin Jian -DENIED-> Australia');
  });
});

describe('a body named by its head alone, and "whom it accused" (session 18)', () => {
  it('reads "The Commission dismissed the claim" as the commission named before, but not "the Movement for ..." as a short form', () => {
    expect(scored('The Electoral Commission (EC) was accused by the NDC of delays. The Commission dismissed the claim.')).toContain('Electoral Commission -DENIED-> NDC');
    expect(nodes('The Movement for the Self-Determination of Kabylie (MAK) was banned.', 'Agency')).toEqual(['Movement for the Self-Determination of Kabylie']);
  });

  it('reads "Burkina Faso expelled Barbara Manzi, whom it accused of ..." as Burkina Faso\'s accusation, not the UN\'s', () => {
    const edges = scored("In 2022 Burkina Faso expelled the UN coordinator Barbara Manzi, whom it accused of tarnishing the country's image.");
    expect(edges).toContain('Burkina Faso -ACCUSED-> Barbara Manzi');
    expect(edges).not.toContain('United Nations -ACCUSED-> Barbara Manzi');
  });
});

describe('a datelined government before any state is named (session 19)', () => {
  it('reads "The government" and "The junta" of a datelined opening as the dateline state', () => {
    expect(scored('KAMPALA, Uganda (AP) — The government on Friday expelled two Rwandan diplomats, accusing them of espionage.')).toEqual([
      'Uganda -ACCUSED-> Rwanda',
      'Uganda -EXPELLED-> Rwanda',
    ]);
    expect(scored('NIAMEY, Niger (AP) — The junta on Monday expelled the Belgian ambassador.')).toEqual(['Niger -EXPELLED-> Belgium']);
  });

  it('keeps the state told of before the dateline\'s, and needs a dateline', () => {
    expect(scored('KAMPALA, Uganda (AP) — Rwanda was angered on Friday. The government expelled two Ugandan diplomats.')).toEqual(['Rwanda -EXPELLED-> Uganda']);
    expect(scored('The government on Friday expelled two Rwandan diplomats.')).toEqual([]);
  });
});

describe('a person in apposition to a state\'s office, and a demand that a state act (session 19)', () => {
  it('takes "Senegal\'s new president, X," and "the Senegalese ambassador, X," as the person', () => {
    expect(scored("Mahamat Deby congratulated Senegal's new president, Bassirou Diomaye Faye, on his inauguration.")).toEqual(['Mahamat Deby -CONGRATULATED-> Bassirou Diomaye Faye']);
    expect(scored('Mahamat Deby congratulated the Senegalese president, Bassirou Diomaye Faye.')).toEqual(['Mahamat Deby -CONGRATULATED-> Bassirou Diomaye Faye']);
    expect(scored("Chad accused Senegal's foreign minister, Bassirou Diomaye Faye, of lying.")).toEqual(['Chad -ACCUSED-> Bassirou Diomaye Faye']);
    // Without a name in apposition the state stays the one meant.
    expect(scored("Chad accused Senegal's foreign minister of lying.")).toEqual(['Chad -ACCUSED-> Senegal']);
  });

  it('reads "demanded that the government expel" as a demand, not an expulsion', () => {
    expect(scored('Senator Rocío Vallejos demanded that the government expel the Bolivian ambassador.')).toEqual([]);
    expect(scored('The minister insisted that Paraguay had expelled the Bolivian ambassador.')).toEqual(['Paraguay -EXPELLED-> Bolivia']);
  });
});

describe('headline passives and lists of people as subjects (session 19)', () => {
  it('reads a passive with its "be" left out, as headlines write it, the right way round', () => {
    expect(scored('Two Russian diplomats expelled by Norway over spying')).toEqual(['Norway -EXPELLED-> Russia']);
    expect(scored('Russian diplomats expelled from Britain')).toEqual(['United Kingdom -EXPELLED-> Russia']);
    expect(scored('Paul Kagame, accused by Congo of backing the M23 rebels, denied the charge.')).toContain('DR Congo -ACCUSED-> Paul Kagame');
    expect(scored('Joe Biden congratulated by Xi Jinping on election win')).toEqual(['Xi Jinping -CONGRATULATED-> Joe Biden']);
    // An active verb keeps its reading.
    expect(scored('Poland expelled from its territory two Russian diplomats.')).toEqual(['Poland -EXPELLED-> Russia']);
  });

  it('keeps every group of a subject list, past a count or an article, and demonyms sharing one noun', () => {
    expect(scored('Two Australian journalists and a New Zealand photographer were expelled by Indonesia.')).toEqual(['Indonesia -EXPELLED-> Australia', 'Indonesia -EXPELLED-> New Zealand']);
    expect(scored('Two Russian diplomats and two Belarusian attaches were ordered to leave Poland.')).toEqual(['Poland -EXPELLED-> Belarus', 'Poland -EXPELLED-> Russia']);
    expect(scored('Russian, Belarusian and Iranian diplomats were ordered to leave Poland.')).toEqual(['Poland -EXPELLED-> Belarus', 'Poland -EXPELLED-> Iran', 'Poland -EXPELLED-> Russia']);
    expect(scored('Russian and Belarusian officials accused Poland of provocation.')).toEqual(['Belarus -ACCUSED-> Poland', 'Russia -ACCUSED-> Poland']);
  });
});

describe('governments of several states, proposals of several acts, and ordered departures (session 19)', () => {
  it('reads "the governments of Chile, Paraguay and Uruguay" as each state, active or passive', () => {
    const won = 'Ernesto Salvatierra won the runoff. ';
    expect(scored(`${won}Salvatierra was also congratulated by the governments of Chile, Paraguay and Uruguay.`)).toEqual([
      'Chile -CONGRATULATED-> Ernesto Salvatierra',
      'Paraguay -CONGRATULATED-> Ernesto Salvatierra',
      'Uruguay -CONGRATULATED-> Ernesto Salvatierra',
    ]);
    expect(scored(`${won}The governments of Chile and Paraguay congratulated Salvatierra.`)).toEqual(['Chile -CONGRATULATED-> Ernesto Salvatierra', 'Paraguay -CONGRATULATED-> Ernesto Salvatierra']);
  });

  it('keeps a second gerund under the proposal that governs the first', () => {
    expect(scored('Julio Mendoza proposed breaking off relations with Spain and expelling all Spanish consular staff.')).toEqual([]);
    expect(scored('Venezuela responded by recalling its ambassador and expelling the Spanish envoy.')).toEqual(['Venezuela -EXPELLED-> Spain']);
  });

  it('reads an ordered departure, and "ordering the expulsion of", as an expulsion', () => {
    expect(scored('Spain ordered the immediate departure of two Venezuelan diplomats.')).toEqual(['Spain -EXPELLED-> Venezuela']);
    expect(scored('Spain responded by ordering the expulsion of the Venezuelan ambassador.')).toEqual(['Spain -EXPELLED-> Venezuela']);
    expect(scored('Spain orders expulsion of Venezuelan diplomats')).toEqual(['Spain -EXPELLED-> Venezuela']);
    expect(scored('Spain welcomed the departure of the Venezuelan ambassador.')).toEqual([]);
  });
});

describe('intros, described governments, placed neighbours and offices to come (session 19)', () => {
  it('ends an intro opened by an article at its comma when an apposition follows ("A day later, a counselor ..., X, was")', () => {
    expect(scored('Dushanbe rejected the allegations. A day later, a counselor at the Kyrgyz Embassy in Dushanbe, Bakyt Osmonov, was ordered to leave Tajikistan.')).toContain('Tajikistan -EXPELLED-> Kyrgyzstan');
  });

  it('reads "The outgoing Bolivian government" as Bolivia, and "its northern neighbour" as the neighbour', () => {
    expect(scored("The outgoing Bolivian government declared Argentina's consul persona non grata.")).toEqual(['Bolivia -EXPELLED-> Argentina']);
    expect(scored('Djibouti expelled four Eritrean diplomats, accusing its northern neighbour of sending troops.')).toEqual(['Djibouti -ACCUSED-> Eritrea', 'Djibouti -EXPELLED-> Eritrea']);
  });

  it('takes the person in apposition to an office to come ("Bolivia\'s president-elect, X,")', () => {
    expect(scored("President Gustavo Echeverría telephoned Bolivia's president-elect, Ernesto Salvatierra, to congratulate him.")).toEqual(['Gustavo Echeverría -CONGRATULATED-> Ernesto Salvatierra']);
  });
});

describe('an office with its holder in apposition (session 19)', () => {
  const accused = 'Guyanese President Devendra Persaud accused Venezuela of sheltering the gang. ';

  it('reads "Venezuela\'s defense minister, General X," and "The defense minister, General X," as X', () => {
    expect(scored(`${accused}Venezuela's defense minister, General Rubén Darío Salcedo, denied the claims.`)).toContain('Rubén Darío Salcedo -DENIED-> Devendra Persaud');
    expect(scored(`Guyana's president accused Venezuela. ${accused}The defense minister, General Rubén Darío Salcedo, denied the claims.`)).toContain('Rubén Darío Salcedo -DENIED-> Devendra Persaud');
  });

  it('gives the office to the person apposed to it, so that "The president" later is that person', () => {
    const body = "Guyana's president accuses Venezuela. The president of Guyana, Devendra Persaud, accused Venezuela of sheltering the gang. The president also accused the Bolivarian National Armed Forces (FANB) of letting the gunmen go.";
    expect(scored(body)).toContain('Devendra Persaud -ACCUSED-> Bolivarian National Armed Forces');
    expect(scored(body)).not.toContain('Guyana -ACCUSED-> Bolivarian National Armed Forces');
  });
});

describe('reporters after an object list, "each side ... the other", and a state expelling itself (session 19)', () => {
  it('does not take the agency reporting a congratulation as one more congratulated', () => {
    expect(scored("Malaysia's Anwar Ibrahim won. Chinese Premier Li Qiang sent a congratulatory message to Mr Anwar, China's official Xinhua news agency reported.")).toEqual(['Li Qiang -CONGRATULATED-> Anwar Ibrahim']);
    expect(scored('Poland expelled Russia, Belarus, Iran and China.')).toHaveLength(4);
  });

  it('reads "each side accused the other" as the last two states accusing one another', () => {
    expect(scored('Thailand and Cambodia clashed at the border, and each side accused the other of opening fire first.')).toEqual(['Cambodia -ACCUSED-> Thailand', 'Thailand -ACCUSED-> Cambodia']);
    expect(scored('Each side accused the other.')).toEqual([]);
  });

  it("never has a state's own ministry expel that state", () => {
    const body = 'Azerbaijan declared two French embassy staff persona non grata, and France ordered two Azerbaijani diplomats out. The Azerbaijani Foreign Ministry said the two diplomats had been given 48 hours to leave the country.';
    expect(scored(body)).not.toContain('Azerbaijani Foreign Ministry -EXPELLED-> Azerbaijan');
  });
});

describe('an indefinite subject inside a quote (session 19)', () => {
  it('does not give the act of "a Pacific government" to the one quoted', () => {
    expect(scored('"This is the first time a Pacific government has publicly accused Chinese officials of spying on its own citizens," said Rachel Tovey, an analyst.')).toEqual([]);
    expect(scored('"We have expelled two Russian diplomats," said Norwegian Foreign Minister Espen Barth Eide.')).toEqual(['Espen Barth Eide -EXPELLED-> Russia']);
  });
});

describe('dismissals of "them", verdicts in quotes, and bodies named in Spanish or Portuguese (session 19)', () => {
  it('reads \'called them "groundless"\' and \'described them on X as "a recycled fabrication"\' as denials', () => {
    expect(scored('Kyrgyzstan accused the Tajik consul of spying. In a statement, the Tajik Foreign Ministry called them "groundless and provocative".')).toContain('Tajik Foreign Ministry -DENIED-> Kyrgyzstan');
    expect(scored('Ethiopia accused Eritrea of arming rebels. Information Minister Tesfay Ghebremedhin described them on X as "a recycled fabrication".')).toContain('Tesfay Ghebremedhin -DENIED-> Ethiopia');
    expect(scored('Ethiopia accused Eritrea of arming rebels. Information Minister Tesfay Ghebremedhin described the claims as "a recycled fabrication".')).toContain('Tesfay Ghebremedhin -DENIED-> Ethiopia');
  });

  it('names "Unión por la Patria" and "Partido dos Trabalhadores" as bodies, and "lawmakers from" a body as the body', () => {
    expect(nodes('Opposition lawmakers from Unión por la Patria accused President Javier Milei of lying.', 'Agency')).toEqual(['Unión por la Patria']);
    expect(scored('Opposition lawmakers from Unión por la Patria accused President Javier Milei of lying.')).toEqual(['Unión por la Patria -ACCUSED-> Javier Milei']);
    expect(nodes('Lawmakers from the Partido dos Trabalhadores accused Jair Bolsonaro.', 'Agency')).toEqual(['Partido dos Trabalhadores']);
    // A person's name with a particle stays a person.
    expect(nodes('Luiz Inácio Lula da Silva congratulated Javier Milei.', 'Person')).toEqual(['Javier Milei', 'Luiz Inácio Lula da Silva']);
  });
});

describe('"did the same" and "followed suit" (session 19)', () => {
  it('gives the act told just before to the one who repeats it', () => {
    expect(scored('Turkish President Recep Tayyip Erdogan called Nikol Pashinyan on June 8 to congratulate him. French President Emmanuel Macron did the same in a post on X.')).toContain('Emmanuel Macron -CONGRATULATED-> Nikol Pashinyan');
    expect(scored('Estonia expelled two Russian diplomats on Monday. Latvia followed suit on Tuesday.')).toContain('Latvia -EXPELLED-> Russia');
  });

  it('not when it is expected, denied, or the act before is no scored one', () => {
    for (const after of ['Latvia is expected to follow suit.', 'Latvia did not do the same.', 'Lithuania could do the same.']) {
      expect(scored(`Estonia expelled two Russian diplomats on Monday. ${after}`)).toEqual(['Estonia -EXPELLED-> Russia']);
    }
    expect(scored('Estonia expelled two Russian diplomats on Monday and summoned the Belarusian ambassador. Latvia did the same.')).toEqual(['Estonia -EXPELLED-> Russia']);
  });
});

describe('a leader\'s administration placed by the article, and societies (session 19)', () => {
  it('reads "the Marcos administration" as the state the article places Marcos in, and keeps "the Biden administration" American', () => {
    expect(scored('Philippine President Ferdinand Marcos Jr. spoke on Monday. China accused the Marcos administration of provoking a clash.')).toEqual(['China -ACCUSED-> Philippines']);
    expect(scored('BEIJING (Reuters) — China accused the Biden administration of provoking a clash.')).toEqual(['China -ACCUSED-> United States']);
    expect(nodes('Philippine President Ferdinand Marcos Jr. spoke on Monday. China accused the Marcos administration of provoking a clash.', 'State')).toEqual(['China', 'Philippines']);
  });

  it('names "the Vietnam Fisheries Society" as a body', () => {
    // Named with the state's demonym, as every body after a state is; the name as written is an alias.
    expect(nodes('The Vietnam Fisheries Society dismissed the charge as baseless.', 'Agency')).toEqual(['Vietnamese Fisheries Society']);
    expect(aliasesOf('The Vietnam Fisheries Society dismissed the charge as baseless.', 'Vietnamese Fisheries Society')).toContain('Vietnam Fisheries Society');
    expect(nodes('The Vietnam Fisheries Society dismissed the charge as baseless.', 'Person')).toEqual([]);
  });
});

describe('a quoted speaker\'s "my" (session 19)', () => {
  it('reads \'"Congratulations to my brother, President-elect X, ..." Ruto wrote\' as Ruto congratulating X', () => {
    expect(scored('Kenyan President William Ruto was among the first. "Congratulations to my brother, President-elect Abdirahman Hassan Warsame, on a well-deserved victory," Ruto wrote on X.')).toEqual(['William Ruto -CONGRATULATED-> Abdirahman Hassan Warsame']);
    expect(scored('"We congratulate our friend Abdirahman Hassan Warsame," Kenyan President William Ruto said.')).toEqual(['William Ruto -CONGRATULATED-> Abdirahman Hassan Warsame']);
  });
});

describe('outlet and mission names, and Malay honorifics (session 19)', () => {
  it('keeps "RFE/RL" and "U.N. Mission in South Sudan" whole, and "TOKYO/SEOUL" two places', () => {
    expect(nodes("Kyrgyzstan told RFE/RL's Tajik Service on Monday that it had expelled a Tajik consul.", 'Agency')).toContain('RFE/RL');
    expect(nodes('The U.N. Mission in South Sudan rejected the claim.', 'Agency')).toEqual(['U.N. Mission in South Sudan']);
    expect(nodes('TOKYO/SEOUL (Reuters) - Japan expelled a North Korean diplomat.', 'Agency')).toEqual([]);
  });

  it('reads "Datuk Seri", "Tan Sri" and "Dato\' Sri" as titles, so the person is one node under the name', () => {
    const body = 'Datuk Seri Anwar Ibrahim won the election. Tan Sri Azman Rosli accused the Election Commission of fraud. Azman Rosli said so again.';
    expect(nodes(body, 'Person')).toEqual(['Anwar Ibrahim', 'Azman Rosli']);
    // A surname that is also the first word of an honorific stays a name.
    expect(nodes('Tan Chuan-Jin congratulated Anwar Ibrahim.', 'Person')).toEqual(['Anwar Ibrahim', 'Tan Chuan-Jin']);
  });
});

describe('a dateline on a line of its own (session 19)', () => {
  it('reads "ANKARA" alone before the first paragraph as the dateline, not a body, and places the article there', () => {
    const text = 'Türkiye expels Iranian diplomats\n\nANKARA\n\nThe government on Tuesday expelled two Iranian diplomats.\n';
    const { graph } = extractArticle(text);
    expect(graph.filterNodes((_k, a) => a.kind === 'Agency')).toEqual([]);
    expect(scored('ANKARA\n\nThe government on Tuesday expelled two Iranian diplomats.')).toEqual(['Türkiye -EXPELLED-> Iran']);
  });
});

describe('sentence adverbs, an object pronoun and its clause\'s subject, and a counterpart congratulated (session 19)', () => {
  it('reads "Instead," and "Indeed," opening a sentence as no one', () => {
    expect(scored('Aleksandar Vucic did not congratulate Albin Kurti. Instead, the Serbian President congratulated Milan Radoicic.').some((e) => e.startsWith('Instead'))).toBe(false);
    expect(nodes('Indeed, Serbia expelled two Croatian diplomats.', 'Person')).toEqual([]);
  });

  it('never takes an object pronoun for the subject of its own clause, named in an earlier sentence', () => {
    expect(scored('Xi Jinping congratulated Alassane Ouattara. Ghanaian President John Mahama flew to Abidjan. Mahama congratulated him on behalf of Ghana.')).toContain('John Mahama -CONGRATULATED-> Alassane Ouattara');
  });
});

describe('a nationality before "insinuations" (session 19)', () => {
  it('reads "rejected the Indian insinuations" as denying India', () => {
    expect(scored('India accused Pakistan of the attack. "We categorically reject the Indian insinuations," Foreign Office spokesperson Tahir Andrabi said.')).toContain('Tahir Andrabi -DENIED-> India');
  });
});

describe('a body\'s titled office in apposition, and what one side is accused of (session 19)', () => {
  it('reads "by the EU\'s High Representative for Foreign Affairs, Kaja Kallas" as Kallas', () => {
    expect(scored("Albin Kurti won the election. Kurti was also congratulated by the EU's High Representative for Foreign Affairs, Kaja Kallas.")).toEqual(['Kaja Kallas -CONGRATULATED-> Albin Kurti']);
    expect(scored("NATO's secretary general, Mark Rutte, congratulated Albin Kurti.")).toEqual(['Mark Rutte -CONGRATULATED-> Albin Kurti']);
  });

  it('does not read "accused Warsaw of blaming Russia" as an accusation of Russia', () => {
    expect(scored('Britain accused Russia of blaming Ukraine for the attack.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
  });
});

describe('", and" + a verb after a "that" clause (session 19)', () => {
  it('gives "denied that X had fired ..., and described the account as a fabrication" to the one denying', () => {
    const body = 'India accused the Pakistan Rangers of firing on a border post. The Inter-Services Public Relations (ISPR) also denied that the Rangers had fired on the post, and described the Indian account as "a fabrication".';
    expect(scored(body).filter((e) => e.includes('DENIED'))).toEqual(['Inter-Services Public Relations -DENIED-> India']);
  });
});

describe('"accusing her of", and a body\'s one official described (session 19)', () => {
  it('reads "her" before "of" as an object, the unnamed official just told of', () => {
    const body = 'President Faustin-Archange Touadéra won. The Central African Republic has ordered a senior United Nations human rights official to leave the country within 48 hours, accusing her of bias.';
    expect(scored(body)).toContain('Central African Republic -ACCUSED-> United Nations');
    expect(scored(body)).not.toContain('Central African Republic -ACCUSED-> Faustin-Archange Touadéra');
  });
});

describe('a leader\'s government (session 19)', () => {
  it('reads "X, whose government accuses" and "The regime of X ... accuses" as the state the article places X in', () => {
    expect(scored("Burkina Faso's president, Ibrahim Traoré, did not attend. Traoré, whose government regularly accuses Abidjan of serving as a rear base, spoke.")).toEqual(['Burkina Faso -ACCUSED-> Ivory Coast']);
    expect(scored('Niger junta leader Abdourahamane Tiani spoke. The regime of General Abdourahamane Tiani regularly accuses Paris of seeking to destabilise Niger.')).toEqual(['Niger -ACCUSED-> France']);
    // Placed nowhere, the person stays the actor.
    expect(scored('The government of President Daniel Ortega expelled the Vatican envoy.')).toEqual(['Daniel Ortega -EXPELLED-> Vatican City']);
  });
});

describe('a state\'s office read as one mention before its holder (session 19)', () => {
  it('places "Burkina Faso\'s leader, Captain Ibrahim Traoré," in Burkina Faso', () => {
    expect(scored("Burkina Faso's leader, Captain Ibrahim Traoré, did not attend. Traoré, whose government regularly accuses Abidjan of serving as a rear base, spoke.")).toEqual(['Burkina Faso -ACCUSED-> Ivory Coast']);
  });
});

describe('a spokesperson quoted saying what a state does (session 19)', () => {
  it('denies with the state, unless placed on the other side', () => {
    expect(scored('India accused Pakistan of the attack. "Pakistan categorically rejects the Indian insinuations," FO spokesperson Tahir Andrabi said.')).toEqual([
      'India -ACCUSED-> Pakistan',
      'Pakistan -DENIED-> India',
      'Tahir Andrabi -DENIED-> India',
    ]);
    expect(scored('India accused Pakistan of the attack. "Pakistan rejects the claims," Indian foreign ministry spokesperson Randhir Jaiswal said.')).not.toContain('Randhir Jaiswal -DENIED-> India');
  });
});

describe('the speaker of a quotation over several sentences, named past a body and a role (session 19)', () => {
  it('carries "FO spokesperson Tahir Andrabi said" back to the quotation\'s first sentence', () => {
    const body = 'India accused Pakistan of the attack. "Pakistan categorically rejects the Indian insinuations. No fire was opened from our side of the border," FO spokesperson Tahir Andrabi said.';
    expect(scored(body)).toContain('Tahir Andrabi -DENIED-> India');
  });
});

describe('a government named by its seat (session 19)', () => {
  it('reads "the authorities in Kabul", "The junta in Niamey" and "The government in Caracas" as the state', () => {
    expect(scored('Pakistan accused the authorities in Kabul of sheltering the TTP.')).toEqual(['Pakistan -ACCUSED-> Afghanistan']);
    expect(scored('The junta in Niamey expelled the French ambassador.')).toEqual(['Niger -EXPELLED-> France']);
    expect(scored('The government in Caracas expelled the Spanish ambassador.')).toEqual(['Venezuela -EXPELLED-> Spain']);
    // Not a capital: no state.
    expect(scored('The government in exile accused Russia.')).toEqual([]);
  });
});

describe('an expulsion in a relative clause (session 20)', () => {
  it('expels the people named before the clause\'s subject, not whoever follows the clause', () => {
    expect(scored('The Russian diplomats Poland expelled on Monday were spies, officials said.')).toEqual(['Poland -EXPELLED-> Russia']);
    expect(scored('The two Iranian envoys that Germany has expelled must leave by Friday.')).toEqual(['Germany -EXPELLED-> Iran']);
    expect(scored('The Russian diplomats we expelled on Monday were spies, Polish Foreign Minister Radoslaw Sikorski said.')).toEqual(['Radoslaw Sikorski -EXPELLED-> Russia']);
  });

  it('reads "the diplomats we are sending home" as sent home by the speaker, never as the speaker sent home', () => {
    expect(scored('"The Russian diplomats we are sending home were not doing diplomacy," Foreign Minister Margus Tsahkna said.')).toEqual(['Margus Tsahkna -EXPELLED-> Russia']);
  });

  it('still reads a demonym before an office holder as part of the subject', () => {
    expect(scored('U.S. President Joe Biden expelled two Russian diplomats.')).toEqual(['Joe Biden -EXPELLED-> Russia']);
  });
});

describe('a quotation over several paragraphs (session 20)', () => {
  it('ends the quotation where its last paragraph closes, though each paragraph opens it again', () => {
    const body = [
      'Lithuanian Foreign Minister Kestutis Budrys signed the decision. "We will not allow it," the minister said. "Whoever does this will be sent home.',
      '"The message to Minsk is very simple."',
      'Two Belarusian diplomats were expelled from Latvia in April.',
    ].join('\n\n');
    expect(scored(body)).toEqual(['Latvia -EXPELLED-> Belarus']);
  });
});

describe('the speaker named after an inverted report verb and a role (session 20)', () => {
  const accusation = 'Georgia accused Poland of funding the protests.';
  it('takes the person after "said the ministry\'s spokesman," or "said Polish Foreign Ministry spokesman", not the body', () => {
    expect(scored(`${accusation} "These accusations are absurd," said the Polish ministry's spokesman, Pawel Wronski.`)).toContain('Pawel Wronski -DENIED-> Georgia');
    expect(scored(`${accusation} "These accusations are absurd," said Polish Foreign Ministry spokesman Pawel Wronski.`)).toContain('Pawel Wronski -DENIED-> Georgia');
  });

  it('finds that speaker where a quotation of two sentences closes', () => {
    const body = `${accusation} "These accusations are absurd. Our embassy is fully transparent," said the Polish ministry's spokesman, Pawel Wronski.`;
    expect(scored(body)).toContain('Pawel Wronski -DENIED-> Georgia');
  });

  it('makes the spokesman of "the ministry" answer the other side, not his own ministry', () => {
    const body = [
      "Georgia's prime minister accused Poland of funding the protests. Poland's foreign ministry rejected the claims and accused the Georgian government of spreading lies.",
      '"These accusations are absurd. Our embassy is fully transparent," said the ministry\'s spokesman, Pawel Wronski.',
    ].join('\n\n');
    expect(scored(body).filter((e) => e.startsWith('Pawel Wronski'))).toEqual(['Pawel Wronski -DENIED-> Georgia']);
  });
});

describe('a headline participle after a state\'s people (session 20)', () => {
  it('reads "Russian diplomats expelled for spying" as a passive, never as the diplomats expelling', () => {
    expect(scored('Two Russian diplomats expelled for spying on Polish army')).toEqual([]);
    expect(scored('Russian consul expelled over greeting to Cossack society. The Yaik Cossack Host thanked him.')).toEqual([]);
  });

  it('still reads an active verb with a preposition after it', () => {
    expect(scored("Afghan forces fired on Pakistani troops, Pakistan's army said. Pakistan said Afghan forces fired on Pakistani troops.")).toContain('Pakistan -ACCUSED-> Afghanistan');
  });
});

describe('a spokesperson named with no body (session 20)', () => {
  it('speaks for the body named as the subject just before, and so answers the other side', () => {
    const body = 'Azerbaijan accused Armenia of opening fire. Armenian Defense Ministry spokeswoman Lusine Avetisian accused Azerbaijan of staging a provocation. Armenia\'s Foreign Ministry dismissed the version of events. "These claims are lies," spokeswoman Ani Badalian said.';
    expect(scored(body).filter((e) => e.startsWith('Ani Badalian'))).toEqual(['Ani Badalian -DENIED-> Azerbaijan']);
  });

  it('reads disinformation and propaganda as verdicts that dismiss', () => {
    expect(scored('Azerbaijan accused Armenia of opening fire. "These claims are disinformation," Armenian Foreign Ministry spokeswoman Ani Badalian said.')).toContain('Ani Badalian -DENIED-> Azerbaijan');
  });
});

describe('accusations of making things up and of staging provocations (session 20)', () => {
  it('reads "is inventing stories" and "invents a kidnapping" as accusing their subject', () => {
    expect(scored('"Kyiv is once again inventing stories to drag Belarus into a conflict," Belarusian ministry spokesperson Andrei Kovalchuk said.')).toEqual(['Andrei Kovalchuk -ACCUSED-> Ukraine']);
    expect(scored('"Chile has become a safe haven for terrorists, and now it invents a kidnapping to cover up its own failures," Venezuelan Foreign Minister Daniel Urdaneta said.')).toEqual(['Daniel Urdaneta -ACCUSED-> Chile']);
  });

  it('reads "is staging provocations" as an accusation, but not staging exercises or inventing a battery', () => {
    expect(scored('"Yerevan is staging provocations on the border," Azerbaijani presidential adviser Hikmet Hajiyev said.')).toEqual(['Hikmet Hajiyev -ACCUSED-> Armenia']);
    expect(scored('Russia is staging military exercises near the border, Polish officials said. Japanese scientists invented a new battery, the ministry said.')).toEqual([]);
  });

  it('gives a quotation\'s "he" to the previous sentence\'s subject before the person in its apposition', () => {
    const body = 'Hikmet Hajiyev, foreign-policy adviser to President Ilham Aliyev, went further. "Yerevan is staging provocations on the border," he wrote on X.';
    expect(scored(body)).toEqual(['Hikmet Hajiyev -ACCUSED-> Armenia']);
  });
});

describe('a report word used as a noun (session 20)', () => {
  it('reads "The claims were rejected by X" as a passive denial, not "claims" as a report verb', () => {
    expect(scored("Myanmar accused Thailand of sheltering rebels. The claims were rejected within hours by Thailand's Ministry of Foreign Affairs.")).toContain('Thai Foreign Ministry -DENIED-> Myanmar');
  });
});

describe('the names of a state\'s bodies (session 20)', () => {
  it('names them with the adjective news writes, not the noun for a person ("New Zealander")', () => {
    expect(nodes("New Zealand's Foreign Ministry expelled two Russian diplomats. Solomon Islands' foreign ministry accused Australia of interference.", 'Agency')).toEqual(['New Zealand Foreign Ministry', 'Solomon Islands Foreign Ministry']);
  });
});

describe('"the official" after "a Japanese embassy official" (session 20)', () => {
  it('stands for the body whose member was told of, again and again', () => {
    const body = [
      'China has ordered a Japanese Embassy official in Beijing to leave the country.',
      'The official, a second secretary, was detained on Sunday.',
      "China's Foreign Ministry notified the Japanese Embassy on Tuesday.",
      'Tokyo protested. The ambassador was summoned. Talks were cancelled.',
      'Chinese Foreign Ministry spokesman Lin Jian said the official had "engaged in activities incompatible with his diplomatic status."',
    ].join(' ');
    expect(scored(body)).toContain('Lin Jian -ACCUSED-> Japanese Embassy');
  });
});

describe('"X and eight other governments" (session 20)', () => {
  it('fans out to the others of a list told just after', () => {
    const body = 'Argentina and three other governments on Monday accused Cuba of detaining a photographer. The declaration was signed by Argentina, Chile, Peru and Uruguay.';
    expect(scored(body)).toEqual(['Argentina -ACCUSED-> Cuba', 'Chile -ACCUSED-> Cuba', 'Peru -ACCUSED-> Cuba', 'Uruguay -ACCUSED-> Cuba']);
  });

  it('reads "denied consular assistance" as a refusal, no denial', () => {
    expect(scored('Argentina accused Cuba of detaining Tomás Iriarte. The nine governments said Tomás Iriarte, 34, had been "held incommunicado and denied consular assistance" since his arrest.')).toEqual(['Argentina -ACCUSED-> Cuba']);
  });
});

describe('"a staff member of the Russian embassy" is one person (session 20)', () => {
  it('lets "the diplomat" stand for that embassy later', () => {
    const body = 'Separately, a staff member of the Russian embassy in Riga was declared persona non grata by the Latvian Foreign Ministry. The State Security Service accused the diplomat of spying.';
    expect(scored(body)).toContain('State Security Service -ACCUSED-> Russian Embassy in Riga');
  });
});

describe('a denial in a relative clause with "that" (session 20)', () => {
  it('reads "a joint statement that the Cuban government promptly rejected" as the government denying', () => {
    expect(scored('Argentina on Monday accused Cuba of detaining a photographer, in a joint statement that the Cuban government promptly rejected as "interference."')).toEqual(['Argentina -ACCUSED-> Cuba', 'Cuba -DENIED-> Argentina']);
  });
});

describe('the signer of an expulsion order (session 20)', () => {
  const expulsion = 'Lithuania declared a Belarusian diplomat persona non grata on Tuesday.';
  it('expels whom the article\'s last expulsion expelled', () => {
    expect(scored(`${expulsion} Foreign Minister Kestutis Budrys, who signed the decision on Monday evening, told LRT that Vilnius would not tolerate such activity.`)).toContain('Kestutis Budrys -EXPELLED-> Belarus');
    expect(scored(`${expulsion} Foreign Minister Kestutis Budrys said he had signed the expulsion orders.`)).toContain('Kestutis Budrys -EXPELLED-> Belarus');
  });

  it('reads nothing from an order not signed, another kind of paper, or one with no expulsion before it', () => {
    expect(scored(`${expulsion} Foreign Minister Kestutis Budrys refused to sign the order.`)).toEqual(['Lithuania -EXPELLED-> Belarus']);
    expect(scored(`${expulsion} Foreign Minister Kestutis Budrys signed a trade agreement.`)).toEqual(['Lithuania -EXPELLED-> Belarus']);
    expect(scored('Foreign Minister Kestutis Budrys signed the decision on Monday evening.')).toEqual([]);
  });

  it('never credits the signer with the other side\'s retaliation told last', () => {
    const body = `${expulsion} Belarus expelled a Lithuanian attaché in response on Wednesday. Lithuanian Foreign Minister Kestutis Budrys, who signed the order, said Vilnius would not back down.`;
    expect(scored(body).filter((e) => e.startsWith('Kestutis Budrys'))).toEqual(['Kestutis Budrys -EXPELLED-> Belarus']);
  });
});

describe('a ministry placed by its capital (session 20)', () => {
  it('reads "The Foreign Ministry in Astana" as Kazakhstan\'s, not the other state\'s ministry named later', () => {
    const body = 'The Foreign Ministry in Astana said on Monday that the Russian consul had been declared persona non grata. Russian Foreign Ministry spokeswoman Maria Zakharova called the decision unfriendly.';
    expect(scored(body)).toContain('Kazakh Foreign Ministry -EXPELLED-> Russia');
  });
});

describe('a ministry named without a state before the other side\'s (session 21)', () => {
  const body = 'Kenya on Monday accused Uganda of arming rebels in the north. The Foreign Ministry summoned the Ugandan envoy. "Kampala is responsible for the attacks," Foreign Ministry spokesman Peter Odhiambo told reporters. Uganda\'s Foreign Ministry denied the accusations.';

  it('is the ministry of the state the article was about, not the other state\'s named later', () => {
    const names = nodes(body, 'Agency');
    expect(names).toContain('Kenyan Foreign Ministry');
    expect(scored(body)).toContain('Peter Odhiambo -ACCUSED-> Uganda');
  });

  it('stays the other state\'s after a sentence about that state', () => {
    const after = 'Kenya on Monday expelled two Ugandan diplomats. Kampala rejected the accusations. Foreign Ministry spokesman Okello Mwesigwa called them "absurd". Uganda\'s Foreign Ministry summoned the Kenyan envoy.';
    expect(nodes(after, 'Agency')).toEqual(['Ugandan Foreign Ministry']);
  });
});

describe('a negation with an aside after it (session 21)', () => {
  it('keeps "We are not, at this point, accusing" negated', () => {
    expect(scored('"We are not, at this point, accusing the Government of Zambia of anything," Permanent Secretary Daniel Banda said.')).toEqual([]);
    expect(scored('Malawi, at this point, is accusing Zambia of torture.')).toEqual(['Malawi -ACCUSED-> Zambia']);
  });
});

describe('states told with counts of their own after an expulsion (session 21)', () => {
  it('reads ", Estonia and Latvia two each, and Lithuania one" as more expellers, not the expelled', () => {
    const edges = scored('Finland is sending home five Russians, Estonia and Latvia two each, and Lithuania one, the statement said.');
    expect(edges).toEqual(['Estonia -EXPELLED-> Russia', 'Finland -EXPELLED-> Russia', 'Latvia -EXPELLED-> Russia', 'Lithuania -EXPELLED-> Russia']);
  });
});

describe('one word all in capitals where a person would stand (session 21)', () => {
  it('reads "told EURACTIV" as an outlet, so "She" is still the minister', () => {
    const body = '"We know exactly who sent them," Estonian Foreign Minister Liis Saar told EURACTIV in Tallinn. She accused Russia of directing the operation.';
    expect(nodes(body, 'Agency')).toContain('EURACTIV');
    expect(nodes(body, 'Person')).toEqual(['Liis Saar']);
    expect(scored(body)).toEqual(['Liis Saar -ACCUSED-> Russia']);
  });
});

describe('a possessive that is the subject\'s own tells the subject\'s gender (session 21)', () => {
  it('keeps a later "He" off the woman who "congratulated her rival"', () => {
    const body = 'Andreas Petrou was elected president, defeating rival Maria Kyriakou. Kyriakou conceded defeat and congratulated her rival. "The people chose hope," he said. He then turned to Turkey, accusing Ankara of occupying the north.';
    expect(scored(body)).toContain('Andreas Petrou -ACCUSED-> Türkiye');
    expect(scored(body)).not.toContain('Maria Kyriakou -ACCUSED-> Türkiye');
  });
});

describe('the governing people of a list of states, and a participle\'s aside before the subject (session 21)', () => {
  it('fans "the foreign ministers of" and "the leaders of" out to each state', () => {
    expect(scored('In a joint statement, the foreign ministers of Jordan, Egypt and Oman congratulated Nawaf Salam.')).toEqual(['Egypt -CONGRATULATED-> Nawaf Salam', 'Jordan -CONGRATULATED-> Nawaf Salam', 'Oman -CONGRATULATED-> Nawaf Salam']);
    expect(scored('The leaders of Ghana and Togo congratulated John Mahama.')).toEqual(['Ghana -CONGRATULATED-> John Mahama', 'Togo -CONGRATULATED-> John Mahama']);
  });

  it('finds the subject past ", issued in Accra on Friday,"', () => {
    expect(scored('In the communique, issued in Accra on Friday, the governments of Ghana, Togo and Benin congratulated John Mahama.')).toEqual(['Benin -CONGRATULATED-> John Mahama', 'Ghana -CONGRATULATED-> John Mahama', 'Togo -CONGRATULATED-> John Mahama']);
  });
});

describe('"the member states of" a body (session 21)', () => {
  it('is the body, not a state named later in the sentence', () => {
    expect(scored('The six member states of the African Union on Monday congratulated John Mahama on his election as president of Ghana.')).toEqual(['African Union -CONGRATULATED-> John Mahama']);
  });
});

describe('congratulations sent "to the new president, the X News Agency reported" (session 21)', () => {
  it('goes to the one congratulated, not to the agency that reports it', () => {
    const body = 'Togo congratulated John Mahama on his election as president of Ghana. Nigerian President Bola Tinubu sent a message of congratulations to the new president, the Ghana News Agency reported.';
    const edges = scored(body);
    expect(edges).toContain('Bola Tinubu -CONGRATULATED-> John Mahama');
    expect(edges.filter((e) => e.endsWith('Ghana News Agency'))).toEqual([]);
  });
});

describe('a claim\'s author, named after "made by" or before it (session 21)', () => {
  it('is whom a denial of "claims made by X" answers, and the accuser of whom the claim names', () => {
    const edges = scored("Oman rejected claims made by Yemen's Foreign Ministry earlier in the week that Oman had allowed Saudi warplanes to cross its airspace during recent strikes.");
    expect(edges).toEqual(['Oman -DENIED-> Yemeni Foreign Ministry', 'Yemeni Foreign Ministry -ACCUSED-> Oman']);
    expect(scored('Oman rejected claims by Yemen that Oman had meddled in its elections.')).toEqual(['Oman -DENIED-> Yemen', 'Yemen -ACCUSED-> Oman']);
  });

  it('accuses no one with a claim of nothing culpable', () => {
    expect(scored('Oman welcomed claims by Yemen that Oman is a friend.')).toEqual([]);
  });
});

describe('a consulate general placed in its city (session 21)', () => {
  it('names "the Togolese Consulate General in Kumasi" as one post, merged with "the Togolese consulate in Kumasi"', () => {
    const body = 'Ghana ordered two employees of the Togolese Consulate General in Kumasi to leave the country. Officials at the Togolese consulate in Kumasi declined to comment.';
    expect(nodes(body, 'Agency')).toEqual(['Togolese Consulate General in Kumasi']);
    expect(scored(body)).toEqual(['Ghana -EXPELLED-> Togo']);
  });
});

describe('a body named with "International" inside and a short name in brackets (session 21)', () => {
  const body = 'South Africa expelled a Rwandan diplomat, the Department of International Relations and Cooperation (Dirco) said on Tuesday. Dirco spokesperson Nomvula Sithole accused Rwanda of spying on exiles.';

  it('keeps the whole name and reads the short name as the body, not a person', () => {
    expect(nodes(body, 'Agency')).toEqual(['Department of International Relations and Cooperation']);
    expect(nodes(body, 'Person')).toEqual(['Nomvula Sithole']);
  });

  it('reads ", the Department of Trade and Industry (DTI) said" as the reporter, not one more expelled', () => {
    expect(scored(body)).toEqual(['Nomvula Sithole -ACCUSED-> Rwanda', 'South Africa -EXPELLED-> Rwanda']);
    expect(scored('South Africa expelled a Rwandan diplomat, the Department of Trade and Industry (DTI) said on Tuesday.')).toEqual(['South Africa -EXPELLED-> Rwanda']);
  });
});

describe('"the Tanzanian police" are that state\'s people (session 21)', () => {
  it('is a party a pronoun can stand for, not a body named earlier', () => {
    const body = 'Lawyer Achieng Owuor spoke. "We had letters from the East Africa Law Society. The Tanzanian police did this to us, and we hold them responsible," she added.';
    expect(scored(body).filter((e) => e.includes('Law Society'))).toEqual([]);
    expect(scored('Lawyer Achieng Owuor spoke. "We hold the Tanzanian police responsible," she added.')).toEqual(['Achieng Owuor -ACCUSED-> Tanzania']);
  });
});

describe('whatever is dismissed as false is denied (session 21)', () => {
  it('reads "rejected the Albanian note as baseless" and "dismissed the protest as hysteria" as denials of that side', () => {
    expect(scored('Albania summoned the Greek ambassador. Greece\'s Foreign Ministry rejected the Albanian note as "baseless and malicious".')).toEqual(['Greek Foreign Ministry -DENIED-> Albania']);
    expect(scored('Albania protested. President Nikos Dendias dismissed the Albanian protest as "hysteria by people who always need an enemy".')).toEqual(['Nikos Dendias -DENIED-> Albania']);
  });

  it('denies nothing with a proposal rejected as costly', () => {
    expect(scored('Kenya rejected the Ugandan proposal as too costly.')).toEqual([]);
  });
});

describe('a spokesperson quoted saying what the state accuses (session 21)', () => {
  it('accuses with the state, unless placed on the other side', () => {
    expect(scored('"Ghana holds Togo responsible for this attack," ministry spokesperson Kwame Mensah said.')).toEqual(['Ghana -ACCUSED-> Togo', 'Kwame Mensah -ACCUSED-> Togo']);
    expect(scored('"Ghana accuses Togo of sponsoring the rebels," Foreign Ministry spokesperson Kwame Mensah said.')).toEqual(['Ghana -ACCUSED-> Togo', 'Kwame Mensah -ACCUSED-> Togo']);
    expect(scored('"Ghana holds Togo responsible for this attack," Togolese spokesperson Yao Agbeko said sarcastically.')).toEqual(['Ghana -ACCUSED-> Togo']);
  });
});

describe('"were quick to congratulate" is done (session 21)', () => {
  it('reads a prompt or hasty infinitive as the act, an eager one as not yet', () => {
    const won = 'Andreas Petrou won the runoff. Andreas Petrou thanked voters.';
    expect(scored(`${won} Athens and Brussels were quick to send congratulations.`)).toEqual(['European Union -CONGRATULATED-> Andreas Petrou', 'Greece -CONGRATULATED-> Andreas Petrou']);
    expect(scored(`${won} Greece rushed to congratulate him.`)).toEqual(['Greece -CONGRATULATED-> Andreas Petrou']);
    expect(scored(`${won} Greece was eager to congratulate him.`)).toEqual([]);
  });

  it('gives a new subject of bare people after ", and" its own clause', () => {
    expect(scored("Cyprus's parliament has elected Andreas Petrou as president, and leaders across the region were quick to congratulate him.")).toEqual([]);
  });
});

describe('"shortly after midnight and congratulated" (session 21)', () => {
  it('keeps the subject of the first verb for the one coordinated after a time phrase', () => {
    const body = 'Andreas Petrou was elected, defeating Maria Kyriakou. Kyriakou conceded defeat shortly after midnight and congratulated Andreas Petrou in a short statement.';
    expect(scored(body)).toEqual(['Maria Kyriakou -CONGRATULATED-> Andreas Petrou']);
    expect(scored('Kenya protested after Uganda expelled two Kenyan diplomats and accused Kenya of spying.')).toEqual(['Uganda -ACCUSED-> Kenya', 'Uganda -EXPELLED-> Kenya']);
  });
});

describe('people of a state named by their trade (session 21)', () => {
  it('reads "two Kenyan advocates" and "Chinese miners" as that state\'s people', () => {
    expect(scored('The two Kenyan advocates were expelled by Tanzania on Monday.')).toEqual(['Tanzania -EXPELLED-> Kenya']);
    expect(scored('Ghana expelled 12 Chinese miners on Friday.')).toEqual(['Ghana -EXPELLED-> China']);
  });
});

describe('"had fired dozens of shells" is culpable (session 21)', () => {
  it('blames whoever fired munitions, not whoever fired a minister', () => {
    expect(scored('Foreign Minister Youssef Rajji said that Syrian units had fired "dozens of shells" at Lebanese villages.')).toEqual(['Youssef Rajji -ACCUSED-> Syria']);
    expect(scored('Foreign Minister Youssef Rajji said the Syrian president had fired the defence minister.')).toEqual([]);
  });
});

describe('a possessive before the subject is not the subject (session 21)', () => {
  it('keeps "him" off the subject after "Embracing his host,"', () => {
    expect(scored('Alassane Ouattara was sworn in on Monday. Embracing his host, John Mahama congratulated him.')).toEqual(['John Mahama -CONGRATULATED-> Alassane Ouattara']);
  });
});

describe('a style of address before a name (session 22)', () => {
  it('reads "His Highness Sheikh X" and "His Majesty Sultan Y" as X and Y, no "Highness" in the name', () => {
    const body = 'His Highness Sheikh Hamdan bin Rashid Al Qasimi sent a cable of congratulations to the new emir. His Majesty Sultan Badr bin Faisal of Oman also congratulated him. Her Excellency Amina Yusuf Al Harthi said the ties were strong.';
    expect(nodes(body, 'Person')).toEqual(['Amina Yusuf Al Harthi', 'Badr bin Faisal', 'Hamdan bin Rashid Al Qasimi']);
  });
});

describe('Arabic names given short, and fathers\' names (session 22)', () => {
  it('joins "Sheikh Hamdan bin Rashid" to "Hamdan bin Rashid Al Qasimi", the family name left off', () => {
    const body = 'Sheikh Hamdan bin Rashid Al Qasimi congratulated Sheikh Nasser Jaber Al Hamad Al Sabah. Sheikh Nasser Jaber thanked Sheikh Hamdan bin Rashid for the message.';
    expect(nodes(body, 'Person')).toEqual(['Hamdan bin Rashid Al Qasimi', 'Nasser Jaber Al Hamad Al Sabah']);
  });

  it('keeps a father apart from his son, whose name holds the father\'s after "bin"', () => {
    const body = 'King Faisal bin Turki Al Masoud and Crown Prince Khalid bin Faisal bin Turki Al Masoud congratulated the winner.';
    expect(nodes(body, 'Person')).toEqual(['Faisal bin Turki Al Masoud', 'Khalid bin Faisal bin Turki Al Masoud']);
  });
});

describe('"the prime minister-elect" and a reporter with a modifier (session 22)', () => {
  const first = 'Oman congratulated Farid Haddad on his victory. ';

  it('reads "the prime minister-elect" as the office-holder congratulated, as "the president-elect" was', () => {
    expect(scored(`${first}Jordan congratulated the prime minister-elect.`)).toEqual(['Jordan -CONGRATULATED-> Farid Haddad', 'Oman -CONGRATULATED-> Farid Haddad']);
    expect(scored(`${first}Crown Prince Salem bin Nasser sent a cable of congratulations to the prime minister-elect, state-run Gulf Press Agency reported.`)).toContain('Salem bin Nasser -CONGRATULATED-> Farid Haddad');
  });

  it('does not congratulate the "state-run" agency that reports it', () => {
    const edges = scored(`${first}Crown Prince Salem bin Nasser sent a cable of congratulations to the minister, state-run Gulf Press Agency reported.`);
    expect(edges.filter((e) => e.includes('Agency'))).toEqual([]);
  });
});

describe('"<actors> were among the countries that ..." (session 22)', () => {
  it('gives the relative clause the subjects of "were among" and "is one of"', () => {
    expect(scored('Chile, Peru, the Bahamas and Uruguay were among the countries that congratulated Luisa Ortega.')).toEqual([
      'Bahamas -CONGRATULATED-> Luisa Ortega', 'Chile -CONGRATULATED-> Luisa Ortega', 'Peru -CONGRATULATED-> Luisa Ortega', 'Uruguay -CONGRATULATED-> Luisa Ortega',
    ]);
    expect(scored('Latvia was one of the states that expelled Belarusian diplomats.')).toEqual(['Latvia -EXPELLED-> Belarus']);
  });

  it('leaves a relative clause about a group of nobody named alone', () => {
    expect(scored('Several countries that congratulated Luisa Ortega were criticised.')).toEqual([]);
  });
});

describe('an office right after "congratulated" is its object (session 22)', () => {
  it('does not take a body later in the clause for the one congratulated', () => {
    const body = 'Oman congratulated Farid Haddad on his victory. Jordan congratulated the prime minister-elect within hours of the Electoral Commission announcing the results.';
    expect(scored(body)).toEqual(['Jordan -CONGRATULATED-> Farid Haddad', 'Oman -CONGRATULATED-> Farid Haddad']);
  });
});

describe('acts not done: waited for, or a quoted gerund subject (session 22)', () => {
  it('reads "would wait for a briefing before blaming X" as no accusation, "paused before blaming X" as one', () => {
    expect(scored('Senator Ana Ruiz said she would wait for a classified briefing before blaming Moscow for the attack.')).toEqual([]);
    expect(scored('Senator Ana Ruiz paused before blaming Moscow for the attack.')).toEqual(['Ana Ruiz -ACCUSED-> Russia']);
  });

  it('reads \'that expelling X "is not on the agenda"\' as no expulsion, with or without the quotation marks', () => {
    expect(scored('Foreign Minister Awa Ndiaye told reporters that expelling French diplomats "is not on the agenda".')).toEqual([]);
    expect(scored('Foreign Minister Awa Ndiaye told reporters that expelling French diplomats is not on the agenda.')).toEqual([]);
  });
});

describe('a rejection verb after a determiner is a noun (session 22)', () => {
  it('reads "escalating a dispute that has rattled pilots" as no denial', () => {
    const body = 'The State Department on Thursday accused Russia of jamming signals over Alaska, escalating a dispute that has rattled pilots.';
    expect(scored(body)).toEqual(['State Department -ACCUSED-> Russia']);
    expect(scored('Russia accused Norway of spying. Oslo disputed that.')).toContain('Norway -DENIED-> Russia');
  });
});

describe('people expelled with no state, then a body named later (session 22)', () => {
  it('does not make "diplomats in a row over RSF weapons" the RSF\'s; a state after "amid a row with" still counts', () => {
    const defined = ' The Kordofan Liberation Front (KLF) fought on.';
    expect(scored(`Sudan expelled diplomats in a row over KLF weapons.${defined}`)).toEqual([]);
    expect(scored(`Sudan expelled three diplomats amid a dispute with Chad.${defined}`)).toEqual(['Sudan -EXPELLED-> Chad']);
  });
});

describe('"the claims attributed to X" (session 22)', () => {
  it('names X as the author of the claims denied, and blames no one', () => {
    const body = 'Ambassador Lemma Bekele accused Somalia of passing information to Eritrea. Asmara dismissed the claims attributed to the ambassador.';
    expect(scored(body)).toEqual(['Eritrea -DENIED-> Lemma Bekele', 'Lemma Bekele -ACCUSED-> Somalia']);
    expect(scored('Kenya attributed the attack to al-Shabaab. Somalia attributed the bombing to Ethiopian agents.')).toContain('Somalia -ACCUSED-> Ethiopia');
  });
});

describe('a party blaming "the government" (session 22)', () => {
  it('blames its own state\'s, also when a title word comes before its demonym', () => {
    const lead = 'Tonga expelled a Fijian diplomat. Fiji denied the charge. ';
    expect(scored(`${lead}The main opposition Tongan Democratic Party (TDP) accused the government of "manufacturing a crisis".`)).toContain('Tongan Democratic Party -ACCUSED-> Tonga');
    expect(scored(`${lead}The Tongan Democratic Party accused the government of lying.`)).toContain('Tongan Democratic Party -ACCUSED-> Tonga');
  });

  it('places "the opposition <demonym> ... Party" in its state', () => {
    const { graph } = extractArticle('Untitled report\n\nThe opposition Tongan Democratic Party met.\n');
    expect(graph.edges().map((e) => graph.getEdgeAttribute(e, 'relation'))).toContain('PART_OF');
  });
});

describe('High Commissions, and a post\'s city named in full (session 22)', () => {
  it('reads a Commonwealth "High Commission" as its state\'s embassy, one node with "the High Commission" and "the mission"', () => {
    const body = 'Kenya expelled an official of the Ugandan High Commission in Nairobi. He worked in the visa section of the High Commission. Kampala accused Nairobi of maligning the Ugandan mission.';
    expect(nodes(body, 'Agency')).toEqual(['Ugandan High Commission in Nairobi']);
    expect(scored('Kenya accused the Ugandan High Commission of spying. The High Commission of Uganda denied the claims.')).toEqual(['Kenya -ACCUSED-> Ugandan High Commission', 'Ugandan High Commission -DENIED-> Kenya']);
  });

  it('names the post\'s city in full: "in New Delhi", "in Kuala Lumpur"', () => {
    expect(nodes('The Ghanaian Embassy in New Delhi said it had expelled two Malaysian officials. The Indian Embassy in Kuala Lumpur said nothing.', 'Agency')).toEqual(['Ghanaian Embassy in New Delhi', 'Indian Embassy in Kuala Lumpur']);
  });
});

describe('"the Ministry of X Affairs" named with no state (session 22)', () => {
  it('is the ministry of the state the sentence is about, one node with that state\'s named later', () => {
    const body = 'India expelled a Pakistani diplomat on Tuesday, the Ministry of External Affairs said. Pakistan\'s Foreign Ministry rejected the charge. India\'s foreign ministry said the evidence was clear.';
    expect(nodes(body, 'Agency')).toEqual(['Indian External Affairs Ministry', 'Pakistani Foreign Ministry']);
  });

  it('leaves "Its Foreign Ministry" to whoever "its" is', () => {
    const body = 'Chile on Tuesday expelled a Bolivian attaché, the Chilean Ministry of Foreign Affairs said. The Bolivian government rejected the accusation. Its Foreign Ministry described the expulsion as unjustified. Late on Tuesday the ministry announced that Chile\'s defence attaché in La Paz must leave Bolivian territory. Brazil\'s Foreign Ministry declined to blame either side.';
    expect(scored(body)).toContain('Bolivian Foreign Ministry -EXPELLED-> Chile');
  });
});

describe('the Pentagon is the Defense Department (session 22)', () => {
  it('gives one node to "the Pentagon" and "a Defense Department spokesman"', () => {
    const body = 'Russia blamed U.S. drills for the outages. The Pentagon rejected that claim. "The exercise involved no jamming," said Lt. Col. Brian Keough, a Defense Department spokesman.';
    expect(nodes(body, 'Agency')).toEqual(['Defense Department']);
  });
});

describe('a law named after title words (session 22)', () => {
  it('reads "the Official Secrets Act" and "the Security of Information Act" as laws, no people', () => {
    expect(nodes('Two men were booked under the Official Secrets Act. The RCMP charged Dale Arsenault under the Security of Information Act.', 'Person')).toEqual(['Dale Arsenault']);
  });
});

describe('a body named with an izafe (session 22)', () => {
  it('reads "Jamaat-e-Islami" and "Lashkar-e-Taiba" as bodies, and keeps "Tehrik-e-Taliban Pakistan (TTP)" whole', () => {
    expect(scored('The Election Commission announced the results. Meanwhile, Jamaat-e-Islami accused the commission of ignoring complaints.')).toEqual(['Jamaat-e-Islami -ACCUSED-> Election Commission']);
    expect(nodes('India blamed Lashkar-e-Taiba for the attack.', 'Agency')).toEqual(['Lashkar-e-Taiba']);
    expect(nodes('Tehrik-e-Taliban Pakistan (TTP) claimed the attack.', 'Agency')).toEqual(['Tehrik-e-Taliban Pakistan']);
  });
});

describe('someone\'s congratulations conveyed by another (session 22)', () => {
  it('has the owner of the congratulations congratulate, not the messenger congratulate the owner', () => {
    const body = 'Foreign Minister Priya Menon said she had spoken to her Omani counterpart to convey Prime Minister Arjun Rao\'s congratulations to Sultan Badr bin Faisal.';
    expect(scored(body)).toEqual(['Arjun Rao -CONGRATULATED-> Badr bin Faisal']);
  });
});

describe('subjects listed with their offices in apposition (session 22)', () => {
  it('reads "A, <office>, and B" as two subjects', () => {
    expect(scored('Sheikh Tamim bin Hamad Al Thani, Amir of Qatar, and Sultan Badr bin Faisal of Oman congratulated Farid Haddad.')).toEqual(['Badr bin Faisal -CONGRATULATED-> Farid Haddad', 'Tamim bin Hamad Al Thani -CONGRATULATED-> Farid Haddad']);
    const long = 'Sheikh Rashid bin Saeed Al Falasi, Vice-President and Prime Minister of the UAE and Ruler of Fujairah, and Sheikh Hamdan bin Zayed Al Nahyan, Vice-President, Deputy Prime Minister and Chairman of the Presidential Court, congratulated Farid Haddad.';
    expect(scored(long)).toEqual(['Hamdan bin Zayed Al Nahyan -CONGRATULATED-> Farid Haddad', 'Rashid bin Saeed Al Falasi -CONGRATULATED-> Farid Haddad']);
  });

  it('does not take the state of "the Ghanaian president" for a subject of its own', () => {
    expect(scored('John Mahama, the Ghanaian president, and Bola Tinubu congratulated Keir Starmer.')).toEqual(['Bola Tinubu -CONGRATULATED-> Keir Starmer', 'John Mahama -CONGRATULATED-> Keir Starmer']);
  });
});

describe('"<state>\'s president-elect" congratulated (session 22)', () => {
  it('is the person the article congratulates, not the state; "Ghana\'s president-elect X" still places X', () => {
    const body = 'Ghana\'s president-elect Kwame Boateng won the run-off. ECOWAS congratulated Boateng. Togo also congratulated Ghana\'s president-elect.';
    expect(scored(body)).toEqual(['ECOWAS -CONGRATULATED-> Kwame Boateng', 'Togo -CONGRATULATED-> Kwame Boateng']);
    const { graph } = extractArticle(`Untitled report\n\n${body}\n`);
    expect(graph.someEdge((_e, a, source, target) => a.relation === 'LEADS' && graph.getNodeAttribute(source, 'name') === 'Kwame Boateng' && graph.getNodeAttribute(target, 'name') === 'Ghana')).toBe(true);
  });
});

describe('two callers who "phoned him to convey their congratulations" (session 22)', () => {
  const first = 'Oman congratulated Farid Haddad on his victory. ';

  it('keeps "him" off both subjects and gives each the congratulation', () => {
    expect(scored(`${first}Sheikh Hamdan bin Rashid Al Qasimi and Sheikh Nasser bin Jaber Al Thani phoned him to convey their congratulations.`)).toEqual([
      'Hamdan bin Rashid Al Qasimi -CONGRATULATED-> Farid Haddad', 'Nasser bin Jaber Al Thani -CONGRATULATED-> Farid Haddad', 'Oman -CONGRATULATED-> Farid Haddad',
    ]);
  });

  it('reads "UAE President A and Qatar\'s Emir B" as one subject, and "him" as the one congratulated, not the last sender', () => {
    const body = `${first}Crown Prince Salem bin Nasser sent a cable of congratulations to the winner. UAE President Sheikh Hamdan bin Rashid Al Qasimi and Qatar's Emir Sheikh Nasser bin Jaber Al Thani phoned him separately to convey their congratulations, the ministry said.`;
    const edges = scored(body);
    expect(edges).toContain('Hamdan bin Rashid Al Qasimi -CONGRATULATED-> Farid Haddad');
    expect(edges).toContain('Nasser bin Jaber Al Thani -CONGRATULATED-> Farid Haddad');
    expect(edges.filter((e) => e.endsWith('-> Salem bin Nasser'))).toEqual([]);
  });
});

describe('"a claim <office>, <person>, dismissed" (session 22)', () => {
  it('has the person in apposition deny the claim\'s author, not the sentence\'s subject deny "at the time"', () => {
    const body = 'Niger\'s military leader, Abdourahamane Tiani, had in December accused Nigeria of hosting a French base, a claim the National Security Adviser, Musa Danladi, dismissed at the time as "false and mischievous".';
    expect(scored(body)).toEqual(['Abdourahamane Tiani -ACCUSED-> Nigeria', 'Musa Danladi -DENIED-> Abdourahamane Tiani']);
  });
});

describe('"sent similar cables" after a congratulation (session 23)', () => {
  it('reads plural message nouns as the congratulation just told', () => {
    const body = 'President Amara Diallo sent a cable of congratulations to Ousmane Keita on his appointment as prime minister. Vice-President Fatou Sow, Speaker of the National Assembly, sent similar cables to the new prime minister.';
    expect(scored(body)).toEqual(['Amara Diallo -CONGRATULATED-> Ousmane Keita', 'Fatou Sow -CONGRATULATED-> Ousmane Keita']);
  });
});

describe('"The Prime Minister of India(,) X(,)": a capitalised office of a state, then its holder (session 23)', () => {
  it('takes an office of two words, with the holder in commas', () => {
    expect(scored('The Prime Minister of Malaysia, Hamid Rahman, congratulated Lee Wen Jie on Sunday.')).toEqual(['Hamid Rahman -CONGRATULATED-> Lee Wen Jie']);
  });

  it('takes the holder named right after the state, with no commas, with or without "The"', () => {
    expect(scored('The Foreign Minister of Oman Khalid al-Harthy accused Iran of sabotage.')).toEqual(['Khalid al-Harthy -ACCUSED-> Iran']);
    expect(scored('Prime Minister of Nepal Ram Thapa congratulated Lee Wen Jie.')).toEqual(['Ram Thapa -CONGRATULATED-> Lee Wen Jie']);
  });
});

describe('"called the move groundless": an act against the speaker dismissed (session 23)', () => {
  it('reads calling an expulsion "groundless" as denying the expelling side', () => {
    expect(scored('Austria expelled a Belarusian diplomat. Minsk called the move "groundless" and warned of a response.')).toEqual([
      'Austria -EXPELLED-> Belarus', 'Belarus -DENIED-> Austria',
    ]);
  });

  it('does not read a verdict that is no dismissal ("a regrettable step")', () => {
    expect(scored('Austria expelled a Belarusian diplomat. Minsk called the decision a regrettable step.')).toEqual(['Austria -EXPELLED-> Belarus']);
  });
});

describe('initials in names: "George W. Bush", "Hao W." (session 23)', () => {
  it('keeps a middle initial inside the name, not two people', () => {
    const { graph } = extractArticle('Untitled report\n\nFormer president Jimmy R. Carlsen congratulated Lee Wen Jie. Carlsen called him on Monday.\n');
    expect(graph.filterNodes((_n, a) => a.kind === 'Person').map((n) => graph.getNodeAttribute(n, 'name'))).toEqual(['Jimmy R. Carlsen', 'Lee Wen Jie']);
  });

  it('keeps a surname cut to its initial, as German courts give it', () => {
    expect(scored("Police arrested an engineer, identified only as Ulrich K., near Graz. The Public Prosecutor's Office accuses Ulrich K. of spying for Russia.")).toEqual([
      "Public Prosecutor's Office -ACCUSED-> Ulrich K.",
    ]);
  });
});

describe('"the man", "the woman" for a private person told of before (session 23)', () => {
  it('reads "the man" as the arrested person', () => {
    expect(scored('Police arrested Ulrich Kramer at his home near Graz. The Public Prosecutor\'s Office accuses the man of spying for Russia.')).toEqual([
      "Public Prosecutor's Office -ACCUSED-> Ulrich Kramer",
    ]);
  });

  it('never reads "the man" as an official, nor "the man who ..." as anyone told of before', () => {
    const official = 'Interior Minister Gerhard Berger said police had arrested a suspect. The Public Prosecutor\'s Office accuses the man of spying for Russia.';
    expect(scored(official)).toEqual([]);
    expect(scored('Police arrested Ulrich Kramer at his home. The man who drove him denied the charges.')).toEqual([]);
  });
});

describe('a dateline closed by a dash typed as two hyphens (session 23)', () => {
  it('reads the first sentence after "CITY, Nov. 9 (Agency) --"', () => {
    expect(scored('HANOI, Nov. 9 (VNA) -- Vietnam on Sunday accused China of ramming a fishing boat near the Paracel Islands.')).toEqual(['Vietnam -ACCUSED-> China']);
  });

  it('and after "CITY --" alone', () => {
    expect(scored('YEREVAN -- Armenia has accused Azerbaijan of opening fire on its positions.')).toEqual(['Armenia -ACCUSED-> Azerbaijan']);
  });
});

describe('"..., but Seoul flatly denied" and "declined to confirm or deny" (session 23)', () => {
  it('opens a clause at ", but <actor> <adverb> <verb>" after a place', () => {
    expect(scored('Cambodia accused Thailand of flying a drone over Poipet, but Bangkok flatly denied the claim.')).toEqual([
      'Cambodia -ACCUSED-> Thailand', 'Thailand -DENIED-> Cambodia',
    ]);
  });

  it('reads "declined to confirm or deny" as no denial', () => {
    expect(scored('Cambodia accused Thailand of spying. The Thai army declined to confirm or deny whether it had flown a drone.')).toEqual(['Cambodia -ACCUSED-> Thailand']);
  });
});

describe('"the North", "the South" for a divided land the article names (session 23)', () => {
  it('reads "accused the North" as North Korea', () => {
    expect(scored('North Korea accused South Korea of flying a drone, but Seoul denied it and instead accused the North of jamming GPS signals.')).toEqual([
      'North Korea -ACCUSED-> South Korea', 'South Korea -ACCUSED-> North Korea', 'South Korea -DENIED-> North Korea',
    ]);
  });

  it('names nothing when the article has no such state, nor in "the North of England"', () => {
    const { graph } = extractArticle('Untitled report\n\nBritain accused Russia of spying on the North of England. Britain accused the South of nothing.\n');
    expect(graph.filterNodes((_n, a) => a.kind === 'State').map((n) => graph.getNodeAttribute(n, 'name'))).toEqual(['United Kingdom', 'Russia']);
  });

  it('reads the Korean short forms: "N. Korea", "S. Korea", "ROK"', () => {
    expect(edgesOf('N. Korea accuses S. Korea of drone incursion. Pyongyang accused the ROK military of a grave provocation.').map((e) => `${e.source} -${e.relation}-> ${e.target}`)).toEqual([
      'North Korea -ACCUSED-> South Korea', 'North Korea -ACCUSED-> South Korea',
    ]);
  });
});

describe('"The Government has expelled" opening the body of a paper that names its own Government later (session 23)', () => {
  const rest = ' The Russian Embassy accused the Maltese Government of following London.';

  it('reads "The Government" as the state of "the Maltese Government", not the headline\'s other side', () => {
    expect(scored(`The Government has expelled a diplomat from the Russian Embassy in Valletta.${rest}`, 'Russian diplomat expelled over spying')).toEqual([
      'Malta -EXPELLED-> Russia', 'Russian Embassy in Valletta -ACCUSED-> Malta',
    ]);
  });

  it('keeps a headline that names the acting state', () => {
    const body = 'The Government has expelled a diplomat from the Maltese Embassy in Moscow. The Maltese Government called it a hostile act.';
    const expulsions = edgesOf(body, 'Russia expels Maltese diplomat').filter((e) => e.relation === 'EXPELLED');
    expect(expulsions.map((e) => `${e.source} -> ${e.target}`)).toEqual(['Russia -> Malta', 'Russia -> Malta']);
  });
});

describe('"the then minister for foreign affairs X" (session 23)', () => {
  it('joins a portfolio to its office with "for" as with "of"', () => {
    expect(scored('In March 2022, the then minister for foreign affairs Pat Dolan ordered four Russian officials to leave the country.')).toEqual(['Pat Dolan -EXPELLED-> Russia']);
  });
});

describe('"fabricating a case", "activities that undermine" (session 23)', () => {
  it('reads "X is fabricating a case to smear us" as accusing X', () => {
    expect(scored('"Japan is fabricating a case out of thin air to smear China," Lin Wei, a spokesman for the Chinese Foreign Ministry, said.')).toEqual(['Lin Wei -ACCUSED-> Japan']);
  });

  it('reads "engaged in activities that undermine" as misconduct', () => {
    expect(scored('Foreign Minister Kenji Mori said Liu Bo had engaged in activities that undermine Japan\'s economic security.')).toEqual(['Kenji Mori -ACCUSED-> Liu Bo']);
  });
});

describe('an agent after "by a", and "findings it has dismissed" (session 23)', () => {
  const body = 'Kigali has been accused by a UN Panel of Experts of deploying troops in eastern Burundi, findings it has consistently dismissed.';

  it('reads "accused by a UN Panel of Experts" as the UN accusing', () => {
    expect(scored(body)).toContain('United Nations -ACCUSED-> Rwanda');
  });

  it('has the accused "it" dismiss the findings, not the last state named', () => {
    expect(scored(body)).toEqual(['Rwanda -DENIED-> United Nations', 'United Nations -ACCUSED-> Rwanda']);
  });
});

describe('a known body\'s one-word name that is the surname of a person named in full (session 23)', () => {
  it('reads "Wagner" after "Thérèse Kayikwamba Wagner" as her, and keeps "Wagner Group" the body', () => {
    const body = 'Foreign Minister Thérèse Kayikwamba Wagner spoke on Monday. Wagner accused Rwanda of aggression. The Wagner Group fought in Mali.';
    expect(scored(body)).toEqual(['Thérèse Kayikwamba Wagner -ACCUSED-> Rwanda']);
    const { graph } = extractArticle(`Untitled report\n\n${body}\n`);
    expect(graph.filterNodes((_n, a) => a.kind === 'Agency').map((n) => graph.getNodeAttribute(n, 'name'))).toEqual(['Wagner Group']);
  });
});

describe('a wrong in quotation marks before "by" (session 23)', () => {
  it('reads \'followed "direct military aggression" by X\' as accusing X', () => {
    expect(scored('Foreign Minister Ama Boateng said the decision followed "direct military aggression" by Togo.')).toEqual(['Ama Boateng -ACCUSED-> Togo']);
  });
});

describe('subjects with offices in apposition, and "congratulate the new prime minister" (session 23)', () => {
  const first = 'President Amadou Sy congratulated Karim Diop on his election as prime minister. Sy wished him success. ';

  it('reads "X, Ruler of Y, and Z sent him cables" as two senders, "him" neither', () => {
    expect(scored(`${first}Vice President Musa Ba, Governor of Dakar, and Vice President Ali Ndiaye, Deputy Prime Minister and Chairman of the Presidential Court, sent him cables of congratulations.`)).toEqual([
      'Ali Ndiaye -CONGRATULATED-> Karim Diop', 'Amadou Sy -CONGRATULATED-> Karim Diop', 'Musa Ba -CONGRATULATED-> Karim Diop',
    ]);
  });

  it('reads "the new prime minister" as the one congratulated', () => {
    expect(scored(`${first}Mauritania was among the first countries to congratulate the new prime minister.`)).toContain('Mauritania -CONGRATULATED-> Karim Diop');
  });
});

describe('"A spokesman for the eastern-based parliament, X," (session 23)', () => {
  it('takes the person apposed to a spokesman of a body described in lower case', () => {
    expect(scored('A spokesman for the eastern-based parliament, Omar Saleh, dismissed the bribery allegations as lies.')).toEqual(['Omar Saleh -DENIED-> @Event']);
  });
});

describe('"The Turkish claims were dismissed by X", "Erdogan\'s regime invents stories" (session 23)', () => {
  it('reads a claim noun after a state\'s adjective as a noun, not a report verb', () => {
    expect(scored('Egypt accused Sudan of spying. The Egyptian claims were also dismissed by Sudan as lies.')).toEqual(['Egypt -ACCUSED-> Sudan', 'Sudan -DENIED-> Egypt']);
  });

  it('reads "<leader>\'s regime" as the leader\'s state', () => {
    expect(scored('"President Omar Farouk\'s regime invents spy stories," Foreign Minister Dina Saleh of Egypt wrote. Farouk, the president of Sudan, spoke later.')).toContain('Dina Saleh -ACCUSED-> Sudan');
  });
});

describe('"Speaking at X, he accused" and "five SADC neighbours" (session 23)', () => {
  it('reads "he" after an opening participle phrase as the last sentence\'s subject, not the last person named', () => {
    const body = 'Opposition leader Peter Banda has refused to congratulate President John Phiri. Speaking at his party\'s offices on Sunday, he accused the electoral commission of fraud and accused President Phiri of rigging.';
    expect(scored(body)).toContain('Peter Banda -ACCUSED-> John Phiri');
    expect(scored(body).filter((e) => e.startsWith('John Phiri -ACCUSED->'))).toEqual([]);
  });

  it('reads "five SADC neighbours" as a group of states, not the body', () => {
    const { graph } = extractArticle('Untitled report\n\nWithin hours, five SADC neighbours had congratulated President John Phiri.\n');
    expect(graph.mapEdges((_e, a, s) => `${graph.getNodeAttribute(s, 'name')} [${graph.getNodeAttribute(s, 'kind')}] ${a.relation}`).filter((e) => e.endsWith('CONGRATULATED'))).toEqual([
      'five SADC neighbours [Group] CONGRATULATED',
    ]);
  });
});

describe('"The office of President X accused" (session 23)', () => {
  it('has the office act for its holder', () => {
    expect(scored('The EU met union leaders. The office of President Amir Ben Salah accused the EU of interference.')).toEqual(['Amir Ben Salah -ACCUSED-> European Union']);
  });

  it('and so "A statement from the office of President X went further, accusing"', () => {
    expect(scored('The EU met union leaders. A statement from the office of President Amir Ben Salah went further, accusing the EU of interference.')).toEqual([
      'Amir Ben Salah -ACCUSED-> European Union',
    ]);
  });
});

describe('"considered X responsible" and "<State>\'s ..., after the government accused" (session 23)', () => {
  it('reads "considered Russia responsible" as holding it responsible, and not when negated', () => {
    expect(scored('Foreign Minister Liisa Koskinen said on Tuesday that Estonia considered Russia responsible for the jamming.')).toEqual([
      'Estonia -ACCUSED-> Russia', 'Liisa Koskinen -ACCUSED-> Russia',
    ]);
    expect(scored('Estonia does not consider Russia responsible for the jamming.')).toEqual([]);
  });

  it('reads "the government" as the state the sentence opens with, not the last state subject', () => {
    const body = 'Russia responded by expelling nine Estonian diplomats. Estonia\'s border crossings have been closed since 2023, after the government accused Russia of channelling migrants to the border.';
    expect(scored(body)).toContain('Estonia -ACCUSED-> Russia');
  });
});

describe('"was the first foreign leader to congratulate" (session 23)', () => {
  it('ranks the act past an office read as a nominal, it plans nothing', () => {
    expect(scored('President Omar Sy was the first foreign leader to congratulate Alassane Kone.')).toEqual(['Omar Sy -CONGRATULATED-> Alassane Kone']);
  });
});

describe('"the pair", "the two" for the people just told of (session 23)', () => {
  it('reads "accused the pair of" as accusing the state of the two nationals', () => {
    expect(scored('Taiwan deported two Chinese nationals on Friday. Officer Lin Mei accused the pair of filming an air base.')).toEqual([
      'Lin Mei -ACCUSED-> China', 'Taiwan -EXPELLED-> China',
    ]);
  });

  it('leaves "the two countries" to name the two states', () => {
    expect(scored('Russia and Britain met. The two countries accused Iran of spying.')).toEqual(['Russia -ACCUSED-> Iran', 'United Kingdom -ACCUSED-> Iran']);
  });
});

describe('"Libya\'s new unity prime minister" in a headline (session 23)', () => {
  it('reads an office four words after its state\'s possessive as the one congratulated later, not the state', () => {
    const body = 'President Sheikh Hamad has congratulated Omar Al Fitouri on his election as prime minister of Libya\'s new unified government.';
    expect(scored(body, "Qatar congratulates Libya's new unity prime minister")).toEqual(['Hamad -CONGRATULATED-> Omar Al Fitouri', 'Qatar -CONGRATULATED-> Omar Al Fitouri']);
  });
});

describe('a capital that responds, and a relative clause with its "whom" left out (session 24)', () => {
  it('reads "a response from <capital>, which accused" as the capital\'s state acting', () => {
    expect(scored('The move drew an angry response from Quito, which accused Lima of arming smugglers.')).toEqual(['Ecuador -ACCUSED-> Peru']);
    expect(scored('Peru expelled the envoy, drawing a rebuke from Quito, which in turn blamed Peru for the clash.')).toContain('Ecuador -ACCUSED-> Peru');
  });

  it('keeps a capital after "from" a place when nothing is sent from it', () => {
    expect(scored('The envoy flew back from Quito, which accused Lima of arming smugglers.')).toEqual([]);
  });

  it('reads "a <nationality> diplomat it accuses of" as the subject accusing that diplomat\'s state', () => {
    expect(scored('Sweden on Friday expelled a Chinese diplomat it accuses of recruiting engineers.')).toEqual(['Sweden -ACCUSED-> China', 'Sweden -EXPELLED-> China']);
    expect(scored('Chile told Bolivia it blames the border police for the clash.')).not.toContain('Bolivia -ACCUSED-> Chile');
  });
});

describe('a statement called a provocation, and a speaker who told a named outlet (session 24)', () => {
  it('reads "said the <body> statement was another staged provocation" as a denial of that body, no accusation', () => {
    const body = 'The SBU accused Russia of plotting the blast. FSB spokesman Ivan Orlov told Russian media that the SBU statement was "another staged provocation".';
    expect(scored(body)).toEqual(['Ivan Orlov -DENIED-> SBU', 'SBU -ACCUSED-> Russia']);
  });

  it('reads "the <body> claims were baseless" (a noun\'s modifier) as a denial, and "Russia claims" as no noun', () => {
    expect(scored('The SBU accused Russia of plotting the blast. Ivan Orlov said the SBU claims were baseless.')).toContain('Ivan Orlov -DENIED-> SBU');
    expect(scored('The SBU accused Russia of plotting the blast. Russia claims the blast was baseless.')).toEqual(['SBU -ACCUSED-> Russia']);
  });

  it('takes the speaker of "..., the ministry told <outlet>." for a culpable act in the sentence', () => {
    expect(scored('Police foiled a bombing plotted by Armenian agents, the Azerbaijani State Security Service told APA on Friday.')).toEqual(['Azerbaijani State Security Service -ACCUSED-> Armenia']);
    expect(scored('Police foiled a bombing plotted by Armenian agents, Interior Minister Elchin Rahimov told the BBC.')).toEqual(['Elchin Rahimov -ACCUSED-> Armenia']);
  });
});

describe('names from state media, missions to the UN, police forces and ranks (session 24)', () => {
  it('reads "the Islamic Republic" as Iran and "the Zionist regime" as Israel, but keeps "the Islamic Republic of Pakistan"', () => {
    expect(scored('The Islamic Republic has repeatedly accused the Zionist regime of sabotage.')).toEqual(['Iran -ACCUSED-> Israel']);
    expect(nodes('Officials of the Islamic Republic of Pakistan met on Monday.', 'State')).toEqual(['Pakistan']);
  });

  it('names "Iran\'s mission to the U.N." as a mission, not an embassy, and one node with its other spellings', () => {
    const body = 'The FBI accused Iran of hacking. Iran\'s mission to the U.N. dismissed the advisory as "baseless". The Iranian mission to the United Nations in New York later repeated it.';
    expect(nodes(body, 'Agency')).toEqual(['FBI', 'Iranian Mission to the United Nations']);
    expect(scored(body)).toContain('Iranian Mission to the United Nations -DENIED-> FBI');
  });

  it('reads "Kenya Police" as a body and police ranks as titles', () => {
    expect(nodes('The Kenya Police said on Friday that two men were held.', 'Agency')).toEqual(['Kenya Police']);
    expect(nodes('Chief Superintendent Amos Kiprono and Detective Inspector Jane Moss said the men were held.', 'Person')).toEqual(['Amos Kiprono', 'Jane Moss']);
  });

  it('sends a denial of "<X>\'s claims" to X even when another side accused last', () => {
    const body = 'Iran accused Israel of sabotage. Pakistan said the Zionist regime\'s claims were lies.';
    expect(scored(body)).toContain('Pakistan -DENIED-> Israel');
    expect(scored(body)).not.toContain('Pakistan -DENIED-> Iran');
  });
});

describe('several royals congratulated in one story (session 24)', () => {
  const lede = 'Leaders sent cables of congratulations to Custodian of the Two Holy Mosques King Salman and Crown Prince and Prime Minister Mohammed bin Salman on Tuesday.';

  it('reads a royal style and two offices joined by "and" as one person\'s titles', () => {
    const { graph } = extractArticle(`Untitled report\n\n${lede}\n`);
    const titles = graph.filterNodes((_k, a) => a.kind === 'Person').map((k) => `${graph.getNodeAttribute(k, 'name')}: ${graph.getNodeAttribute(k, 'title')}`).sort();
    expect(titles).toEqual(['Mohammed bin Salman: Crown Prince and Prime Minister', 'Salman: Custodian of the Two Holy Mosques King']);
  });

  it('gives the "he" of "sent a cable to X in which he" to the sender', () => {
    const body = `${lede} Kuwait's Emir Sheikh Mishal Al-Sabah sent a cable to King Salman in which he expressed his sincere congratulations.`;
    expect(scored(body)).toContain('Mishal Al-Sabah -CONGRATULATED-> Salman');
    expect(scored('Ambassador Amir Iravani sent a letter to Secretary-General Antonio Guterres, in which he accused Israel of terrorism.')).toEqual(['Amir Iravani -ACCUSED-> Israel']);
  });

  it('reads "the king" as the lede\'s king when another king was named two sentences back', () => {
    const body = `${lede} King Hamad told Prince Mohammed that the kingdom was a pillar of stability. The region celebrated. The king was also congratulated by President Ismail Guelleh.`;
    expect(scored(body)).toContain('Ismail Guelleh -CONGRATULATED-> Salman');
    expect(scored(body)).not.toContain('Ismail Guelleh -CONGRATULATED-> Hamad');
  });

  it('reads "telephoned the crown prince to congratulate him" as the crown prince, with the king congratulated before', () => {
    const body = `${lede} The emir of Kuwait sent a cable to the king. King Hamad telephoned the crown prince to congratulate him.`;
    expect(scored(body)).toContain('Hamad -CONGRATULATED-> Mohammed bin Salman');
    expect(scored(body)).not.toContain('Hamad -CONGRATULATED-> Salman');
  });

  it('gives a quotation opened with no speaker to the one named where it closes, not the one quoted before', () => {
    const body = '"It is a pillar of stability," King Hamad told reporters. "Congratulations to my brother Mohammed bin Salman on the National Day. May Saudi Arabia flourish," UAE President Sheikh Mohamed bin Zayed wrote on X.';
    expect(scored(body)).toEqual(['Mohamed bin Zayed -CONGRATULATED-> Mohammed bin Salman']);
  });
});

describe('state-media offices written "<Office> of <body> of <state> <Name>" (session 24)', () => {
  it('reads the name after an office\'s bodies as the one meant, as object and as subject', () => {
    expect(scored("Prime Minister Olzhas Bektenov sent a congratulatory message to Premier of the Government of the Socialist Republic of Vietnam Pham Minh Chinh.")).toEqual(['Olzhas Bektenov -CONGRATULATED-> Pham Minh Chinh']);
    expect(scored("Chairperson of the Senate of the Parliament of Kazakhstan Maulen Ashimbayev congratulated Chairman of the National Assembly of Vietnam Tran Thanh Man.")).toEqual(['Maulen Ashimbayev -CONGRATULATED-> Tran Thanh Man']);
  });

  it('gives the office before the bodies to the person as a title', () => {
    const { graph } = extractArticle('Untitled report\n\nMinister of Foreign Affairs of Kazakhstan Murat Nurtleu spoke on Monday.\n');
    const key = graph.findNode((_k, a) => a.name === 'Murat Nurtleu');
    expect(key && graph.getNodeAttribute(key, 'title')).toBe('Minister of Foreign Affairs');
  });

  it('reads "In it, the minister congratulated his <nationality> counterpart" as the ministers of the sentence before', () => {
    const body = [
      'Chairperson of the Senate of Kazakhstan Maulen Ashimbayev congratulated Chairman of the National Assembly of Vietnam Tran Thanh Man.',
      'Minister of Foreign Affairs of Kazakhstan Murat Nurtleu also sent a message to Minister of Foreign Affairs of Vietnam Bui Thanh Son.',
      'In it, the minister congratulated his Vietnamese counterpart.',
    ].join(' ');
    expect(scored(body)).toContain('Murat Nurtleu -CONGRATULATED-> Bui Thanh Son');
    expect(scored(body)).not.toContain('Murat Nurtleu -CONGRATULATED-> Tran Thanh Man');
  });
});

describe('ongoing wrongs, federal governments, orders from above and documents denied (session 24)', () => {
  it('reads "continues to interfere" and "is once again meddling" in a quotation as the speaker\'s accusation', () => {
    expect(scored('"Eritrea continues to interfere in the internal affairs of Ethiopia," the Ethiopian foreign ministry said.')).toEqual(['Ethiopian Foreign Ministry -ACCUSED-> Eritrea']);
    expect(scored('"The Venezuelan regime is once again meddling in our elections," said Senator Ana Ruiz.')).toEqual(['Ana Ruiz -ACCUSED-> Venezuela']);
    expect(scored('"Eritrea refused to interfere," the Ethiopian foreign ministry said.')).toEqual([]);
  });

  it('reads "The Federal Government of Somalia" as the state', () => {
    expect(scored('The Federal Government of Somalia has declared the Ambassador of Kenya persona non grata.')).toEqual(['Somalia -EXPELLED-> Kenya']);
  });

  it('reads "so-called findings are pure fabrication" and "accusations made by X are speculation" as denials', () => {
    expect(scored('The RCMP accused Vietnam of spying. "Canada\'s so-called findings are pure fabrication," embassy spokesman Tran Van Hung said.')).toContain('Tran Van Hung -DENIED-> RCMP');
    expect(scored('The RCMP accused Vietnam of spying. "The accusations made by the RCMP are irresponsible speculation," the Vietnamese embassy said.')).toContain('Vietnamese Embassy -DENIED-> RCMP');
  });

  it('blames whoever gave the orders in an accusation, "on orders from X" or "on X orders"', () => {
    expect(scored("The SBU accused Belarus' KGB of recruiting agents on orders from Russia's Federal Security Service.")).toEqual(['SBU -ACCUSED-> FSB', 'SBU -ACCUSED-> KGB']);
    expect(scored("SBU accuses Belarus' KGB of running spy cell on FSB orders")).toContain('SBU -ACCUSED-> FSB');
    expect(scored('Troops were deployed to the border on orders from Moscow.')).toEqual([]);
  });

  it('reads "blamed hackers working for X for" as blaming X', () => {
    expect(scored('The NCSC blamed hackers working for North Korea for the intrusions.')).toEqual(['NCSC -ACCUSED-> North Korea']);
  });

  it('aims a denial of "the findings" at their author, the first to accuse, not the latest voice', () => {
    const body = 'The FBI blamed hackers working for Iran for the intrusions. "Iran is once again meddling in our elections," said Senator Mark Warner. Foreign Ministry spokesman Esmaeil Baghaei rejected the findings.';
    expect(scored(body)).toContain('Esmaeil Baghaei -DENIED-> FBI');
    expect(scored(body)).not.toContain('Esmaeil Baghaei -DENIED-> Mark Warner');
  });
});

describe('a state congratulating in its speaker\'s voice, and him/her inside a quotation (session 24)', () => {
  it('credits the speaker of "<State> congratulates X," with the congratulation, not of a past one', () => {
    expect(scored('"Chile congratulates President-elect Rodrigo Paz on a free election," Foreign Minister Alberto van Klaveren said.')).toEqual([
      'Alberto van Klaveren -CONGRATULATED-> Rodrigo Paz', 'Chile -CONGRATULATED-> Rodrigo Paz',
    ]);
    expect(scored('"Chile congratulated Rodrigo Paz last year," Foreign Minister Alberto van Klaveren said.')).toEqual(['Chile -CONGRATULATED-> Rodrigo Paz']);
  });

  it('never reads him/her inside a quotation as its speaker', () => {
    const body = 'Rodrigo Paz won the runoff on Sunday. Outgoing President Luis Arce spoke to reporters. "My congratulations to him. The transition begins today," Arce said.';
    expect(scored(body)).toEqual(['Luis Arce -CONGRATULATED-> Rodrigo Paz']);
  });
});

describe('a quotation\'s speaker after a long apposition (session 24)', () => {
  it('finds the speaker of "...," Brigadier X, commander of <a long description>, told <outlet>', () => {
    const body = '"Al-Shabaab is responsible for every one of these deaths," Brigadier Abdi Warsame, commander of the navy\'s Indian Ocean coastal sector, told the BBC.';
    expect(scored(body)).toEqual(['Abdi Warsame -ACCUSED-> al-Shabab']);
  });
});

describe('dotted acronyms, codes, roads and magistrates\' courts (session 24)', () => {
  it('reads "F.B.I." as the FBI and names no person for a code, a road or a court', () => {
    expect(nodes('The F.B.I. said the F.B.I. and the FBI agreed.', 'Agency')).toEqual(['FBI']);
    expect(nodes('He was charged under Article 205 of the Russian Criminal Code. Crowds filled King Fahd Road. A hearing is set at the Rishon Letzion Magistrate\'s Court.', 'Person')).toEqual([]);
  });
});

describe('"the police" (session 24)', () => {
  it('reads "the police" as the force named before, never as a state whose people were told of', () => {
    const named = "The Royal Canadian Mounted Police arrested Dale Arsenault on Monday. He met an officer of Russia's Foreign Intelligence Service. The police accused him of spying for Russia.";
    expect(scored(named)).toEqual(['Royal Canadian Mounted Police -ACCUSED-> Dale Arsenault']);
    const unnamed = "Dale Arsenault met an officer of Russia's Foreign Intelligence Service. The police accused him of spying for Russia.";
    expect(scored(unnamed)).not.toContain('Russia -ACCUSED-> Dale Arsenault');
  });
});

describe('"they" for a body\'s people named before it (session 24)', () => {
  it('reads "two staffers at the <X> Embassy ... after the FBI said they had tried to recruit" as that embassy\'s side', () => {
    const body = 'In March the State Department ordered two staffers at the Chinese Embassy in Washington to leave after the FBI said they had tried to recruit an engineer.';
    expect(scored(body)).toContain('FBI -ACCUSED-> China');
    expect(scored(body)).not.toContain('FBI -ACCUSED-> State Department');
  });
});

describe('"called the SBU\'s statement a fabrication" (session 24)', () => {
  it('reads a possessive before the dismissed statement', () => {
    expect(scored('The SBU accused Moldova of spying. Spokesperson Ion Rusu called the SBU\'s statement "a crude fabrication".')).toEqual(['Ion Rusu -DENIED-> SBU', 'SBU -ACCUSED-> Moldova']);
  });
});

describe('"...," the statement said (session 24)', () => {
  it('gives a quotation attributed to "the statement" to whoever issued the statement just before', () => {
    const body = 'The Ministry of Foreign Affairs of Ethiopia said in a statement on Tuesday that it had recalled its envoy. "Eritrea continues to interfere in the internal affairs of Ethiopia," the statement said.';
    expect(scored(body)).toEqual(['Ethiopian Foreign Ministry -ACCUSED-> Eritrea']);
    expect(scored('"Eritrea continues to interfere in the internal affairs of Ethiopia," the statement said.')).toEqual([]);
  });

  it('does so for a quotation over two sentences that closes with "the statement said"', () => {
    const body = 'The Ministry of Foreign Affairs of Ethiopia said in a statement on Tuesday that it had recalled its envoy. "Eritrea continues to interfere in the internal affairs of Ethiopia. This is a blatant violation of our sovereignty," the statement said.';
    expect(scored(body)).toEqual(['Ethiopian Foreign Ministry -ACCUSED-> Eritrea']);
  });
});

describe('a speaker the article places on no side, clearing an accused state (session 25)', () => {
  it('reads "<State> has never interfered," <person> said as a denial of that state\'s accuser', () => {
    const body = 'Tanzania accused Malawi of interfering in its elections. "Malawi has never interfered in Tanzania\'s internal affairs," Cabinet Secretary Peter Mbewe said.';
    expect(scored(body)).toContain('Peter Mbewe -DENIED-> Tanzania');
  });

  it('reads no denial when nobody accused that state before', () => {
    expect(scored('"Malawi has never interfered in Tanzania\'s internal affairs," Cabinet Secretary Peter Mbewe said.')).toEqual([]);
  });
});

describe('an unnamed spokesperson for a body, and members of an embassy (session 25)', () => {
  it('reads "a spokesperson for <body> accused" as the body accusing', () => {
    expect(scored('In Ankara, a spokesperson for the Turkish foreign ministry accused Athens of provoking the navy.')).toEqual(['Turkish Foreign Ministry -ACCUSED-> Greece']);
    expect(scored('A spokesman for Egypt\'s Foreign Ministry said the dam broke agreements and accused the Ethiopian government of acting alone.')).toEqual([
      'Egyptian Foreign Ministry -ACCUSED-> Ethiopia',
    ]);
  });

  it('reads "members of the <X> Embassy" as people of that embassy, not a group of member states', () => {
    expect(scored('Austria expelled three members of the Iranian Embassy.')).toEqual(['Austria -EXPELLED-> Iran']);
    expect(scored('Austria said three members of the Iranian Embassy in Vienna had been declared persona non grata.')).toEqual(['Austria -EXPELLED-> Iran']);
  });
});

describe('"..., which accused him of": the unnamed one just expelled (session 25)', () => {
  it('gives the accusation in a relative clause the target of the expulsion told in the same sentence', () => {
    const body = 'A counsellor at the Iranian embassy in Vienna was declared persona non grata on Friday by Austria\'s Foreign Ministry, which accused him of recruiting informants.';
    expect(scored(body)).toEqual(['Austrian Foreign Ministry -ACCUSED-> Iran', 'Austrian Foreign Ministry -EXPELLED-> Iran']);
  });

  it('reads a body named "<Head> of <field> and <field>" whole', () => {
    const body = 'Two Salvadoran reporters were expelled by the General Directorate of Customs and Border Control, which accused them of spying.';
    expect(scored(body)).toEqual([
      'General Directorate of Customs and Border Control -ACCUSED-> El Salvador',
      'General Directorate of Customs and Border Control -EXPELLED-> El Salvador',
    ]);
    expect(scored('Human Rights Watch and Amnesty International accused Egypt of torture.')).toEqual(['Amnesty International -ACCUSED-> Egypt', 'Human Rights Watch -ACCUSED-> Egypt']);
  });
});

describe('a state\'s vessels (session 25)', () => {
  it('reads "the Vietnamese vessel was accused by X" as Vietnam accused', () => {
    expect(scored('The Vietnamese vessel was accused by the Chinese navy of illegally intruding into the waters.')).toEqual(['China -ACCUSED-> Vietnam']);
  });
});

describe('proxies recruited, trained or paid by someone, and cover for espionage (session 25)', () => {
  it('reads "said the informants had been recruited and paid by X" as an accusation of X', () => {
    expect(scored('Norwegian police said the informants had been recruited and paid in cash by the Iranian embassy.')).toEqual(['Norway -ACCUSED-> Iranian Embassy']);
  });

  it('reads a quoted run of participles before "by"', () => {
    expect(scored('Interior Minister Lena Berg said the armed group had been "trained, equipped and sent" by Belarus.')).toEqual(['Lena Berg -ACCUSED-> Belarus']);
  });

  it('reads no accusation when the ones paid are no proxies', () => {
    expect(scored('Interior Minister Lena Berg said the teachers had been trained and paid by Belarus.')).toEqual([]);
  });

  it('reads "used its mission as a cover for espionage" and "armed the attackers" in a quotation', () => {
    expect(scored('"Belarus used its embassy as a cover for espionage," Interior Minister Lena Berg said.')).toEqual(['Lena Berg -ACCUSED-> Belarus']);
    expect(scored('"Belarus armed the attackers," Interior Minister Lena Berg said.')).toEqual(['Lena Berg -ACCUSED-> Belarus']);
  });
});

describe('"both sides accused each other" after onlookers are named (session 25)', () => {
  it('reads the two states the story has set against each other, not the last two it named', () => {
    const body =
      'Laos expelled a Vietnamese diplomat on Monday. Vietnam accused Laos of provoking the row. Japan urged restraint, while India offered to mediate. The dispute began in May, when both sides accused each other of moving border posts.';
    const edges = scored(body);
    expect(edges).toContain('Laos -ACCUSED-> Vietnam');
    expect(edges).toContain('Vietnam -ACCUSED-> Laos');
    expect(edges).not.toContain('Japan -ACCUSED-> India');
    expect(edges).not.toContain('India -ACCUSED-> Japan');
  });
});

describe('a gerund opening the sentence, British acronyms and Naypyitaw (session 25)', () => {
  it('gives "By expelling X, <state> ..." to the main clause\'s subject, not the quotation\'s speaker', () => {
    const body = '"By expelling a Thai envoy, Naypyitaw is telling Asean that criticism has a price," said analyst Suda Chai.';
    expect(scored(body)).toEqual(['Myanmar -EXPELLED-> Thailand']);
    expect(scored('After expelling a Thai envoy, Cambodia recalled its own ambassador.')).toEqual(['Cambodia -EXPELLED-> Thailand']);
  });

  it('reads "Nato", "Ecowas", "Igad" as the bodies, as British style writes them', () => {
    expect(scored('Ecowas accused Mali of breaking the transition deal.')).toEqual(['ECOWAS -ACCUSED-> Mali']);
  });
});

describe('"him" after a subject with a person in apposition (session 25)', () => {
  it('reads "<State>\'s president, <Name>, telephoned him to congratulate him" as someone else congratulated', () => {
    const body = 'Allies rallied behind Captain Moussa Diallo. Guinea\'s transitional president, General Mamadi Kaba, telephoned him on Sunday to congratulate him.';
    expect(scored(body)).toEqual(['Mamadi Kaba -CONGRATULATED-> Moussa Diallo']);
  });
});

describe('"..., a charge it has denied" after an accusation (session 25)', () => {
  it('gives the denial to the one accused, against each accuser', () => {
    expect(scored('Uganda has been accused by Kinshasa and by Human Rights Watch of arming the rebels, a charge it has consistently denied.')).toEqual([
      'DR Congo -ACCUSED-> Uganda',
      'Human Rights Watch -ACCUSED-> Uganda',
      'Uganda -DENIED-> DR Congo',
      'Uganda -DENIED-> Human Rights Watch',
    ]);
    expect(scored('Kinshasa accuses Kigali of arming the rebels, a charge it denies.')).toEqual(['DR Congo -ACCUSED-> Rwanda', 'Rwanda -DENIED-> DR Congo']);
  });
});

describe('"<State>\'s most senior diplomat" as the subject (session 25)', () => {
  it('reads a state\'s described diplomat given hours to leave as the state expelled', () => {
    expect(scored('Uganda\'s most senior diplomat in Kigali was given 48 hours to leave the country by the Rwandan foreign ministry.')).toEqual([
      'Rwandan Foreign Ministry -EXPELLED-> Uganda',
    ]);
    expect(scored('Uganda\'s most senior diplomat was expelled by Rwanda.')).toEqual(['Rwanda -EXPELLED-> Uganda']);
  });
});

describe('a harm "ordered from" a capital (session 25)', () => {
  it('reads "the attack was ordered from <capital>" as an accusation of that state, unless the speaker is its own', () => {
    expect(scored('"The attack on our police was ordered from Minsk," Prime Minister Ona Vaitkus wrote.')).toEqual(['Ona Vaitkus -ACCUSED-> Belarus']);
    expect(scored('Belarusian Minister Ivan Lis said the bombing was coordinated from Minsk.')).toEqual([]);
    expect(scored('The meeting was organised from Minsk, Prime Minister Ona Vaitkus said.')).toEqual([]);
  });
});

describe('"an embassy spokesperson" after a quotation naming another side (session 25)', () => {
  it('reads the spokesperson as the embassy told of before, not the authorities the quotation names', () => {
    const body =
      'Niger accused the French Embassy in Niamey of meeting rebels. The French Embassy in Niamey rejected the allegations. "These claims are categorically false. Every trip was agreed with the relevant Nigerien authorities," an embassy spokesperson said.';
    const edges = scored(body);
    expect(edges).not.toContain('Niger -DENIED-> the accusations');
    const denials = edges.filter((e) => e.includes('DENIED'));
    expect(denials.length).toBeGreaterThan(0);
    expect(denials.every((e) => e.startsWith('French Embassy'))).toBe(true);
  });
});

describe('"the Zionist Mossad" in state media (session 25)', () => {
  it('reads "Zionist" before a body as Israeli', () => {
    expect(scored('The IRGC said the team had been "recruited, trained and equipped by the Zionist Mossad".')).toEqual(['IRGC -ACCUSED-> Mossad']);
  });
});

describe('"the two agencies": the pair of bodies told of before (session 26)', () => {
  it('reads "the two bodies" as the last two agencies, and as nobody when no pair was told', () => {
    const pair = 'Senegal Police arrested two men on Friday. The arrests put the police at odds with the Intelligence Directorate of Senegal. The two bodies said in a joint statement that the men had acted on the instructions of Malian intelligence.';
    expect(scored(pair).sort()).toEqual(['Intelligence Directorate -ACCUSED-> Mali', 'Senegal Police -ACCUSED-> Mali']);
    expect(scored('Both agencies said the men had acted on the instructions of Malian intelligence.')).toEqual([]);
  });
});

describe('"Libya\'s Tripoli-based government", and "the town of X" (session 26)', () => {
  it('reads a state\'s government past a compound that opens on a name', () => {
    expect(scored("Sudan's Khartoum-based government ordered three Chadian diplomats to leave the country.")).toEqual(['Sudan -EXPELLED-> Chad']);
  });
  it('reads the name after "the town of" as a place, so "he" is not that place', () => {
    const body = 'The decision was announced by Foreign Minister Omar Haddad, who told reporters that guards had stopped a truck near the town of Bani Walid. He accused Chad of arming the rebels.';
    expect(scored(body)).toEqual(['Omar Haddad -ACCUSED-> Chad']);
  });
});

describe('congratulated "by Arab and Turkish leaders", "and by" past a quote, "the authority" (session 26)', () => {
  it('reads a headline participle with "by" past a describing word as passive', () => {
    const edges = scored('Leaders have congratulated Ghanaian President John Mahama on his victory.', "Ghana's Mahama congratulated by Arab and Turkish leaders");
    expect(edges).toContain('Türkiye -CONGRATULATED-> John Mahama');
    expect(edges).not.toContain('John Mahama -CONGRATULATED-> Türkiye');
  });
  it('finds the second agent after "and by" past a quotation in the first one\'s aside', () => {
    const body = 'John Mahama was congratulated by Togolese President Faure Gnassingbe, who praised the "deep ties" between the two neighbours, and by Nigerian President Bola Tinubu, who phoned him.';
    expect(scored(body).filter((e) => e.includes('CONGRATULATED')).sort()).toEqual(['Bola Tinubu -CONGRATULATED-> John Mahama', 'Faure Gnassingbe -CONGRATULATED-> John Mahama']);
  });
  it('reads "the authority" as the body named with that word before', () => {
    const body = 'The National Electoral Authority announced the result on Sunday. Opposition candidate Kofi Mensah accused the authority of inflating turnout. The authority rejected the accusations.';
    expect(scored(body)).toEqual(['Kofi Mensah -ACCUSED-> National Electoral Authority', 'National Electoral Authority -DENIED-> Kofi Mensah']);
  });
});

describe('"its coast guard": what only a state has (session 26)', () => {
  it('gives "its" before a state organ to the state told of last, not to a body in between', () => {
    const body = "Qatar on Monday declared the Omani Embassy's naval attache persona non grata, a day after its coast guard accused an Omani patrol boat of entering Qatari waters.";
    expect(scored(body)).toEqual(['Qatar -ACCUSED-> Oman', 'Qatar -EXPELLED-> Oman']);
  });
});

describe('"his suspected role", "Chinese state security authorities" (session 26)', () => {
  it('reads "suspected" after a possessive as an adjective, not as an accusing verb', () => {
    const body = "Norway on Friday declared a Russian diplomat persona non grata over his suspected role in buying drone parts, the Foreign Ministry said.";
    expect(scored(body)).toEqual(['Norway -EXPELLED-> Russia']);
  });
  it('reads a demonym before "state security authorities" as the state', () => {
    expect(scored('Prime Minister Jonas Berg said Russian state security authorities were behind the scheme.')).toEqual(['Jonas Berg -ACCUSED-> Russia']);
    expect(scored('Prime Minister Jonas Berg said the Russian state is behind the scheme.')).toEqual(['Jonas Berg -ACCUSED-> Russia']);
  });
});

describe('a state\'s name that ends an outlet\'s name (session 26)', () => {
  it('keeps "Azerbaijan" the state when the article also names Baku or Azerbaijanis', () => {
    const body =
      'Azerbaijan has ordered a Russian diplomat to leave the country. Baku said the diplomat had funded Russian-language groups. Police detained staff of the Sputnik Azerbaijan news agency last year.';
    const edges = scored(body);
    expect(edges).toContain('Azerbaijan -EXPELLED-> Russia');
    expect(edges.some((e) => e.startsWith('Sputnik'))).toBe(false);
  });
  it('still reads the surname of a person named in full when the state is told of by no other form', () => {
    expect(scored('Michael Jordan, a businessman from Texas, visited Ghana last week. Jordan accused Ghana of bias.')).toEqual(['Michael Jordan -ACCUSED-> Ghana']);
  });
});

describe('"Supervisor of Elections Litia Qionibaravi": an office\'s field before the name (session 26)', () => {
  it('reads the last two words of the run after "<Office> of" as the name', () => {
    const body = 'Opposition leader Sefo Vaai accused the Elections Office of rigging the count. Supervisor of Elections Mele Taufa described the allegations as "baseless".';
    expect(scored(body)).toEqual(['Mele Taufa -DENIED-> Sefo Vaai', 'Sefo Vaai -ACCUSED-> Elections Office']);
    expect(edgesOf('Director of Public Prosecutions Max Hill accused Iran of plotting the attack.').map((e) => e.source)).toContain('Max Hill');
  });
});

describe('"..., and on October 24 an Azerbaijani counsellor was ordered to leave by the ministry" (session 26)', () => {
  it('finds the subject after a time phrase with no comma, and the agent of "ordered to leave by"', () => {
    expect(scored('On Monday an Estonian diplomat was ordered to leave by the Russian Foreign Ministry.')).toEqual(['Russian Foreign Ministry -EXPELLED-> Estonia']);
  });
  it('opens a clause at ", and" before a time phrase and an actor', () => {
    const body = 'The Russian Foreign Ministry dismissed the allegations as "absurd," and on October 24 an Estonian diplomat in Moscow was ordered to leave by the ministry.';
    expect(scored(body)).toContain('Russian Foreign Ministry -EXPELLED-> Estonia');
  });
});

describe('"has since been accused by" (session 26)', () => {
  it('reads "since" after an auxiliary as an adverb, not as opening a clause', () => {
    expect(scored('Ambassador Petra Novak has since been accused by Igor Mashkov of spying.')).toEqual(['Igor Mashkov -ACCUSED-> Petra Novak']);
    expect(scored('Relations have been tense since Igor Mashkov accused Petra Novak of spying.')).toEqual(['Igor Mashkov -ACCUSED-> Petra Novak']);
  });
});

describe('"by the official APS news agency", and a "by" that is another participle\'s (session 26)', () => {
  it('reads "the official <Name> news agency" as the agent, past "official"', () => {
    expect(scored('Abu Dhabi was accused by the official APS news agency of spreading lies.')).toEqual(['APS -ACCUSED-> United Arab Emirates']);
  });
  it('does not take the agent of "a statement carried by" for the one who ordered a departure', () => {
    const body = 'Two Malian diplomats were ordered to leave Algerian territory within 72 hours, the Algerian foreign ministry said in a statement carried by the official APS news agency.';
    const edges = scored(body);
    expect(edges.some((e) => e.startsWith('APS'))).toBe(false);
    expect(edges).toContain('Algeria -EXPELLED-> Mali');
  });
});

describe('"Two weeks later, he ...": the previous sentence\'s subject (session 26)', () => {
  it('reads a he after an opening phrase of time as the subject before, not the last person named', () => {
    const body = 'President Ali Karimov did not send a message to Emir Tamim bin Hamad on Qatar\'s national day. Two weeks later, he congratulated King Abdullah II on Jordan\'s independence day.';
    expect(scored(body)).toEqual(['Ali Karimov -CONGRATULATED-> Abdullah II']);
  });
});

describe('"Prosecutors have accused X" after the prosecutor\'s office was named (session 26)', () => {
  it('reads sentence-opening "Prosecutors" as the prosecution office told of before, and as no one without it', () => {
    const body = "Romania's Anti-Corruption Prosecutor's Office said it had searched 40 addresses. Prosecutors have accused Ion Marin, a businessman, of organising the payments. Marin has dismissed the case as politically motivated.";
    expect(scored(body)).toEqual(["Ion Marin -DENIED-> Romanian Anti-Corruption Prosecutor's Office", "Romanian Anti-Corruption Prosecutor's Office -ACCUSED-> Ion Marin"]);
    expect(scored('Prosecutors have accused Ion Marin, a businessman, of organising the payments.')).toEqual([]);
  });
});

describe('"by King Salman of Saudi Arabia and Crown Prince Mohammed bin Salman" (session 26)', () => {
  it('goes on to the second agent past the first one\'s state', () => {
    const body = 'Sultan Haitham bin Tarik was congratulated by King Abdullah II of Jordan and Crown Prince Hussein bin Abdullah.';
    expect(scored(body).sort()).toEqual(['Abdullah II -CONGRATULATED-> Haitham bin Tarik', 'Hussein bin Abdullah -CONGRATULATED-> Haitham bin Tarik']);
  });
});

describe('"X and Y, who sent similar messages" (session 26)', () => {
  it('gives a non-restrictive "who" after a coordination to every actor of it', () => {
    const body = 'President Ali Karimov congratulated King Abdullah II on Jordan\'s independence day. He was joined by Vice President Omar Saleh and Prime Minister Leila Nasser, who sent similar messages to the King.';
    expect(scored(body)).toEqual(['Ali Karimov -CONGRATULATED-> Abdullah II', 'Leila Nasser -CONGRATULATED-> Abdullah II', 'Omar Saleh -CONGRATULATED-> Abdullah II']);
  });
});

describe('"said X had recruited an officer to pass on details" (session 26)', () => {
  it('reads recruiting someone to spy as the wrong itself, and plain recruiting as none', () => {
    expect(scored('The Security Information Agency said Marko Horvat had recruited a Serbian army officer to pass on details of troop deployments.')).toEqual(['Security Information Agency -ACCUSED-> Marko Horvat']);
    expect(scored('The Security Information Agency said Marko Horvat had recruited a Serbian army officer to teach at the academy.')).toEqual([]);
  });
});

describe('"ordered a Croatian diplomat to leave, after the BIA said he had ..." (session 26)', () => {
  it('reads "he" after a reporting verb as the unnamed national told of in the same sentence', () => {
    const body = 'Serbia on Thursday ordered a Croatian diplomat to leave the country, after the Security Information Agency said he had recruited an army officer to pass on details of troop deployments.';
    expect(scored(body)).toEqual(['Security Information Agency -ACCUSED-> Croatia', 'Serbia -EXPELLED-> Croatia']);
  });
});

describe('"Niger\'s military ruler, X, had accused" (session 27)', () => {
  it('reads "military ruler" as an office with its holder in apposition, not as the armed forces', () => {
    const body = "Hours earlier, Chad's military ruler, Idriss Mahamat, had accused Sudan of arming the rebels.";
    expect(scored(body)).toEqual(['Idriss Mahamat -ACCUSED-> Sudan']);
  });
});

describe('"X told MPs that Sudan\'s foreign minister, Y, had accused Kenya" (session 27)', () => {
  it('gives a relayed accusation to the one who made it, not to the one relaying it', () => {
    const body = "Foreign Minister Amina Odhiambo told MPs that Ethiopia's Foreign minister, Tesfaye Alemu, had accused Kenya of arming the rebels.";
    expect(scored(body)).toEqual(['Tesfaye Alemu -ACCUSED-> Kenya']);
  });
  it('reads "Ethiopian officials had accused" as Ethiopia\'s accusation alone, but still credits a speaker with its own agency\'s finding', () => {
    expect(scored('Foreign Minister Amina Odhiambo said Ethiopian officials had accused Kenyan security agencies of sheltering rebels.')).toEqual(['Ethiopia -ACCUSED-> Kenya']);
    expect(scored('Foreign Minister Amina Odhiambo said the National Intelligence Service had accused Ethiopia of arming the rebels.')).toEqual(['Amina Odhiambo -ACCUSED-> Ethiopia', 'National Intelligence Service -ACCUSED-> Ethiopia']);
  });
});

describe('"Foreign Affairs CS Musalia Mudavadi" (session 27)', () => {
  it('reads "CS" (cabinet secretary) as a title, not part of the name', () => {
    expect(scored('Foreign Affairs CS Amina Odhiambo accused Ethiopia of arming the rebels.')).toEqual(['Amina Odhiambo -ACCUSED-> Ethiopia']);
  });
});

describe('"blamed the M23 for the attack" (session 27)', () => {
  it('reads a capital and two digits as a group, but not a code before a road or a weapon', () => {
    expect(scored('President Jakaya Mwinyi blamed the M23 for the attack.')).toEqual(['Jakaya Mwinyi -ACCUSED-> M23']);
    expect(nodes('The suspect photographed convoys on the S8 and S19 expressways and J20 fighter jets near the M23 rebels.', 'Agency')).toEqual(['M23']);
  });
});

describe('"said that Kigali had \\"no role\\" in the incident, calling the allegations ..." (session 27)', () => {
  it('gives a speaking participle after a reported clause to the speaker, and the clause\'s "no" does not negate it', () => {
    const body = 'South Africa accused Rwanda of supplying the drone. Rwandan government spokesperson Claudine Uwera said that Kigali had "no drones and no role" in the incident, calling the allegations "a recycled narrative".';
    expect(scored(body)).toEqual(['Claudine Uwera -DENIED-> South Africa', 'South Africa -ACCUSED-> Rwanda']);
  });
});

describe('"In Paris, the foreign ministry rejected the accusations" (session 27)', () => {
  it('places an unnamed ministry in the state whose capital the sentence opens in, and an earlier one on the article\'s side', () => {
    const body = 'Mali expelled a French diplomat on Monday. The foreign ministry accused France of meddling. In Paris, the foreign ministry rejected the accusations.';
    expect(scored(body)).toEqual(['French Foreign Ministry -DENIED-> Malian Foreign Ministry', 'Mali -EXPELLED-> France', 'Malian Foreign Ministry -ACCUSED-> France']);
    const twoWords = 'Venezuela expelled an Argentine diplomat on Monday. The foreign ministry accused Argentina of meddling. In Buenos Aires, the foreign ministry rejected the accusations.';
    expect(scored(twoWords)).toEqual(['Argentine Foreign Ministry -DENIED-> Venezuelan Foreign Ministry', 'Venezuela -EXPELLED-> Argentina', 'Venezuelan Foreign Ministry -ACCUSED-> Argentina']);
  });
});

describe('"according to a document seen by AFP" (session 27)', () => {
  it('does not make the outlet that saw a paper the one who speaks', () => {
    expect(scored('Investigators accused France of paying an officer, according to a document seen by AFP.')).toEqual([]);
    expect(scored('Investigators accused France of paying an officer, according to a statement by the Malian Foreign Ministry.')).toEqual(['Malian Foreign Ministry -ACCUSED-> France']);
  });
});

describe('"Members of the opposition Labour Party accused" (session 27)', () => {
  it('reads the people of a body opening the sentence as the body, past its describing words and its state\'s possessive', () => {
    expect(scored('Members of the opposition Labour Party accused Russia of lying.')).toEqual(['Labour Party -ACCUSED-> Russia']);
    expect(scored("Lawmakers from Spain's conservative Popular Party accused Russia of lying.")).toEqual(['Popular Party -ACCUSED-> Russia']);
  });
  it('reads a capitalised title word that opens a party\'s name as part of the name', () => {
    expect(nodes("Britain's opposition Labour Party accused Russia of lying.", 'Agency')).toEqual(['Labour Party']);
  });
});

describe('"two employees of the Russian Embassy ... the two men" (session 27)', () => {
  it('reads a counted group back as the group of that many, not the last people named', () => {
    const body = 'Germany ordered two employees of the Russian Embassy to leave, accusing them of flying drones over bases where Ukrainian troops train. The Foreign Office said the two men had been declared persona non grata.';
    // (The Foreign Office is Germany's here, which the article does not say: a foreign ministry of no stated state, not Britain's.)
    expect(scored(body)).toEqual(['Foreign Ministry -EXPELLED-> Russia', 'Germany -ACCUSED-> Russia', 'Germany -EXPELLED-> Russia']);
  });
});

describe('"sent a convicted diplomat home as part of a prisoner swap" (session 27)', () => {
  it('reads sending someone home in a swap as a release, and plain sending home as an expulsion', () => {
    expect(scored('Belgium, which in 2023 sent a convicted Iranian diplomat home as part of a prisoner swap, was more cautious.')).toEqual([]);
    expect(scored('Belgium sent an Iranian diplomat home on Tuesday.')).toEqual(['Belgium -EXPELLED-> Iran']);
  });
});

describe('"declared an official at the Iranian Embassy persona non grata over his alleged role and given him two weeks" (session 27)', () => {
  it('reads "his" and "him" as the unnamed official of the post, not the last person named', () => {
    const body = "Iranian spokesperson Esmaeil Baghaei rejected the claims. The Dutch foreign ministry said it had declared an official at the Iranian Embassy persona non grata over his alleged role in the plot and given him two weeks to leave.";
    expect(scored(body).filter((r) => r.includes('EXPELLED'))).toEqual(['Dutch Foreign Ministry -EXPELLED-> Iran']);
  });
  it('still reads "him" as a person named in apposition to the post\'s member', () => {
    const body = 'Ottawa expelled Zhao Wei, a diplomat at the Chinese consulate in Toronto, after CSIS accused him of targeting an MP.';
    expect(scored(body)).toEqual(['CSIS -ACCUSED-> Zhao Wei', 'Canada -EXPELLED-> Zhao Wei']);
  });
});

describe('"Relations between Ouagadougou and Paris ... the junta expelled" (session 27)', () => {
  it('reads "the junta" as the junta-run state told of last, not the last junta named', () => {
    const body = "Burkina Faso's military government expelled a French official on Thursday. Mali's junta leader Assimi Goita telephoned Captain Ibrahim Traore to congratulate him. Relations between Ouagadougou and Paris have been frozen since 2023. In April 2024 the junta expelled three French diplomats.";
    expect(scored(body).filter((r) => r.includes('EXPELLED'))).toEqual(['Burkina Faso -EXPELLED-> France']);
  });
});

describe('"declared the diplomat persona non grata ... and accused him" (session 27)', () => {
  it('reads an object "him" as the one diplomat told of before in the sentence, not the ministry', () => {
    const body = 'Estonia has ordered a Russian diplomat to leave the country. The Ministry of Foreign Affairs declared the diplomat persona non grata on Wednesday and accused him of recruiting arsonists.';
    expect(scored(body)).toEqual(['Estonia -EXPELLED-> Russia', 'Foreign Ministry -ACCUSED-> Russia', 'Foreign Ministry -EXPELLED-> Russia']);
  });
});

describe('"Maj-Gen Zaw Min Tun", "PM Wong": abbreviated ranks and offices (session 28)', () => {
  it('keeps a hyphenated rank out of the name', () => {
    const body = 'Maj-Gen Aung Kyaw Lin said the army had not fired and blamed the rebels. Lt-Col Thandar Win accused Thailand of harbouring them.';
    expect(nodes(body, 'Person')).toEqual(['Aung Kyaw Lin', 'Thandar Win']);
  });
  it('reads "PM" before a name as an office', () => {
    expect(nodes('PM Tan praised the ruling. Mr Tan spoke on Monday.', 'Person')).toEqual(['Tan']);
  });
});

describe('"Prime Minister X ... The premier dismissed" (session 28)', () => {
  it('reads "the premier" as the prime minister named before', () => {
    const body = 'Prime Minister Imran Qadir chaired a cabinet meeting in Islamabad on Friday. The premier accused New Delhi of fomenting unrest.';
    expect(scored(body)).toEqual(['Imran Qadir -ACCUSED-> India']);
  });
});

describe('"X and Y accused Z ... Z rejects the insinuations" (session 28)', () => {
  it('answers each author of a joint accusation', () => {
    const body = 'France and Germany on Monday accused Hungary of blocking the aid package. Budapest rejected the accusations as baseless.';
    expect(scored(body)).toEqual(['France -ACCUSED-> Hungary', 'Germany -ACCUSED-> Hungary', 'Hungary -DENIED-> France', 'Hungary -DENIED-> Germany']);
  });
  it('answers only the last accuser when the accusations were made apart', () => {
    const body = 'France accused Hungary of blocking the aid package on Monday. Germany accused Hungary of the same on Tuesday. Budapest rejected the accusations as baseless.';
    expect(scored(body)).toEqual(['France -ACCUSED-> Hungary', 'Germany -ACCUSED-> Hungary', 'Hungary -DENIED-> Germany']);
  });
});

describe('"... he said. Officials accused Naypyitaw of ..." (session 28)', () => {
  it('reads a bare "Officials" opening a sentence as the officials of the person who spoke before', () => {
    const body = 'Thai Foreign Minister Maris Sangiampongsa spoke in Bangkok on Monday. "The evidence is clear," he said. Officials accused Naypyitaw of ignoring five protest notes.';
    expect(scored(body)).toEqual(['Thailand -ACCUSED-> Myanmar']);
  });
  it('leaves officials placed by what follows, and officials with no side before them, to no one', () => {
    expect(scored('Two soldiers died on Friday. Officials accused Rwanda of supplying the drone.')).toEqual([]);
    expect(scored('Thai Foreign Minister Maris Sangiampongsa spoke on Monday. Officials in Yangon accused Cambodia of lying.')).not.toContain('Thailand -ACCUSED-> Cambodia');
  });
});

describe('"two Iranian diplomats ... Israeli diplomats ... the two diplomats ... the pair" (session 28)', () => {
  it('reads a counted group and "the pair" as the group of that many, not the last people of that noun', () => {
    const body = "Azerbaijan expelled two Iranian diplomats on Thursday. Azerbaijan's State Security Service said its officers had watched the homes of Israeli diplomats for weeks. The service accused the two diplomats of financing the cell. The Azerbaijani Foreign Ministry said the pair had been declared persona non grata.";
    expect(scored(body)).toEqual(['Azerbaijan -EXPELLED-> Iran', 'Azerbaijani Foreign Ministry -EXPELLED-> Iran', 'Azerbaijani State Security Service -ACCUSED-> Iran']);
  });
});

describe('"Foreign Minister X accused Iran\'s Ministry of Intelligence ... The ministry also accused Tehran" (session 28)', () => {
  it('reads "the ministry" opening the next sentence as the minister\'s own ministry, not the one accused', () => {
    const body = "Türkiye ordered two Iranian consulate staff to leave, the Foreign Ministry said on Monday. Foreign Minister Hakan Fidan accused Iran's Ministry of Intelligence of directing the plot. The ministry also accused Tehran of ignoring repeated warnings.";
    expect(scored(body).filter((r) => r.includes('ACCUSED'))).toEqual(['Foreign Ministry -ACCUSED-> Iran', 'Hakan Fidan -ACCUSED-> Iranian Ministry of Intelligence']);
  });
});

describe('"Bamako and Niamey responded ... The two capitals accused Algiers" (session 28)', () => {
  it('reads "the two capitals" as the states whose capitals were just listed', () => {
    expect(scored('Bamako and Niamey responded on Monday with a joint statement. The two capitals accused Algiers of sponsoring terrorism.')).toEqual(['Mali -ACCUSED-> Algeria', 'Niger -ACCUSED-> Algeria']);
  });
});

describe('"Three Malian consular officials ... said the three had engaged in" (session 28)', () => {
  it('reads "the three" as the group of three told of before', () => {
    const body = 'Three Malian consular officials have been expelled by Algeria. The Algerian Ministry of Foreign Affairs said the three had engaged in activities incompatible with their status.';
    expect(scored(body)).toEqual(['Algeria -EXPELLED-> Mali', 'Algerian Foreign Ministry -ACCUSED-> Mali']);
  });
});

describe('"The decision was announced by X", "X announced that expulsion" (session 28)', () => {
  it('makes the announcer of an expulsion told just before its author, also of one told with no author', () => {
    expect(scored('Three Malian consular officials have been declared persona non grata and given 48 hours to leave the country. The decision was announced late on Sunday by the Algerian Ministry of Foreign Affairs.')).toEqual(['Algerian Foreign Ministry -EXPELLED-> Mali']);
    expect(scored('Wellington expelled a Chinese diplomat on Tuesday. New Zealand Foreign Minister David Harland announced that expulsion on Wednesday.')).toEqual(['David Harland -EXPELLED-> China', 'New Zealand -EXPELLED-> China']);
    expect(scored('Three Russian diplomats were expelled by Poland. The expulsion was announced on Tuesday by foreign minister Radosław Sikorski.')).toEqual(['Poland -EXPELLED-> Russia', 'Radosław Sikorski -EXPELLED-> Russia']);
  });
  it('leaves a decision with no expulsion before it alone', () => {
    expect(scored('Germany raised tariffs on Chinese steel. The decision was announced on Monday by Chancellor Friedrich Merz.')).toEqual([]);
    expect(scored('Russia expelled two Estonian diplomats in 2021. Trade talks stalled for a year. Parliament debated the budget. The decision was announced by Kaja Kallas.')).toEqual(['Russia -EXPELLED-> Estonia']);
  });
});

describe('"Kim Song-il, the North\'s vice foreign minister, ... The vice minister blamed" (session 28)', () => {
  it('gives a person the office apposed to the name, so that the office later finds them', () => {
    const body = "First Vice Foreign Minister Park Min-soo summoned the Russian ambassador. Park blamed Moscow for undermining sanctions. Kim Song-il, the North's vice foreign minister in charge of Russian affairs, dismissed the claim. The vice minister blamed South Korea for dancing to the tune of its American master.";
    expect(scored(body).filter((r) => r.includes('ACCUSED'))).toEqual(['Kim Song-il -ACCUSED-> South Korea', 'Park Min-soo -ACCUSED-> Russia']);
  });
});

describe('"Russian Ambassador X ... The envoy blamed Tokyo" (session 28)', () => {
  it('reads "the envoy" as the ambassador named before', () => {
    const body = 'Vice Foreign Minister Hiroshi Okada summoned Russian Ambassador Yevgeny Korsakov on Friday. The envoy blamed Tokyo for following Washington.';
    expect(scored(body)).toEqual(['Yevgeny Korsakov -ACCUSED-> Japan']);
  });
});

describe('"rejected the protest" (session 28)', () => {
  it('reads rejecting a protest as a denial aimed at the protester', () => {
    const body = 'Japan accused Russia of mistreating its consul and lodged a formal protest. The Russian ambassador rejected the protest on Friday.';
    expect(scored(body).filter((r) => r.includes('DENIED'))).toEqual(['Russia -DENIED-> Japan']);
  });
});

describe('"was attributed by X to Y", "was attributed to Y by X" (session 28)', () => {
  it('reads a passive attribution with its author as the author\'s accusation', () => {
    expect(scored("The breach was attributed by the Government Communications Security Bureau (GCSB), New Zealand's signals intelligence agency, to China's Ministry of State Security.")).toEqual(['Government Communications Security Bureau -ACCUSED-> MSS']);
    expect(scored('The attack was attributed to China by Australia on Monday.')).toEqual(['Australia -ACCUSED-> China']);
  });
  it('leaves remarks attributed to someone, with no author of the attribution, alone', () => {
    expect(scored('The remarks were attributed to the Chinese ambassador.')).toEqual([]);
  });
});

describe('"the Foreign Office" of Britain, Pakistan or Germany (session 29)', () => {
  it('reads every name of a state\'s foreign office as that state\'s foreign ministry', () => {
    for (const subject of ['The UK Foreign Office', 'The British Foreign Office', "Britain's foreign ministry", 'The FCDO', 'The Foreign, Commonwealth and Development Office']) {
      expect(scored(`${subject} accused Russia of lying.`), subject).toEqual(['British Foreign Ministry -ACCUSED-> Russia']);
    }
    for (const subject of ['The Pakistani Foreign Office', "Pakistan's foreign office"]) expect(scored(`${subject} accused India of lying.`), subject).toEqual(['Pakistani Foreign Ministry -ACCUSED-> India']);
    for (const subject of ['The German Foreign Office', 'The Federal Foreign Office']) expect(scored(`${subject} accused Russia of lying.`), subject).toEqual(['German Foreign Ministry -ACCUSED-> Russia']);
  });

  it('reads "the Foreign Office" alone as Britain\'s only where the article names Britain or is datelined there', () => {
    expect(scored('Britain expelled a Russian diplomat. The Foreign Office accused Russia of spying.')).toContain('British Foreign Ministry -ACCUSED-> Russia');
    expect(scored('LONDON — The Foreign Office accused Russia of lying.')).toEqual(['British Foreign Ministry -ACCUSED-> Russia']);
    expect(scored('Pakistan expelled an Indian diplomat on Monday. The Foreign Office accused India of spying.')).toContain('Foreign Ministry -ACCUSED-> India');
  });

  it('reads a ministry of no stated state as the dateline state\'s, unless the article names a ministry of that field', () => {
    expect(scored('ISLAMABAD — The Foreign Office accused British officials of lying.')).toEqual(['Pakistani Foreign Ministry -ACCUSED-> United Kingdom']);
    expect(scored('MOSCOW (Reuters) - The Defence Ministry accused Ukraine of shelling the plant.')).toEqual(['Russian Defence Ministry -ACCUSED-> Ukraine']);
    expect(scored('BEIJING — The foreign ministry accused the United States of hypocrisy.')).toEqual(['Chinese Foreign Ministry -ACCUSED-> United States']);
    expect(scored('GENEVA — The Foreign Ministry accused Iran of lying.')).toEqual(['Foreign Ministry -ACCUSED-> Iran']);
  });
});

describe('"a hacking group known as APT40" (session 29)', () => {
  it('reads a group the text names, whatever the shape of the name, as an agency', () => {
    for (const object of ['a hacking group known as APT40', 'the APT40 group', 'a cyber-espionage group called APT40', 'the hacking group APT40']) {
      expect(scored(`Australia accused ${object} of attacking its networks.`), object).toEqual(['Australia -ACCUSED-> APT40']);
    }
    expect(scored('Britain accused a group dubbed Fancy Bear of hacking the agency.')).toEqual(['United Kingdom -ACCUSED-> Fancy Bear']);
  });
  it('gives the group the state of the nationality before it, and leaves unnamed groups alone', () => {
    expect(nodes('Australia accused the Chinese state-backed group APT40 of attacking its networks.', 'Agency')).toEqual(['APT40']);
    expect(edgesOf('Australia accused the Chinese state-backed group APT40 of attacking its networks.').map((e) => `${e.source} -${e.relation}-> ${e.target}`)).toContain('APT40 -PART_OF-> China');
    expect(scored('Australia accused a group of hackers of attacking its networks.')).toEqual([]);
    const lazarus = edgesOf("Seoul blamed North Korea's Lazarus group for the theft.").map((e) => `${e.source} -${e.relation}-> ${e.target}`);
    expect(lazarus).toEqual(expect.arrayContaining(['South Korea -ACCUSED-> Lazarus', 'Lazarus -PART_OF-> North Korea']));
    expect(scored('Chinese hacking group APT40 was blamed by Australia.')).toEqual(['Australia -ACCUSED-> APT40']);
    expect(nodes('Iran accused the group known as Jaish al-Adl of the attack. Jaish al-Adl denied it.', 'Agency')).toEqual(['Jaish al-Adl']);
    expect(nodes('The group said it had done nothing wrong. A network of activists called for calm.', 'Agency')).toEqual([]);
  });
});

describe('"the Sierra Madre", "the Golden Dawn" (session 29)', () => {
  it('reads an untitled name right after "the" as a body, or a place after a preposition of place, never a person', () => {
    expect(scored('Russia accused the Golden Dawn of plotting.')).toEqual(['Russia -ACCUSED-> Golden Dawn']);
    expect(nodes('Russia accused the Golden Dawn of plotting.', 'Person')).toEqual([]);
    expect(nodes('China accused the Philippines of sending ships to the Sierra Madre.', 'Person')).toEqual([]);
    expect(nodes('China accused the Philippines of sending ships to the Sierra Madre.', 'Place')).toEqual(['Sierra Madre']);
  });
  it('keeps the person whose government or circle the name stands before', () => {
    expect(nodes('The Joe Biden administration expelled 10 Russian diplomats.', 'Person')).toEqual(['Joe Biden']);
  });
  it('keeps the styles that take "the" before a person', () => {
    expect(scored('China accused the Dalai Lama of separatism.')).toEqual(['China -ACCUSED-> Dalai Lama']);
    expect(nodes('China accused the Dalai Lama of separatism.', 'Person')).toEqual(['Dalai Lama']);
    expect(nodes('The Aga Khan congratulated Tajikistan on its independence day.', 'Person')).toEqual(['Aga Khan']);
  });
});

describe('"the ambassador was summoned and told that Dhaka held ..." (session 29)', () => {
  it('never makes the one told the author of what the clause says', () => {
    expect(scored("Myanmar's ambassador, Tin Maung Swe, was summoned to the ministry and told that Dhaka held the Myanmar military responsible for the shelling.")).toEqual(['Bangladesh -ACCUSED-> Myanmar']);
    expect(scored('The ambassador, Ana Ruiz, was told that Quito blamed Bogota for the attack.')).toEqual(['Ecuador -ACCUSED-> Colombia']);
  });
  it('keeps the teller of an active "told ... that" as a speaker', () => {
    expect(scored('Foreign Minister Ana Ruiz told reporters that Ecuador blamed Colombia for the attack.')).toEqual(['Ana Ruiz -ACCUSED-> Colombia', 'Ecuador -ACCUSED-> Colombia']);
  });
});

describe('held-out batches N and O, first run (session 29)', () => {
  it('reads "World War II" as no person, and keeps regnal numbers on people', () => {
    expect(nodes('Kim praised the sacrifices of World War II veterans.', 'Person')).toEqual([]);
    expect(nodes('King Charles III congratulated Canada on its national day.', 'Person')).toEqual(['Charles III']);
  });
  it('reads a registry and a wing as the bodies they head', () => {
    expect(scored("The National Civil Registry accused the opposition of lying.")).toEqual([]);
    expect(nodes('The National Civil Registry rejected the claim.', 'Agency')).toEqual(['National Civil Registry']);
    expect(scored("India's Research and Analysis Wing was accused by Pakistan of running the network.")).toEqual(['Pakistan -ACCUSED-> Indian Research and Analysis Wing']);
  });
  it('reads a message of thanks for congratulations as no congratulation by its sender', () => {
    expect(scored('Chinese President Xi Jinping sent Kim Jong Un a message of thanks for his congratulations.')).toEqual([]);
    expect(scored('Chinese President Xi Jinping sent a message thanking Kim Jong Un for his congratulations.')).toEqual([]);
    expect(scored('Chinese President Xi Jinping sent Kim Jong Un a message of congratulations on the anniversary.')).toEqual(['Xi Jinping -CONGRATULATED-> Kim Jong Un']);
  });
});

describe('"tension with Tehran. It expelled ..." (session 29)', () => {
  it('reads an "It" opening a sentence as an actor of the sentence before that no preposition governs', () => {
    expect(scored('Britain has a long history of tension with Tehran. It expelled all Iranian diplomats in 2011.')).toEqual(['United Kingdom -EXPELLED-> Iran']);
  });
  it('still reads it as the object an accusation named', () => {
    expect(scored('Ghana accused Togo of harbouring rebels. It denied the charge on Friday.')).toEqual(['Ghana -ACCUSED-> Togo', 'Togo -DENIED-> Ghana']);
  });
});

describe('"gave its embassy staff 24 hours to leave" (session 29)', () => {
  it('reads a state\'s envoys after "its" as that state, as a nationality would be read', () => {
    expect(scored('Albania cut ties with Iran and gave its embassy staff 24 hours to leave.')).toEqual(['Albania -EXPELLED-> Iran']);
    expect(scored('Poland accused Russia of spying and expelled its diplomats.')).toEqual(['Poland -ACCUSED-> Russia', 'Poland -EXPELLED-> Russia']);
  });
  it('still reads a possessive before anything else as no object', () => {
    expect(scored('Ghana accused its neighbour of lying.')).toEqual([]);
  });
});

describe('"traced the theft to X" (session 29)', () => {
  it('reads tracing a harm to someone as an accusation, and tracing anything else as none', () => {
    expect(scored('The NIS traced the theft to North Korea.')).toEqual(['NIS -ACCUSED-> North Korea']);
    expect(scored('Britain traced the poisoning to two GRU officers.')).toEqual(['United Kingdom -ACCUSED-> GRU']);
    expect(scored('Britain traced the funds to banks in Cyprus and Latvia.')).toEqual([]);
  });
});

describe('"X and Y also sent cables" (session 29)', () => {
  it('reads more messages sent after a congratulation as congratulations of the same one', () => {
    const body = "Saudi Crown Prince Mohammed bin Salman congratulated Qatar's emir, Sheikh Tamim bin Hamad Al Thani. Bahrain's King Hamad bin Isa Al Khalifa and Kuwait's Emir Sheikh Mishal also sent cables.";
    expect(scored(body)).toEqual(expect.arrayContaining(['Hamad bin Isa Al Khalifa -CONGRATULATED-> Tamim bin Hamad Al Thani']));
  });
  it('finds the one a similar message went to past a date', () => {
    expect(scored('Kim Jong Un congratulated Xi Jinping. He had sent similar greetings on Sept. 2 to Vietnamese President Luong Cuong.')).toEqual(['Kim Jong Un -CONGRATULATED-> Luong Cuong', 'Kim Jong Un -CONGRATULATED-> Xi Jinping']);
  });
  it('reads no congratulation into messages of something else, or with none told before', () => {
    expect(scored("Bahrain's King Hamad bin Isa Al Khalifa also sent messages of support to Gaza.")).toEqual([]);
    expect(scored("Bahrain's King Hamad bin Isa Al Khalifa also sent cables to the emir.")).toEqual([]);
  });
});

describe('"the blast was planned and directed by X", "the cell was run by X" (session 29)', () => {
  it('reads a harm, its arms or its cell done by someone in a report as an accusation of them', () => {
    expect(scored("Iran said the blast was planned and directed by Israel's Mossad.")).toEqual(['Iran -ACCUSED-> Mossad']);
    expect(scored("Algeria said investigators had concluded that the cell was run by Morocco's foreign intelligence agency.")).toEqual(['Algeria -ACCUSED-> Morocco']);
    expect(scored('Sudan said investigators had concluded that the drones had been supplied by Abu Dhabi.')).toEqual(['Sudan -ACCUSED-> United Arab Emirates']);
    expect(scored('Iran said explosives had been smuggled into the port by members of the group known as Jaish al-Adl.')).toEqual(['Iran -ACCUSED-> Jaish al-Adl']);
  });
  it('reads nothing into what is done by someone that is no harm', () => {
    expect(scored('Officials said the vaccines had been supplied by China.')).toEqual([]);
    expect(scored('Officials said the summit was organised by Qatar.')).toEqual([]);
    expect(scored('The company said the plant was run by Rosatom.')).toEqual([]);
  });
  it('reads an "It" opening a sentence as the subject before, past a statement carried by a news agency', () => {
    const body = 'In a statement carried by the official IRNA news agency, the Ministry of Intelligence said the blast was directed by Israel. It said explosives had been smuggled into the port by members of the group known as Jaish al-Adl.';
    expect(edgesOf(body).filter((e) => e.relation === 'ACCUSED').map((e) => e.source)).toEqual(['Ministry of Intelligence', 'Ministry of Intelligence']);
  });
});

describe('"said the Turkish strike was a flagrant violation of Iraq\'s sovereignty" (session 29)', () => {
  it('reads a reported act said to be a wrong as an accusation of the state the act belongs to', () => {
    expect(scored("The Iraqi foreign ministry said the Turkish strike was a flagrant violation of Iraq's sovereignty.")).toEqual(['Iraqi Foreign Ministry -ACCUSED-> Türkiye']);
    expect(scored('The UN said the Russian invasion was a violation of international law.')).toEqual(['United Nations -ACCUSED-> Russia']);
  });
  it('reads nothing into a negated wrong, one of the speaker\'s own side, or a claim dismissed', () => {
    expect(scored('Iraq said the Turkish strike was not a violation of its sovereignty.')).toEqual([]);
    expect(scored('Kenya said the Kenyan operation was a violation of nothing.')).toEqual([]);
  });
});

describe('"denied Thai claims that Cambodian troops had fired first" (session 29)', () => {
  it('reads a nationality before the claims as their author, for the denial and for what the claims say', () => {
    expect(scored('Cambodian Prime Minister Hun Manet denied Thai claims that Cambodian troops had fired the first rockets.')).toEqual([
      'Hun Manet -DENIED-> Thailand',
      'Thailand -ACCUSED-> Cambodia',
    ]);
    expect(scored('Syria denies Vatican accusations.')).toEqual(['Syria -DENIED-> Vatican City']);
  });
});

describe('"retaliated with the expulsion of", "in the Netherlands, which expelled" (session 29)', () => {
  it('reads answering with an expulsion as expelling', () => {
    expect(scored('Moscow retaliated with the expulsion of ten Dutch diplomats.')).toEqual(['Russia -EXPELLED-> Netherlands']);
    expect(scored('Russia hit back with the expulsion of two Belgian diplomats.')).toEqual(['Russia -EXPELLED-> Belgium']);
    expect(scored('Belgium followed with the expulsion of a counsellor at the Russian Embassy in Brussels.')).toEqual(['Belgium -EXPELLED-> Russia']);
  });
  it('reads a state named as a place as the actor of a relative clause set off after it', () => {
    expect(scored('The case began in the Netherlands, which expelled two Russian diplomats this month.')).toEqual(['Netherlands -EXPELLED-> Russia']);
    expect(scored('Diplomats met in the Netherlands to discuss the case.')).toEqual([]);
  });
});

describe('"repeated that denial", "reiterated its denial" (session 29)', () => {
  it('reads a denial noun its subject makes its own as a denial of the accusation of its side', () => {
    expect(scored('Ethiopia accused Eritrea of arming Fano rebels. Eritrean Information Minister Yemane Gebremeskel repeated that denial on Thursday.')).toContain('Yemane Gebremeskel -DENIED-> Ethiopia');
    expect(scored('Ethiopia accused Eritrea of arming Fano rebels. Eritrea reiterated its denial on Thursday.')).toContain('Eritrea -DENIED-> Ethiopia');
  });
  it('reads no denial where nobody accused the side, or the accuser repeats', () => {
    expect(scored('Eritrea issued a denial on Thursday.')).toEqual([]);
    expect(scored('Ethiopia accused Eritrea of arming rebels. Ethiopia repeated its denial of any role in the coup.')).toEqual(['Ethiopia -ACCUSED-> Eritrea']);
  });
});

describe('"These allegations are without any foundation" (session 29)', () => {
  it('reads claims said to stand on nothing as dismissed, and "not without merit" as no denial', () => {
    expect(scored('Burkina Faso accused France of aiding jihadists. "These allegations are without any foundation," French foreign ministry spokesman Christophe Lemoine said.')).toContain('Christophe Lemoine -DENIED-> Burkina Faso');
    expect(scored('Burkina Faso accused France of aiding jihadists. France said the claims were without merit.')).toContain('France -DENIED-> Burkina Faso');
    expect(scored('Burkina Faso accused France of aiding jihadists. France said the claims were not without merit.')).toEqual(['Burkina Faso -ACCUSED-> France']);
  });
});

describe('"acting on orders from the empire, a phrase the government uses" (session 29)', () => {
  it('takes the giver of orders right after "from", never an actor further on', () => {
    const body = 'MANAGUA (AFP) - Nicaragua on Monday expelled Costa Rica\'s chargé d\'affaires. Co-President Rosario Murillo, speaking on her daily broadcast, accused San José of acting "on orders from the empire," a phrase the government routinely uses for the United States.';
    expect(scored(body)).toEqual(['Nicaragua -EXPELLED-> Costa Rica', 'Rosario Murillo -ACCUSED-> Costa Rica']);
    expect(scored('The agents acted on orders from senior Russian officials, Britain said.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
  });
});

describe('held-out batch R (session 29)', () => {
  it('reads "the accusation was not based on facts" as a denial', () => {
    expect(scored('Vietnam accused China of hacking. The Chinese embassy in Hanoi said the accusation was "not based on facts".')).toContain('Chinese Embassy in Hanoi -DENIED-> Vietnam');
  });
  it('reads an "it" opening a second clause as the sentence\'s subject', () => {
    const body = "Croatia expelled a Serbian diplomat. Serbia's foreign ministry summoned Croatia's ambassador, and it hit back with the expulsion of Croatia's defence attache in Belgrade.";
    expect(scored(body)).toContain('Serbian Foreign Ministry -EXPELLED-> Croatia');
  });
  it('reads congratulations sent by someone, and a letter from someone congratulating, as theirs', () => {
    expect(scored('Leaders congratulated Costa Rican President Marta Solano on Monday. Congratulations were also sent by Guatemalan President Bernardo Arévalo.')).toContain('Bernardo Arévalo -CONGRATULATED-> Marta Solano');
    expect(scored('Congratulations were sent by Guatemalan President Bernardo Arévalo to Costa Rican President Marta Solano.')).toEqual(['Bernardo Arévalo -CONGRATULATED-> Marta Solano']);
    expect(scored('Costa Rican President Marta Solano was sworn in. Rubio delivered a letter from President Donald Trump congratulating her on her victory.')).toEqual(['Donald Trump -CONGRATULATED-> Marta Solano']);
    expect(scored('Congratulations were not sent by Nicaraguan President Daniel Ortega.')).toEqual([]);
  });
});

describe('"a Hong Kong-flagged carrier", "the tanker Eagle S" (session 29)', () => {
  it('makes no person of a compound adjective or a ship\'s name', () => {
    expect(nodes('Finnish authorities boarded a Hong Kong-flagged bulk carrier suspected of damaging the cable.', 'Person')).toEqual([]);
    expect(nodes('In December 2024, Finnish police seized the tanker Eagle S after the cable was damaged.', 'Person')).toEqual([]);
    expect(nodes('Captain Wang Jianping of the carrier Hai Xing 9 was detained.', 'Person')).toEqual(['Wang Jianping']);
  });
});

describe('"Bolivia\'s ambassador in Caracas had been ordered to leave", "had 72 hours to leave the country" (session 29)', () => {
  it('reads the state of the capital an envoy is posted in as the one ordering them out, where no place left is named', () => {
    expect(scored("Bolivia's ambassador in Caracas had been ordered to leave within 72 hours.")).toEqual(['Venezuela -EXPELLED-> Bolivia']);
    expect(scored("Bolivia's ambassador had been ordered to leave within 72 hours.")).toEqual([]);
  });
  it('reads "had 72 hours to leave the country" in a report as the reporter\'s expulsion', () => {
    expect(scored('Bolivian Foreign Minister Fernando Aramayo said the Venezuelan diplomats had 72 hours to leave the country.')).toEqual(['Fernando Aramayo -EXPELLED-> Venezuela']);
    expect(scored('The diplomats had 72 hours to leave the country.')).toEqual([]);
  });
});

describe('\'Jorge "Tuto" Quiroga\' (session 29)', () => {
  it('reads a nickname in quotation marks between given name and surname as no part of the name', () => {
    expect(scored('Former president Jorge "Tuto" Quiroga accused the Supreme Electoral Tribunal of manipulating the results.')).toEqual(['Jorge Quiroga -ACCUSED-> Supreme Electoral Tribunal']);
    expect(nodes('Luiz Inácio "Lula" da Silva congratulated Bolivian President Rodrigo Paz.', 'Person')).toEqual(['Luiz Inácio da Silva', 'Rodrigo Paz']);
    expect(nodes('Mexico\'s President said "We are ready" to talk.', 'Person')).toEqual([]);
  });
});

describe('"Quiroga refused to concede. ..., the 65-year-old accused" (session 29)', () => {
  it('reads a person described by age as a subject as the person the sentence before was about', () => {
    const body =
      'Bolivian President-elect Rodrigo Paz won the runoff. Argentine President Javier Milei congratulated Paz. Outgoing President Luis Arce called Paz to congratulate him. ' +
      'Former president Jorge Quiroga, however, refused to concede. Speaking to supporters in Santa Cruz, the 65-year-old accused the Supreme Electoral Tribunal of manipulating the results.';
    expect(scored(body)).toContain('Jorge Quiroga -ACCUSED-> Supreme Electoral Tribunal');
    expect(scored(body)).not.toContain('Rodrigo Paz -ACCUSED-> Supreme Electoral Tribunal');
  });
});

describe('"Germany\'s Federal Foreign Office ... Moscow dismissed ... Foreign Ministry spokeswoman Maria Zakharova" (session 29)', () => {
  it('places a person titled by a bare ministry, after the article turned to another state, in that state', () => {
    const body =
      'BERLIN (AFP) - The Federal Foreign Office expelled three Russian diplomats on Thursday. Moscow dismissed the findings. ' +
      'Foreign Ministry spokeswoman Maria Zakharova accused the German government of lying.';
    const edges = edgesOf(body).map((e) => `${e.source} -${e.relation}-> ${e.target}`);
    expect(edges).toContain('Maria Zakharova -SPOKESPERSON_FOR-> Russian Foreign Ministry');
    expect(edges).not.toContain('Maria Zakharova -SPOKESPERSON_FOR-> German Foreign Ministry');
  });
});

describe('held-out batch T (session 29)', () => {
  it('reads "according to the Amiri Diwan" as a body, not a place', () => {
    expect(nodes("Qatar's Emir Sheikh Tamim bin Hamad Al Thani telephoned Rahman, according to the Amiri Diwan.", 'Agency')).toEqual(['Amiri Diwan']);
  });
  it('reads "IP addresses" as no agency to trace an attack to', () => {
    expect(nodes('Police said they had traced the attacks to IP addresses previously used by the Lazarus Group.', 'Agency')).toEqual(['Lazarus Group']);
  });
});
