// Closed word classes the mention finder needs. Generic English, no article's strings.
// All entries lower case; lookups use Token.lower.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that make up a person's office: "Deputy Attorney General", "Kremlin spokesman". */
export const TITLE_WORDS = set(`
  president vice prime minister premier chancellor secretary deputy attorney general foreign defence defense
  interior finance justice home spokesman spokeswoman spokesperson press ambassador envoy consul leader opposition
  king queen prince princess crown emir sheikh sultan pope senator sen. rep. representative gov. governor mayor
  chief head counsel special director commander gen. col. adm. lt. gen col adm lt brig maj admiral captain capt. judge speaker chairman
  chairwoman chair dr. mr. mrs. ms. dr mr mrs ms sir lord dame democratic republican acting interim former national security
  adviser advisor intelligence policy economy economic trade health energy environment culture labour labor
  transport agriculture education development treasury commerce homeland blogger activist dissident journalist
  lawyer officer official diplomat prosecutor general-secretary secretary-general commissioner supreme top senior
  state affairs external chargé chargé d'affaires emergencies cabinet party army navy military police sergeant
  colonel major lieutenant minister-president first lady foreign-policy defence-minister ceo boss
  government executive assistant undersecretary under-secretary permanent principal parliamentary junior
  presidential brigadier commodore magistrate chairperson superintendent inspector constable detective
  taoiseach tánaiste tanaiste grand duke duchess archduke grand-duke high marshal field-marshal ayatollah monarch
  regent ruler sheik sheikha shaikh emira vizier president-elect premier-elect chancellor-elect lawmaker legislator
  mp mep cs pm minister-designate envoy-designate nominee ombudsman manager coach supervisor registrar auditor comptroller
  archbishop bishop cardinal patriarch metropolitan nuncio rabbi imam cleric pastor reverend
  junta information communications tourism industry planning petroleum mines fisheries sports youth immigration regional cooperation
`);

/** "his", "her", "its", "their" before a noun: whose it is. */
export const POSSESSIVE_DETERMINERS = set('his her its their');

/** A spokesperson's office word: "spokeswoman", "Foreign Ministry spokesman". */
export const SPOKESPERSON_WORDS = set('spokesman spokeswoman spokesperson');
export const SPOKESPERSON_WORD = new RegExp(`\\b(?:${[...SPOKESPERSON_WORDS].join('|')})\\b`, 'i');

/** Words after a name that belong to it: "Ferdinand Marcos Jr.", regnal numbers ("Pope Leo XIV"; not "Xi", a name). */
export const NAME_SUFFIXES = set('jr. jr sr. sr ii iii iv v vi vii viii ix xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii');

/** Office words that on their own (lower case, after "the") can stand for a person. */
export const PERSON_ROLE_NOUNS = set(`
  president prime minister premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy consul
  leader ruler king queen prince emir sheikh sultan governor mayor chief candidate nominee challenger rival opponent commander chairman chairwoman chairperson director
`);

/** The legal forms that end a company's name: "Siemens AG", "Mediterranean Shipping Co.". */
export const COMPANY_SUFFIXES = set('inc. ltd. corp. co. plc llc gmbh ag sa nv holdings');

/** Capitalised heads that make a run of capitalised words an organisation. */
export const ORG_HEADS = set(`
  ${[...COMPANY_SUFFIXES].join(' ')}
  ministry department agency service services committee council commission office bureau directorate assembly
  parliament congress court tribunal police army navy guard guards bank fund organisation organization union league
  party front movement alliance association foundation institute university company corporation center centre
  press news network embassy consulate mission administration authority cabinet senate secretariat
  board group command brigade forces force corps international watch times post journal herald tribune gazette
  community federation coalition exchange patriarchate synod conference platform society registry wing jury
  telegraph chronicle observer guardian daily weekly radio television tv broadcasting review
`);

/** Lower-case heads that still name a diplomatic post after a nationality: "the Czech mission". */
export const POST_HEADS = set('embassy consulate mission consulate-general');

/** Fields of ministries; the value is the key shared by spelling variants. */
export const MINISTRY_FIELDS: ReadonlyMap<string, string> = new Map([
  ['foreign', 'foreign'],
  ['external', 'foreign'],
  ['defence', 'defence'],
  ['defense', 'defence'],
  ['interior', 'interior'],
  ['home', 'interior'],
  ['internal', 'interior'],
  ['justice', 'justice'],
  ['finance', 'finance'],
  ['economy', 'economy'],
  ['economic', 'economy'],
  ['trade', 'trade'],
  ['health', 'health'],
  ['energy', 'energy'],
  ['education', 'education'],
  ['culture', 'culture'],
  ['agriculture', 'agriculture'],
  ['emergencies', 'emergencies'],
  ['emergency', 'emergencies'],
  ['information', 'information'],
  ['security', 'security'],
  ['state', 'state'],
]);

/** Capitalised words that open sentences or headings but never names. */
export const FUNCTION_WORDS = set(`
  the a an in on at after before but and or as it he she they we i you this that these those there his her its
  their our my your last next hours days weeks months years among according speaking while when although though
  since for from with without by under over despite meanwhile however earlier later still yet both each some many
  most all no not only also even such other another one two three four five six seven eight nine ten if unless
  until because so then thus hence here where what which who whom whose how why several few more less much what
  once about against between into onto upon during through throughout toward towards across around beyond near
  outside inside within amid amidst following ahead behind officials critics analysts diplomats sources
  relations ties official asked told said says is was are were be been has have had do does did will would can
  could may might must shall should mr. mrs. ms. dr. today yesterday tomorrow tonight speaking asked
  nevertheless nonetheless moreover furthermore separately similarly likewise indeed instead otherwise
`);

export const MONTHS = set('january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.');
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Words that make a capitalised run a place, not a person: "Middle East", "Red Sea". */
export const PLACE_WORDS = set(`
  east west north south sea ocean river mountains mountain island islands gulf bay valley peninsula strait
  province region city county district street square airport palace coast lake desert plateau border
  channel basin shoal shoals reef canal archipelago straits delta area
`);

/** Heads of geographic names that may carry a state's name: "Indian Ocean", "Gulf of Mexico". */
export const GEO_HEADS = set('ocean sea strait straits gulf channel peninsula river basin mountains bay canal shoal reef lake islands archipelago delta');

/** Regions and continents (Place, never State). */
export const REGIONS = set(`
  europe asia africa america americas oceania antarctica arctic balkans caucasus scandinavia
  middle-east latin-america eastern-europe western-europe central-asia southeast-asia
`);
export const REGION_PHRASES: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'Oceania', 'Antarctica', 'Arctic', 'Balkans', 'Caucasus', 'Scandinavia', 'Middle East',
  'Latin America', 'Latin American', 'South America', 'North America', 'Central America', 'Eastern Europe', 'Western Europe',
  'Central Asia', 'Southeast Asia', 'East Asia', 'Persian Gulf', 'Baltic', 'Baltics', 'Crimea', 'Donbas', 'Kashmir',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Gaza', 'West Bank',
];

/** Prepositions before which a capital is a place, not an actor: "in Moscow", "to Riyadh". */
export const LOCATIVE_PREPOSITIONS = set('in at to from into near outside inside toward towards via across around throughout within');

/** Heads after a nationality that make the phrase stand for the state's people or officials. */
export const NATIONALS_NOUNS = set(`
  diplomats diplomat officials official officers officer staff staffers staffer employees employee nationals citizens envoys envoy
  ambassador consul attaché attache agents agent spies spy personnel troops forces soldiers military intelligence
  people journalists journalist reporters reporter correspondents correspondent students workers companies firms banks hackers members member representatives delegation
  vessel vessels ship ships boat boats warship servicemen mercenaries operatives nationals politicians lawmakers legislators counterpart counterparts leader ruler
  leaders leadership president minister navy army warships aircraft jets services unit units police
  lawyers advocates activists tourists businessmen businesspeople traders fishermen missionaries researchers academics
  volunteers engineers miners sailors pilots
`);

/** Heads after a nationality that make the phrase the government itself: "the Russian government". */
export const GOVERNMENT_NOUNS = set('government administration authorities regime cabinet junta presidency side');

/** Words between a state and its government noun that leave it the government: "Sudan's military government". */
export const GOVERNMENT_MODIFIERS = set('military interim transitional caretaker civilian federal national central ruling governing new outgoing incoming state security intelligence judicial');

/** Collective nouns that make a Group: "allies", "at least 21 nations". */
export const GROUP_NOUNS = set('allies partners nations countries governments states members neighbours neighbors sides capitals');

/** Nouns for bodies that stand as a group only as a pair told before: "the two agencies said". */
export const BODY_PAIR_NOUNS = set('agencies bodies services ministries forces');

/** Words that may open a group phrase: "at least 21 nations", "several other governments". */
export const GROUP_QUANTIFIERS = set('several many some other most all both few dozens dozen numerous various fellow european western eastern nato eu arab gulf african asian key major unnamed certain foreign');

/** Pronouns that stand as objects: "accused him of" ("her" only when no noun follows it). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

export const PRONOUNS: ReadonlyMap<string, { person: boolean; thing: boolean; plural: boolean }> = new Map([
  ['he', { person: true, thing: false, plural: false }],
  ['him', { person: true, thing: false, plural: false }],
  ['his', { person: true, thing: false, plural: false }],
  ['she', { person: true, thing: false, plural: false }],
  ['her', { person: true, thing: false, plural: false }],
  ['it', { person: false, thing: true, plural: false }],
  ['its', { person: false, thing: true, plural: false }],
  ['they', { person: false, thing: true, plural: true }],
  ['them', { person: false, thing: true, plural: true }],
  ['their', { person: false, thing: true, plural: true }],
]);

/** Nouns after "the" that refer back to an agency: "the ministry". */
/** What an article calls a company: "the company", "the tech giant", "the chipmaker". */
export const COMPANY_NOUNS = set('company firm startup giant carrier lender insurer chipmaker carmaker automaker conglomerate retailer manufacturer');
export const AGENCY_NOMINALS = set('ministry embassy department agency service committee council commission office mission consulate center centre institute foundation party court bloc alliance movement organisation organization authority bureau directorate');

/** Nouns after "the" that refer back to a state. */
export const STATE_NOMINALS = set('government administration kingdom republic regime authorities junta coalition');

/** Lower-case particles inside names: "Adel al-Jubeir", "Mohammed bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES = set('al el bin ibn abu van von der den de da di del della du la le dos das ben');

/** Spelled-out numbers for counts. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['a dozen', 12], ['dozen', 12],
]);
