// Reporting cues: verbs that introduce what someone said, wrote or claimed. Source: the speech-act and
// reporting verbs of English grammars (Quirk et al., "reporting clauses"), narrowed to the ones news prose uses
// to attribute statements; written out by hand. Each entry is "base|past|3rd person|-ing", with empty fields
// for regular forms.
import { LEARNED_ADJECTIVES, LEARNED_CUES, LEARNED_PHRASAL } from './learnedCues';
import { words } from './words';

const VERBS = `say|said|says|saying
tell|told||
add|||
argue|||
claim|||
warn|||
note|||
insist|||
deny|denied|denies|
announce|||
acknowledge|||
write|wrote||writing
tweet|||
explain|||
continue|||
declare|||
proclaim|||
assure|||
state|||
assert|||
contend|||
report|||
reply|replied|replies|
respond|||
admit|admitted||admitting
concede|||
confirm|||
recall|||
stress|||
emphasize|||
emphasise|||
suggest|||
predict|||
promise|||
vow|||
pledge|||
urge|||
conclude|||
complain|||
observe|||
remark|||
comment|||
testify|testified|testifies|
estimate|||
caution|||
allege|||
boast|||
joke|||
quip|quipped||quipping
scoff|||
counter|||
reiterate|||
agree|||
accuse|||
ask|||
post|||
reveal|||
disclose|||
mention|||
point|||
believe|||
think|thought||
hope|||
fear|||
worry|worried|worries|
show|||
call|||
describe|||
dub|dubbed||dubbing
label|||
brand|||
echo|echoed|echoes|
yell|||
shout|||
chant|||
scream|||
exclaim|||
retort|||
answer|||
read|read||
cry|cried|cries|
plead|||
demand|||
whisper|||
quote|||
find|found||
know|knew||
feel|felt||
endorse|||
support|||
criticize|||
criticise|||
want|||
propose|||
praise|||
defend|||
cite|||
reject|||
attack|||
oppose|||
seek|sought||
plan|planned||planning
question|||
express|||
blast|||
dismiss|||
denounce|||
blame|||
mock|||
decry|decried|decries|
slam|slammed||slamming
hail|||
applaud|||
condemn|||
welcome|||
tout|||
recommend|||
request|||
expect|||
consider|||
view|||
doubt|||
highlight|||
lament|||
refer|referred||referring
accept|||
concur|concurred||concurring
imply|implied|implies|
indicate|||
signal|signaled||signaling
decline|||
refuse|||
offer|||
decide|||
repeat|||
remind|||
favor|||
prefer|preferred||preferring
speculate|||
wonder|||
muse|||
opine|||
recount|||
bemoan|||
liken|||
hint|||
forecast|forecast||
assail|||
lambaste|||
rebuke|||
deride|||
ridicule|||
chide|||
scold|||
berate|||
brag|bragged||bragging
clarify|clarified|clarifies|
reaffirm|||
characterize|||
characterise|||
rebut|rebutted||rebutting
envision|||
foresee|foresaw||
interject|||
posit|||
surmise|||
reference|||
remember|||
exhort|||
gush|||
confess|||
extol|extolled||extolling
commend|||
laud|||
castigate|||
excoriate|||
belittle|||
disparage|||
back|||
apologize|||
champion|||
retweet|||`;

/** How a cue verb relates to its speaker and content. */
export interface CueVerb {
  base: string;
  /** The particle that must follow ("point" → "out"), if any. */
  particle?: string;
  /** Takes the hearer as object before the content: "told reporters (that) …", "asked him …". */
  takesHearer: boolean;
  /**
   * Strong speech verbs can stand after the content ("…, she said.") and after a quote ("…,” she wrote.").
   * Weak ones (belief, findings) only introduce a clause.
   */
  strong: boolean;
  /** Naming verbs ("called it “a disgrace”") report speech only around a quotation. */
  needsQuote: boolean;
  /** Takes a to-infinitive as content ("declined to comment"), so a "to" right after it starts the content. */
  infinitive: boolean;
  /** Its content is its object, never a that-clause further on ("called for a ban that …"). */
  objectOnly?: boolean;
  /** Learned from annotated news (learnedCues.ts) rather than listed by hand: it needs a content of some length. */
  learned?: boolean;
  /** An adjective after a copula ("is critical of", "are hopeful that"): its subject stands before the copula. */
  adjective?: boolean;
}

const HEARER = words('tell ask warn assure urge remind inform accuse');
const INFINITIVE = words('decline refuse promise vow pledge plan want seek agree hope expect');
const NAMING = words('call dub label brand read quote');
// Verbs whose content is their object ("described the field as …"), never a that-clause further on.
const OBJECT_ONLY = words('describe');
const WEAK = words(`
  find know feel endorse support criticize criticise want propose praise defend cite reject attack oppose seek
  plan question express blast dismiss denounce blame mock decry slam hail applaud condemn welcome tout
  recommend request expect consider view doubt highlight lament refer accept concur imply indicate signal
  decline refuse call describe dub label brand read quote answer demand echo believe think hope fear worry
  show agree charge accuse post mention reveal disclose continue counter offer decide repeat remind
  favor prefer back
  bemoan liken hint forecast assail lambaste rebuke deride ridicule chide scold berate characterize characterise
  rebut envision foresee posit surmise reference remember exhort extol commend laud castigate excoriate belittle
  disparage apologize champion retweet`);

function regular(base: string): [string, string, string] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return [`${stem}ed`, third, `${stem}ing`];
}

const forms = new Map<string, CueVerb>();
// Base forms that are not also past forms ("say", not "read"): a cue in this form agrees only with a plural subject.
const presentPlural = new Set<string>();
for (const row of VERBS.split('\n')) {
  const [base, past, third, ing] = row.split('|');
  const [rPast, rThird, rIng] = regular(base);
  if ((past || rPast) !== base) presentPlural.add(base);
  const verb: CueVerb = { base, takesHearer: HEARER.has(base), strong: !WEAK.has(base), needsQuote: NAMING.has(base), infinitive: INFINITIVE.has(base), objectOnly: OBJECT_ONLY.has(base) };
  if (base === 'point') verb.particle = 'out';
  for (const f of [base, past || rPast, third || rThird, ing || rIng]) if (!forms.has(f)) forms.set(f, verb);
}

// The forms learned from annotated news (learnedCues.ts) report like the weak verbs: they introduce content
// but don't stand after it.
for (const row of LEARNED_CUES.trim().split('\n')) {
  const form = row.slice(0, row.indexOf(' '));
  if (!forms.has(form)) forms.set(form, { base: form, takesHearer: false, strong: false, needsQuote: false, infinitive: false, learned: true });
}

// "stated", "stating" report; "state" and "states" are nouns far more often ("the state", "six states").
forms.delete('state');
forms.delete('states');
// "back" is an adverb far more often ("came back"); "backed", "backs", "backing" report support.
forms.delete('back');

// Verbs that report only together with their particle: "called for a ban", "called on Congress to act",
// "pushed for reform", "talked about jobs", "pointed to her record", "made clear that …", and "expressed concern that …", "voiced
// support for …", where the feeling expressed belongs to the cue as annotators draw it ("expressed" alone still
// reports), and the answers and rebukes "pushed back on …", "fired back at …", "lashed out at …", "spoke out
// against …", "sided with …". Forms "base|past|3rd person|-ing" as above, then the particles.
const PHRASAL = `call|||:for on
push|||:for back
fire|||:back
lash|||:out
side|||:with
press|||:for
talk|||:about
speak|spoke||:about out
point|||:to
refer|referred||referring:to
allude|||:to
vouch|||:for
balk|||:at
make|made||making:clear
express|||:concern concerns confidence frustration support doubt doubts hope optimism skepticism regret disappointment outrage opposition sympathy alarm dismay reservations misgivings
voice|||:concern concerns confidence frustration support doubt doubts hope optimism skepticism regret disappointment outrage opposition sympathy alarm dismay reservations misgivings`;

const phrasal = new Map<string, CueVerb>();
for (const row of PHRASAL.split('\n')) {
  const [verbForms, particles] = row.split(':');
  const [base, past, third, ing] = verbForms.split('|');
  const [rPast, rThird, rIng] = regular(base);
  for (const particle of particles.split(' ')) {
    const verb: CueVerb = { base: `${base} ${particle}`, particle, takesHearer: false, strong: false, needsQuote: false, infinitive: false, objectOnly: true };
    for (const f of [base, past || rPast, third || rThird, ing || rIng]) phrasal.set(`${f} ${particle}`, verb);
  }
}

// The verb-particle pairs learned from annotated news (learnedCues.ts) report like the learned verbs: they need a
// content of some length, which may be a clause ("shot back that …") as well as their object.
for (const row of LEARNED_PHRASAL.trim().split('\n')) {
  const [form, particle] = row.split(' ');
  if (!phrasal.has(`${form} ${particle}`)) phrasal.set(`${form} ${particle}`, { base: `${form} ${particle}`, particle, takesHearer: false, strong: false, needsQuote: false, infinitive: false, objectOnly: true, learned: true });
}

const phrasalForms = new Set([...phrasal.keys()].map((k) => k.slice(0, k.indexOf(' '))));

/**
 * "put it" of speech ("As Roe put it, …", "Roe put it bluntly: “…”"): a cue only where the grammar says so, since
 * "put it on the table" is none; it stands after its content like "said" and takes no object.
 */
export const PUT_IT: CueVerb = { base: 'put it', particle: 'it', takesHearer: false, strong: true, needsQuote: false, infinitive: false };

/** The phrasal cue of a (lower-case) verb form and the word after it ("called" + "for"), if they make one. */
export function phrasalCue(form: string, next: string): CueVerb | undefined {
  const verb = form.toLowerCase();
  return phrasalForms.has(verb) ? phrasal.get(`${verb} ${next.toLowerCase()}`) : undefined;
}

/** "say", "argue": a cue form that agrees only with a plural subject ("Wardens say"; "Lund said", "Roberts says"). */
export function agreesOnlyWithPlural(form: string): boolean {
  return presentPlural.has(form.toLowerCase());
}

/** The cue verb a (lower-case) word form belongs to, e.g. "said" → say; undefined for other words. */
export function cueVerb(form: string): CueVerb | undefined {
  return forms.get(form.toLowerCase());
}

// A present form in -s: "Endorses", "Shows".
const PRESENT_S = /[^s]s$/;

/**
 * A capitalised form of `verb` in a title-case headline reads as the cue, where a capital elsewhere marks a name:
 * a speech verb in any form ("Roe Says …"), another cue in its present form in -s ("Roe Endorses Lee").
 */
export function readsInHeadline(verb: CueVerb, form: string): boolean {
  return verb.strong || PRESENT_S.test(form.toLowerCase());
}

// "Voters see him as a threat", "rivals saw the vote as a test": "see" reports a view only with "as" after its
// object; its content is that object and what it is seen as.
const SEE_AS_FORMS = words('see sees saw seeing');
const SEE_AS: CueVerb = { base: 'see', takesHearer: false, strong: false, needsQuote: false, infinitive: false, objectOnly: true };

/** The cue verb of a form of "see" that a later "as" makes a view ("see him as …"), to be checked by the caller. */
export function seeAsCue(form: string): CueVerb | undefined {
  return SEE_AS_FORMS.has(form.toLowerCase()) ? SEE_AS : undefined;
}

// Cue verbs whose base and -s forms are also common nouns ("the report", "six states", "his remarks").
const NOUNISH = words(`
  state support attack question comment plan report remark note view tweet charge claim promise find post show
  hope fear estimate call demand request doubt signal welcome answer quote counter pledge vow reply joke quip
  brand label echo cry read highlight blame mock slam blast praise cite comment chant shout yell retort plea
  feel view doubt request record respond recount hint forecast rebuke ridicule reference champion`);

/** True for the base or -s form of a verb that is also a noun ("reports", "plan"): a cue only after a clear subject. */
export function isNounish(form: string): boolean {
  const w = form.toLowerCase();
  const v = forms.get(w);
  if (!v || !NOUNISH.has(v.base)) return false;
  return w === v.base || w === regular(v.base)[1];
}

// The adjectives learned from annotated news (learnedCues.ts): after a copula they report a view of their subject.
const adjectives = new Map<string, CueVerb>();
for (const row of LEARNED_ADJECTIVES.trim().split('\n')) {
  const base = row.slice(0, row.indexOf(' '));
  adjectives.set(base, { base, takesHearer: false, strong: false, needsQuote: false, infinitive: true, adjective: true });
}

/** The cue of a (lower-case) adjective that reports a view after a copula ("critical", "hopeful"), if it is one. */
export function adjectiveCue(form: string): CueVerb | undefined {
  return adjectives.get(form.toLowerCase());
}

/** The -ing form of a cue verb ("saying", "adding"), which reports for the subject of its main clause. */
export function isParticiple(form: string): boolean {
  return /ing$/.test(form.toLowerCase());
}

// -ing forms of cue verbs that are nouns or adjectives more often than participles after a noun phrase ("a strong
// showing", "a friendly warning", "additional reporting", "telling insight").
const GERUND_NOUNS = words('showing warning reporting planning thinking viewing finding telling feeling reading meaning hoping knowing');

/** True for an -ing form that after a noun phrase is rather a noun or adjective than a reduced relative. */
export function isGerundNoun(form: string): boolean {
  return GERUND_NOUNS.has(form.toLowerCase());
}

// Verbs and adjectives that take a cue verb's infinitive and leave the speaker the subject before them ("Sanders
// has continued to push for …", "Republicans were quick to condemn …", "he used to boast …", "The House is likely
// to consider …"); verbs that report on their own ("refused to", "promised to") are cues themselves.
const CATENATIVES = words(`
  continue continues continued continuing used begin begins began start starts started try tries tried
  going quick likely unlikely able ready eager set moved rushed trying attempt attempts attempted attempting fail fails
  failed failing tend tends tended struggle struggles struggled struggling managed yet appear appears appeared seem seems
  seemed`);

/** True for a word that passes its subject on to a cue verb's infinitive after it ("continued to", "quick to"). */
export function isCatenative(form: string): boolean {
  return CATENATIVES.has(form.toLowerCase());
}

// Verbs that take a gerund and leave the speaker the subject before them ("Roe avoids condemning …", "Lee kept
// saying …"): the -ing form after them is no reduced relative of a noun phrase ending in them.
const GERUND_CATENATIVES = words(`
  avoid avoids avoided keep keeps kept stop stops stopped quit quits risk risks risked resume resumes resumed
  finish finishes finished`);

/** True for a verb that passes its subject on to a cue verb's -ing form after it ("avoids condemning"). */
export function isGerundCatenative(form: string): boolean {
  return GERUND_CATENATIVES.has(form.toLowerCase());
}

// Verbs that pass their subject on together with a particle: "went on to say", "goes on to argue".
const PARTICLE_CATENATIVES = new Map([['on', words('go goes went going gone')]]);

/** True for a verb form and particle that pass their subject on to a cue verb's infinitive ("went on to"). */
export function isParticleCatenative(form: string, particle: string): boolean {
  return !!PARTICLE_CATENATIVES.get(particle.toLowerCase())?.has(form.toLowerCase());
}

// Nouns of saying and believing that report the that-clause after them for their owner ("the mayor's claim that
// …", "his warning that …"): the speech and stance verbs' nouns that news prose writes with a that-clause.
const SPEECH_NOUNS = words(`
  claim claims assertion assertions insistence suggestion suggestions warning warnings argument arguments
  contention statement statements comment comments remark remarks complaint complaints accusation accusations
  allegation allegations promise promises pledge pledges vow vows prediction predictions admission denial
  denials belief beliefs hope hopes fear fears concern concerns assurance assurances threat threats`);

/** True for a (lower-case) noun of saying that reports a that-clause for its owner ("claim", "warning"). */
export function isSpeechNoun(form: string): boolean {
  return SPEECH_NOUNS.has(form.toLowerCase());
}
