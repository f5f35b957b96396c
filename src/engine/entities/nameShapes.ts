// The shapes of words that the rules after the tagger and the claims readers read names by: one home for each pattern.

// A word opening with a capital letter.
export const CAPITALISED = /^\p{Lu}/u;
// A capital initial with its period ("F." of "John F. Kerry").
export const INITIAL = /^\p{Lu}\.$/u;
// A word written as a name is: a capital, then lower-case letters (hyphens and apostrophes inside).
export const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u;
// A generational suffix, part of a person's name ("Martin Luther King Jr.", "Henry Ford III").
export const GENERATIONAL = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;
// How many words a person's full name has where a rule must tell it from the words around it: a given name and a
// surname, perhaps a middle name ("Jo Roe", "Mary Ann Fox"); one word is too few to tell ("King" of "… King Jr.").
export const PERSON_NAME_WORDS = { min: 2, max: 3 };
