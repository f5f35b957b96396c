// General place lexicon: countries with their common aliases, demonyms and capitals, plus US states and
// world regions. Sources: country short names and capitals after ISO 3166-1 and the UN member list;
// demonyms after the "Nationality" field of the CIA World Factbook (adjective forms as English news uses
// them); US states after the US Census Bureau list. Written out by hand, not drawn from evaluation data.

export interface Country {
  /** The usual English short name, e.g. "Lithuania". */
  name: string;
  /** Other names for the same country, e.g. "US", "United States of America", "America". */
  aliases: string[];
  /** Adjective / nationality forms, e.g. "Lithuanian"; the first one is the usual one. */
  demonyms: string[];
  capital: string;
}

// name[/alias…]|demonym[/demonym…]|capital
const TABLE = `Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Argentina|Argentine/Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani/Azeri|Baku
Bahamas/The Bahamas|Bahamian|Nassau
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Barbados|Barbadian|Bridgetown
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina/Bosnia|Bosnian|Sarajevo
Botswana|Botswanan/Motswana|Gaborone
Brazil|Brazilian|Brasilia
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Cape Verde/Cabo Verde|Cape Verdean|Praia
Central African Republic|Central African|Bangui
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China/People's Republic of China/PRC|Chinese|Beijing
Colombia|Colombian|Bogota
Comoros|Comoran|Moroni
Congo/Republic of the Congo|Congolese|Brazzaville
Democratic Republic of the Congo/DR Congo/DRC|Congolese|Kinshasa
Costa Rica|Costa Rican|San Jose
Croatia|Croatian/Croat|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic/Czechia|Czech|Prague
Denmark|Danish/Dane|Copenhagen
Djibouti|Djiboutian|Djibouti
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatorial Guinean|Malabo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini/Swaziland|Swazi|Mbabane
Ethiopia|Ethiopian|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish/Finn|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Gambia/The Gambia|Gambian|Banjul
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese|Georgetown
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic/Icelander|Reykjavik
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Ivory Coast/Cote d'Ivoire/Côte d'Ivoire|Ivorian|Yamoussoukro
Jamaica|Jamaican|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh/Kazakhstani|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao/Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Liechtenstein|Liechtensteiner|Vaduz
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish/Luxembourger|Luxembourg
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Maldives|Maldivian|Male
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Monaco|Monegasque|Monaco
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar/Burma|Burmese|Naypyidaw
Namibia|Namibian|Windhoek
Nepal|Nepali/Nepalese|Kathmandu
Netherlands/The Netherlands/Holland|Dutch|Amsterdam
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea/DPRK|North Korean|Pyongyang
North Macedonia/Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Ramallah
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines/The Philippines|Filipino/Philippine|Manila
Poland|Polish/Pole|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia/Russian Federation|Russian|Moscow
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi/Saudi Arabian|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian/Serb|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian/Slovene|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea/Korea|South Korean/Korean|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish/Spaniard|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Sweden|Swedish/Swede|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok
Togo|Togolese|Lome
Trinidad and Tobago|Trinidadian|Port of Spain
Tunisia|Tunisian|Tunis
Turkey/Türkiye|Turkish/Turk|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv
United Arab Emirates/UAE|Emirati|Abu Dhabi
United Kingdom/UK/U.K./Britain/Great Britain|British/Briton|London
United States/US/U.S./USA/U.S.A./United States of America/America|American/US/U.S.|Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Vatican City/Vatican/Holy See|Vatican|Vatican City
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
England|English|London
Scotland|Scottish/Scot|Edinburgh
Wales|Welsh|Cardiff
Northern Ireland|Northern Irish|Belfast`;

export const COUNTRIES: readonly Country[] = TABLE.split('\n').map((row) => {
  const [names, demonyms, capital] = row.split('|');
  const [name, ...aliases] = names.split('/');
  return { name, aliases, demonyms: demonyms.split('/'), capital };
});

/** US states (Census Bureau list) and the District of Columbia. */
export const US_STATES: readonly string[] = (
  'Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,'
  + 'Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,'
  + 'Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,'
  + 'North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,'
  + 'Tennessee,Texas,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,Wyoming,District of Columbia'
).split(',');

/** Continents and world regions that news names as places (with their adjective forms where common). */
export const REGIONS: readonly string[] = (
  'Africa,Asia,Europe,North America,South America,Latin America,Central America,Oceania,Antarctica,'
  + 'Middle East,Near East,Far East,Balkans,Baltics,Caucasus,Scandinavia,Caribbean,Gulf,Persian Gulf,'
  + 'Mediterranean,Sahel,Sahara,Siberia,Crimea,Donbas,Gaza,Gaza Strip,West Bank,Kashmir,Tibet,Kurdistan,'
  + 'Eastern Europe,Western Europe,Central Europe,Southeast Asia,East Asia,South Asia,Central Asia,Arctic,'
  + 'Atlantic,Pacific,Indian Ocean,Black Sea,Baltic Sea,North Sea,South China Sea'
).split(',');

/**
 * Adjectives of continents and world regions ("the Baltic states", "European leaders"): news writes them
 * capitalised, but alone they qualify a noun rather than name a place. Country demonyms are in TABLE.
 */
const REGIONAL_ADJECTIVES: ReadonlySet<string> = new Set(
  ('baltic,nordic,scandinavian,european,african,asian,arab,arabian,balkan,caucasian,transatlantic,'
    + 'latin american,north american,'
    + 'south american,central american,middle eastern,east asian,south asian,southeast asian,central asian,'
    + 'eastern european,western european,central european,western,eastern,soviet,post-soviet,sub-saharan'
  ).split(','),
);

const fold = (s: string): string => s.toLowerCase();

const byName = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) if (!byName.has(fold(n))) byName.set(fold(n), c);
  for (const d of c.demonyms) if (!byDemonym.has(fold(d))) byDemonym.set(fold(d), c);
}

/** The country a name or alias denotes ("US", "Britain", "Lithuania"), case-insensitive. */
export function countryByName(name: string): Country | undefined {
  return byName.get(fold(name.trim()));
}

/** The country a demonym denotes ("Lithuanian" → Lithuania, "American" → United States). */
export function countryByDemonym(demonym: string): Country | undefined {
  return byDemonym.get(fold(demonym.trim()));
}

const placeNames = new Set<string>([
  ...byName.keys(),
  ...COUNTRIES.map((c) => fold(c.capital)),
  ...US_STATES.map(fold),
  ...REGIONS.map(fold),
]);

/** True for a country (or alias), a capital, a US state or a world region, case-insensitive. */
export function isKnownPlace(name: string): boolean {
  return placeNames.has(fold(name.trim()));
}

/** True for a regional adjective such as "Baltic", "Nordic", "European" (not a name on its own). */
export function isRegionalAdjective(word: string): boolean {
  return REGIONAL_ADJECTIVES.has(fold(word.trim()));
}

/** True for a country demonym such as "Lithuanian", "French", "Russian". */
export function isDemonym(word: string): boolean {
  return byDemonym.has(fold(word.trim()));
}

/**
 * Head nouns of a natural feature's name written before "of" ("the Gulf of Aden", "the Strait of Dover", "the Isle
 * of Arran", "Lake of the Woods"): the head, "of" and the name after it are one place's name. Written out by hand.
 */
export const GEOGRAPHIC_HEADS_BEFORE_OF: ReadonlySet<string> = new Set(
  'gulf,bay,bight,sea,strait,straits,cape,lake,isle,isles,island,islands,firth,mount,valley,peninsula'.split(','),
);
