import { words } from './words';

// The last word of an event's, an award's, a law's, an era's or a holiday's name ("the Greater Milwaukee Open", "the
// Davis Cup", "the Commonwealth Games", "the Shenandoah Campaign", "the Nobel Prize", "the Clean Air Act", "Armistice
// Day", "the Cotton Bowl", "the Middle Ages", "the Schleswig Plebiscites"): such a name is neither an organization
// nor a place, and we have no type for it (the training sets file them all under MISC). Source: the kinds of events,
// documents and eras encyclopaedic and news writing names; each added word is the last word of a MISC name at least
// four times in five in the training parts of CoNLL and WikiGold.
export const EVENT_HEAD = words(
  'open cup classic championship championships games olympics festival prix trophy tournament marathon award awards',
  'prize campaign war revolution act day',
  'bowl slam rally series masters tour convention lotto chart index regulation agreement plebiscite plebiscites laws ages',
  'contract treaty accord protocol memorandum guaranty',
);
// Those of them that end no person's name either ("Doris Day", "Tony Masters" do): a name the tagger took for a
// person's that ends in one is an event's all the same ("Classic Lotto").
export const EVENT_ONLY_HEAD = words('championship championships olympics festival prix tournament marathon bowl lotto plebiscite plebiscites contract treaty accord protocol memorandum guaranty cup cups trophy');
// The first word of a battle's, a treaty's or a declaration's name before "of" ("the Battle of the Somme", "the Siege
// of Vicksburg", "the Treaty of Versailles"): named after a place, but no place (MISC in the training sets), and the
// place's name inside it is none of its own.
export const BATTLE_OPENER = words('Battle Battles Siege Treaty Declaration Massacre');
