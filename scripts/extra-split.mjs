// The deterministic split of the extra entity sets (../shared/eval/extra: WikiGold, UNER English-EWT) into a
// part the tagger trains on and a check part it never sees: `npm run train:ner` trains on the first, `npm run
// eval` scores the second apart from the whole set, so that the figures stay honest.

/**
 * The extra sets the tagger trains on, with the classes each one annotates (UNER has no MISC) and whether it
 * tags a place acting as a government ORG (UNER's guideline; CoNLL's is LOC).
 */
export const EXTRA_SETS = [
  { name: 'wikigold', classes: ['PER', 'ORG', 'LOC', 'MISC'], placesActAsOrg: false },
  { name: 'uner_ewt', classes: ['PER', 'ORG', 'LOC'], placesActAsOrg: true },
];

// One document in CHECK_EVERY goes to the check part.
const CHECK_EVERY = 4;

/** True when the document belongs to the check part: by an FNV-1a hash of its id, whatever the file order. */
export function isCheckDoc(docId) {
  let h = 0x811c9dc5;
  for (let i = 0; i < docId.length; i++) h = Math.imul(h ^ docId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CHECK_EVERY === 0;
}
