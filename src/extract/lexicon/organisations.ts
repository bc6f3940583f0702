// Well-known organisations that news names without a tell-tale head word ("NATO", "the Kremlin",
// "Xinhua"). A generic reference table: international bodies, intelligence and security
// services, news agencies, seats of government, legislatures. `iso` is the state an organisation
// belongs to, for supporting PART_OF edges and for resolving who a spokesperson speaks for.
// Anything not listed is still found by shape (acronyms, "X Ministry", "X Committee", ...).

export type OrganisationCategory = 'international' | 'intelligence' | 'news' | 'seat' | 'legislature' | 'department' | 'armed' | 'foreign-ministry';

export interface KnownOrganisation {
  /** Canonical name. */
  name: string;
  /** Other names and abbreviations, as written. */
  aliases: string[];
  category: OrganisationCategory;
  iso?: string;
  /**
   * Other states' bodies go by the same name: Pakistan's and Germany's foreign ministries are
   * "the Foreign Office" too. Unqualified, the name means `iso`'s only where the article points there.
   */
  sharedName?: boolean;
}

/** Aliases that many states also give a body of their own: "the Russian Security Council" is Russia's. */
export const GENERIC_BODY_NAMES: ReadonlySet<string> = new Set(['Security Council', 'General Assembly']);

export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  // International organisations.
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], category: 'international' },
  // "Brussels" in diplomatic news is the EU's seat speaking, far more often than Belgium.
  { name: 'European Union', aliases: ['EU', 'E.U.', 'Brussels'], category: 'international' },
  { name: 'European Commission', aliases: [], category: 'international' },
  { name: 'European Parliament', aliases: [], category: 'international' },
  { name: 'Council of Europe', aliases: [], category: 'international' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], category: 'international' },
  { name: 'UN Security Council', aliases: ['U.N. Security Council', 'United Nations Security Council', 'Security Council'], category: 'international' },
  { name: 'UN General Assembly', aliases: ['U.N. General Assembly', 'United Nations General Assembly', 'General Assembly'], category: 'international' },
  { name: 'OPCW', aliases: ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'], category: 'international' },
  { name: 'IAEA', aliases: ['International Atomic Energy Agency'], category: 'international' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], category: 'international' },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], category: 'international' },
  { name: 'Interpol', aliases: ['INTERPOL'], category: 'international' },
  { name: 'International Criminal Court', aliases: ['ICC'], category: 'international' },
  { name: 'International Court of Justice', aliases: ['ICJ'], category: 'international' },
  { name: 'International Monetary Fund', aliases: ['IMF'], category: 'international' },
  { name: 'World Bank', aliases: [], category: 'international' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], category: 'international' },
  { name: 'African Union', aliases: ['AU'], category: 'international' },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'], category: 'international' },
  { name: 'Arab League', aliases: ['League of Arab States'], category: 'international' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], category: 'international' },
  { name: 'Organization of American States', aliases: ['OAS'], category: 'international' },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'], category: 'international' },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], category: 'international' },
  { name: 'CSTO', aliases: ['Collective Security Treaty Organization'], category: 'international' },
  // Regional blocs, whose long names ("... of West African States") the shape rules cut short.
  { name: 'ECOWAS', aliases: ['Economic Community of West African States'], category: 'international' },
  { name: 'Economic Community of Central African States', aliases: ['ECCAS'], category: 'international' },
  { name: 'Southern African Development Community', aliases: ['SADC'], category: 'international' },
  { name: 'East African Community', aliases: ['EAC'], category: 'international' },
  { name: 'Intergovernmental Authority on Development', aliases: ['IGAD'], category: 'international' },
  { name: 'Alliance of Sahel States', aliases: ['AES'], category: 'international' },
  { name: 'CELAC', aliases: ['Community of Latin American and Caribbean States'], category: 'international' },
  { name: 'Mercosur', aliases: ['MERCOSUR', 'Mercosul'], category: 'international' },
  { name: 'CARICOM', aliases: ['Caribbean Community'], category: 'international' },
  { name: 'Pacific Islands Forum', aliases: [], category: 'international' },
  { name: 'BRICS', aliases: [], category: 'international' },
  // Armed movements and militant organisations named without a head word.
  { name: 'Hamas', aliases: [], category: 'armed' },
  { name: 'Hezbollah', aliases: ['Hizbollah'], category: 'armed' },
  { name: 'Taliban', aliases: [], category: 'armed' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh'], category: 'armed' },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida'], category: 'armed' },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah'], category: 'armed' },
  { name: 'Wagner Group', aliases: ['Wagner'], category: 'armed' },
  { name: 'Boko Haram', aliases: [], category: 'armed' },
  { name: 'al-Shabab', aliases: ['al-Shabaab', 'Al-Shabaab'], category: 'armed' },
  { name: 'PKK', aliases: ['Kurdistan Workers’ Party', "Kurdistan Workers' Party"], category: 'armed' },
  // Intelligence and security services.
  { name: 'GRU', aliases: ['Main Intelligence Directorate', 'Main Directorate of the General Staff'], category: 'intelligence', iso: 'RUS' },
  { name: 'SVR', aliases: ['Foreign Intelligence Service'], category: 'intelligence', iso: 'RUS' },
  { name: 'FSB', aliases: ['Federal Security Service'], category: 'intelligence', iso: 'RUS' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], category: 'intelligence', iso: 'USA' },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'], category: 'intelligence', iso: 'USA' },
  { name: 'NSA', aliases: ['National Security Agency'], category: 'intelligence', iso: 'USA' },
  { name: 'MI6', aliases: ['Secret Intelligence Service'], category: 'intelligence', iso: 'GBR' },
  { name: 'MI5', aliases: ['Security Service'], category: 'intelligence', iso: 'GBR' },
  { name: 'GCHQ', aliases: ['Government Communications Headquarters'], category: 'intelligence', iso: 'GBR' },
  { name: 'Mossad', aliases: [], category: 'intelligence', iso: 'ISR' },
  { name: 'Shin Bet', aliases: [], category: 'intelligence', iso: 'ISR' },
  { name: 'MIVD', aliases: ['Military Intelligence and Security Service'], category: 'intelligence', iso: 'NLD' },
  { name: 'AIVD', aliases: ['General Intelligence and Security Service'], category: 'intelligence', iso: 'NLD' },
  { name: 'BND', aliases: ['Federal Intelligence Service'], category: 'intelligence', iso: 'DEU' },
  { name: 'BfV', aliases: ['Federal Office for the Protection of the Constitution'], category: 'intelligence', iso: 'DEU' },
  { name: 'DGSE', aliases: [], category: 'intelligence', iso: 'FRA' },
  { name: 'DGSI', aliases: [], category: 'intelligence', iso: 'FRA' },
  { name: 'BIS', aliases: ['Security Information Service'], category: 'intelligence', iso: 'CZE' },
  { name: 'ABW', aliases: ['Internal Security Agency'], category: 'intelligence', iso: 'POL' },
  { name: 'SBU', aliases: ['Security Service of Ukraine'], category: 'intelligence', iso: 'UKR' },
  { name: 'ISI', aliases: ['Inter-Services Intelligence'], category: 'intelligence', iso: 'PAK' },
  { name: 'MSS', aliases: ['Ministry of State Security'], category: 'intelligence', iso: 'CHN' },
  { name: 'CSIS', aliases: ['Canadian Security Intelligence Service'], category: 'intelligence', iso: 'CAN' },
  { name: 'ASIO', aliases: ['Australian Security Intelligence Organisation'], category: 'intelligence', iso: 'AUS' },
  { name: 'KGB', aliases: [], category: 'intelligence' },
  { name: 'Joint Chiefs of Staff', aliases: ['JCS'], category: 'department' },
  // News agencies.
  { name: 'Associated Press', aliases: ['AP'], category: 'news' },
  { name: 'Reuters', aliases: [], category: 'news' },
  { name: 'Agence France-Presse', aliases: ['AFP'], category: 'news' },
  { name: 'TASS', aliases: ['Tass'], category: 'news', iso: 'RUS' },
  { name: 'RIA Novosti', aliases: ['RIA'], category: 'news', iso: 'RUS' },
  { name: 'Interfax', aliases: [], category: 'news' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], category: 'news', iso: 'CHN' },
  { name: 'Kyodo', aliases: ['Kyodo News'], category: 'news', iso: 'JPN' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], category: 'news', iso: 'KOR' },
  { name: 'KCNA', aliases: ['Korean Central News Agency'], category: 'news', iso: 'PRK' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], category: 'news', iso: 'IRN' },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], category: 'news', iso: 'TUR' },
  { name: 'Saudi Press Agency', aliases: ['SPA'], category: 'news', iso: 'SAU' },
  { name: 'dpa', aliases: ['DPA'], category: 'news', iso: 'DEU' },
  { name: 'EFE', aliases: [], category: 'news', iso: 'ESP' },
  { name: 'ANSA', aliases: [], category: 'news', iso: 'ITA' },
  { name: 'Bloomberg', aliases: [], category: 'news' },
  { name: 'Al Jazeera', aliases: [], category: 'news', iso: 'QAT' },
  { name: 'BBC', aliases: [], category: 'news', iso: 'GBR' },
  { name: 'CNN', aliases: [], category: 'news', iso: 'USA' },
  // Seats of government named for the government.
  { name: 'White House', aliases: [], category: 'seat', iso: 'USA' },
  { name: 'Kremlin', aliases: [], category: 'seat', iso: 'RUS' },
  { name: 'Downing Street', aliases: ['No. 10'], category: 'seat', iso: 'GBR' },
  { name: 'Élysée', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'], category: 'seat', iso: 'FRA' },
  { name: 'Quai d’Orsay', aliases: ["Quai d'Orsay"], category: 'foreign-ministry', iso: 'FRA' },
  { name: 'Zhongnanhai', aliases: [], category: 'seat', iso: 'CHN' },
  { name: 'Matignon', aliases: [], category: 'seat', iso: 'FRA' },
  { name: 'Casa Rosada', aliases: [], category: 'seat', iso: 'ARG' },
  { name: 'Planalto', aliases: ['Planalto Palace', 'Palácio do Planalto'], category: 'seat', iso: 'BRA' },
  { name: 'Miraflores', aliases: ['Miraflores Palace'], category: 'seat', iso: 'VEN' },
  { name: 'Casa de Nariño', aliases: ['Palacio de Nariño', 'Casa de Narino', 'Palacio de Narino'], category: 'seat', iso: 'COL' },
  { name: 'La Moneda', aliases: [], category: 'seat', iso: 'CHL' },
  { name: 'Malacañang', aliases: ['Malacanang', 'Malacañang Palace'], category: 'seat', iso: 'PHL' },
  { name: 'Blue House', aliases: ['Cheong Wa Dae'], category: 'seat', iso: 'KOR' },
  { name: 'Kantei', aliases: [], category: 'seat', iso: 'JPN' },
  { name: 'Palazzo Chigi', aliases: [], category: 'seat', iso: 'ITA' },
  { name: 'Moncloa', aliases: ['La Moncloa'], category: 'seat', iso: 'ESP' },
  { name: 'Bankova', aliases: [], category: 'seat', iso: 'UKR' },
  { name: 'Akorda', aliases: ['Ak Orda'], category: 'seat', iso: 'KAZ' },
  // Foreign ministries named for their building or street: the same node as "the Brazilian Foreign Ministry".
  { name: 'Itamaraty', aliases: [], category: 'foreign-ministry', iso: 'BRA' },
  { name: 'Torre Tagle', aliases: [], category: 'foreign-ministry', iso: 'PER' },
  { name: 'Palacio San Martín', aliases: ['San Martín Palace'], category: 'foreign-ministry', iso: 'ARG' },
  { name: 'Farnesina', aliases: [], category: 'foreign-ministry', iso: 'ITA' },
  { name: 'South Block', aliases: [], category: 'foreign-ministry', iso: 'IND' },
  // Foreign ministries whose own name is "Foreign Office": the same node as "Britain's foreign ministry".
  { name: 'Foreign, Commonwealth and Development Office', aliases: ['Foreign and Commonwealth Office', 'FCDO', 'FCO'], category: 'foreign-ministry', iso: 'GBR' },
  { name: 'Foreign Office', aliases: [], category: 'foreign-ministry', iso: 'GBR', sharedName: true },
  { name: 'Federal Foreign Office', aliases: ['Auswärtiges Amt'], category: 'foreign-ministry', iso: 'DEU' },
  // Government departments named without a country (the country is implied).
  { name: 'State Department', aliases: ['Department of State', 'Foggy Bottom'], category: 'department', iso: 'USA' },
  { name: 'Justice Department', aliases: ['Department of Justice', 'DOJ'], category: 'department', iso: 'USA' },
  { name: 'Treasury Department', aliases: ['Department of the Treasury', 'Treasury'], category: 'department', iso: 'USA' },
  // ("the Pentagon" stands for the department, as "Foggy Bottom" does for State.)
  { name: 'Defense Department', aliases: ['Department of Defense', 'Pentagon'], category: 'department', iso: 'USA' },
  { name: 'Department of Homeland Security', aliases: ['Homeland Security Department', 'DHS'], category: 'department', iso: 'USA' },
  { name: 'Home Office', aliases: [], category: 'department', iso: 'GBR' },
  { name: 'Global Affairs Canada', aliases: [], category: 'department', iso: 'CAN' },
  // Legislatures (the country comes from a modifier or from the context).
  { name: 'Parliament', aliases: [], category: 'legislature' },
  { name: 'Congress', aliases: [], category: 'legislature' },
  { name: 'Senate', aliases: [], category: 'legislature' },
  { name: 'House of Representatives', aliases: [], category: 'legislature' },
  { name: 'House of Commons', aliases: [], category: 'legislature' },
  { name: 'House of Lords', aliases: [], category: 'legislature' },
  { name: 'National Assembly', aliases: [], category: 'legislature' },
  { name: 'Bundestag', aliases: [], category: 'legislature', iso: 'DEU' },
  { name: 'State Duma', aliases: ['Duma'], category: 'legislature', iso: 'RUS' },
  { name: 'Knesset', aliases: [], category: 'legislature', iso: 'ISR' },
  { name: 'Sejm', aliases: [], category: 'legislature', iso: 'POL' },
  { name: 'Verkhovna Rada', aliases: ['Rada'], category: 'legislature', iso: 'UKR' },
  { name: 'Riksdag', aliases: [], category: 'legislature', iso: 'SWE' },
  { name: 'Storting', aliases: [], category: 'legislature', iso: 'NOR' },
  { name: 'Folketing', aliases: [], category: 'legislature', iso: 'DNK' },
  { name: 'Majlis', aliases: [], category: 'legislature' },
];
