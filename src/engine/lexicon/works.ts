import { words } from './words';

// Nouns for a creative work that its title follows in apposition ("the album A Beautiful Lie", "his novel
// Florentin", "the 1937 film Oh, Mr Porter!"). Not "play", "game", "series" or "video", which are verbs or lead
// other names too often ("play Australia", "the game Saturday"); "single" only before a quoted title, being an
// adjective more often ("a single Republican"). Source: the work nouns of encyclopaedic and arts writing, by hand.
export const WORK_NOUNS = words('album film song novel book serial movie opera poem episode musical sitcom documentary novella memoir EP LP mixtape');
export const QUOTED_WORK_NOUNS = words(WORK_NOUNS, 'single');
