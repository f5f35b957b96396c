// Capitalised words that name no person, organization or place, though the tagger, reading capitals, takes them
// for one: written out by hand from general usage (not from any evaluation set).
import { words } from './words';

/**
 * Acronyms of things, measures and phrases (devices, formats, jobs, diagnoses, time zones, web shorthand): the
 * tagger reads a short word in capitals as an organization's acronym ("the USB ports", "Google's IPO").
 */
export const THING_ACRONYMS = words(`
  USB PC PCs DVD DVDs CD CDs TV GPS HDMI LCD LED RAM CPU OS PDF HTML URL SQL API SMS MP3 WiFi DSL ISP SEO POS
  IPO IPOs CEO CFO CTO COO VP HR ATM ATMs SUV SUVs MBA PhD DIY VIP IQ ICU
  ADHD HIV DNA
  GDP VAT RPM MPG MPH
  GMT EST PST CDT CST EDT PDT
  ASAP FYI LOL OMG BTW IMO IMHO RSVP TBA TBD MMOG MMORPG MSM
`);

/**
 * Followers (and the adjective) of a faith or a movement and peoples with no country of their own, singular: they name a group, as a
 * demonym does ("Sunni Arabs", "the Kurds", "the Zionists"), and training text tags them as MISC or not at all.
 */
export const GROUP_WORDS = words(`
  Sunni Shiite Shia Kurd Zionist Neoconservative Neocon Muslim Moslem Christian Jew Catholic Protestant Hindu Sikh
  Buddhist Arab Islamist Jihadist Evangelical Mormon Baptist Methodist Anglican Lutheran Alawite Druze Pashtun
  Islamic Jewish
`);

/** Words that open a storm's name ("Hurricane Katrina", "Typhoon Haiyan"): the name is a storm's, no person's. */
export const STORM_WORDS = words('Hurricane Typhoon Cyclone');

/** A transcript's stage directions, written in brackets ("(Applause.)", "[Laughter]"): no organization. */
export const STAGE_DIRECTIONS = words('Applause Laughter Cheers Cheering Booing Boos Crosstalk Inaudible');

/**
 * Nouns that after a demonym name a country's government, no organization of that name ("the Iranian
 * Government"): the demonym is an adjective (CoNLL's MISC).
 */
export const GOVERNMENT_WORDS = words('Government Govt');

/**
 * Languages' names that are no country's ("in Hebrew", "spoke Mandarin"): the tagger takes one after "in" for a
 * place. The training sets file them under MISC. Written out by hand: widely spoken and classical languages.
 */
export const LANGUAGES = words(`
  Arabic Hebrew Yiddish Aramaic Latin Sanskrit Esperanto Mandarin Cantonese Hindi Urdu Bengali Punjabi Tamil Telugu
  Marathi Gujarati Kannada Malayalam Swahili Amharic Farsi Pashto Dari Tagalog Hausa Yoruba Igbo Zulu Xhosa
  Afrikaans Catalan Basque Galician Flemish Quechua Guarani Creole Gaelic
`);
