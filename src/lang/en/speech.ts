// The reporting-verb lexicon: one table of the verbs that introduce speech, their inflections and whether they take a
// reported clause. Every speech-verb pattern of the analysers is built from it (quote cues here; stance.ts, times.ts,
// claim-grammar.ts, entities.ts and events.ts take the forms each needs through `speechForms`), so no verb is listed twice.
import { alternation } from '../alternation.js';

/** Inflected forms: base ("say"), third person ("says"), participle ("saying"), past ("said"), past participle ("said"). */
export type VerbForm = 'base' | 's' | 'ing' | 'past' | 'en';
/**
 * The patterns built from the table besides the quote cues, each reading a narrower subset: `stance` reporting without
 * a stance (claims), `tense` a past clause (times), `claim` the speech verb before a nominal claim cue, `entity` a
 * speaker next to a name (entity typing), `event` a statement event, `verbOnly` a statement word that is never a
 * noun (events), `presentEvent` a present form that dates an event to publication, `rebuttal` a statement that answers
 * another, `categorical` the verbs after "categorically" (a denial stance), `nounishPresent` a present form that is a cue only
 * before a clause, `afterQuote` / `beforeQuote` verbs that credit speech only right after / before a quotation.
 */
export type SpeechUse = 'stance' | 'tense' | 'claim' | 'entity' | 'event' | 'verbOnly' | 'presentEvent' | 'rebuttal' | 'categorical' | 'nounishPresent' | 'afterQuote' | 'beforeQuote';

interface SpeechVerb {
  /** Takes a reported clause ("X said (that) …"); false for verbs that only introduce a quotation ("described it as"). */
  clause: boolean;
  /** Base and -s forms are mostly nouns in news text ("state media", "the report"): no quote cue. */
  nounish?: true;
  /** False for verbs that report a statement event ("rejected") or continue one ("went on") but are no quote cue. */
  cue?: false;
  /** Forms that the regular rules get wrong ("said", "dubbed", "labelled"). */
  irregular?: Partial<Record<VerbForm, string[]>>;
  /** A particle that makes the cue ("point out", "go on"). */
  particle?: string;
  /** False when the verb is a cue only with its particle ("shot back", not "shot"): its bare forms are no cue word. */
  bare?: false;
  /**
   * False when a quotation right after the cue, with no comma or colon between, is no speech of it: "fired back “with
   * everything they had”" is gunfire, "fired back: “…”" and "“…,” Cruz fired back" are replies.
   */
  quoteRightAfter?: false;
  /** The forms each other pattern takes ("past s"). */
  uses?: Partial<Record<SpeechUse, string>>;
}

/** A manner-of-speaking verb read only right after a quotation, in the past ("“…,” she gushed"). */
const AFTER_QUOTE_ONLY: SpeechVerb = { clause: false, cue: false, uses: { afterQuote: 'past' } };

const VERBS: Record<string, SpeechVerb> = {
  say: { clause: true, irregular: { past: ['said'] }, uses: { stance: 'past s', tense: 'past', claim: 'past s', entity: 'past s', event: 'base s ing past', verbOnly: 'past', presentEvent: 's' } },
  tell: { clause: true, irregular: { past: ['told'] }, uses: { tense: 'past', claim: 'past', entity: 'past', event: 'past s', verbOnly: 'past' } },
  add: { clause: true, uses: { tense: 'past', claim: 'past', entity: 'past', event: 'past' } },
  warn: { clause: true, uses: { entity: 'past', event: 'past s', nounishPresent: 's', presentEvent: 's' } },
  claim: { clause: true, nounish: true, uses: { entity: 'past', event: 'past s ing', nounishPresent: 's', presentEvent: 's' } },
  deny: { clause: true, uses: { event: 'past s', presentEvent: 's', rebuttal: 'past s', categorical: 'base s past' } },
  confirm: { clause: true, uses: { tense: 'past', event: 'past s', presentEvent: 's' } },
  reiterate: { clause: true, uses: { event: 'past s' } },
  note: { clause: true, nounish: true, uses: { claim: 'past s', entity: 'past', event: 'past', nounishPresent: 's' } },
  state: { clause: true, nounish: true, uses: { tense: 'past', claim: 'past s', entity: 'past', event: 'past s', nounishPresent: 's' } },
  explain: { clause: true, uses: { entity: 'past' } },
  announce: { clause: true, uses: { tense: 'past', entity: 'past', event: 'past s ing', presentEvent: 's' } },
  insist: { clause: true, uses: { entity: 'past', event: 'past s', nounishPresent: 's', presentEvent: 's' } },
  argue: { clause: true, uses: { entity: 'past', event: 'past' } },
  write: { clause: true, irregular: { past: ['wrote'], en: ['written'] }, uses: { tense: 'past', claim: 'past', entity: 'past', event: 'past', verbOnly: 'past' } },
  tweet: { clause: true, nounish: true, uses: { event: 'past', nounishPresent: 's' } },
  reply: { clause: true, nounish: true },
  respond: { clause: false, nounish: true },
  suggest: { clause: true },
  stress: { clause: true, nounish: true, uses: { claim: 'past s', event: 'past', nounishPresent: 's' } },
  emphasise: { clause: true, uses: { claim: 'past' } },
  emphasize: { clause: true, uses: { claim: 'past' } },
  declare: { clause: true, uses: { tense: 'past', event: 'past s' } },
  // "admitted his guilt": an object far more often than a reported clause (the one use of "admitted" in 200 Wikinews articles took an object)
  admit: { clause: false, irregular: { past: ['admitted'], ing: ['admitting'] } },
  acknowledge: { clause: true },
  predict: { clause: true },
  promise: { clause: true, nounish: true, uses: { event: 'past' } },
  vow: { clause: true, nounish: true, uses: { event: 'past' } },
  assert: { clause: true, uses: { event: 'past' } },
  allege: { clause: true },
  report: { clause: true, nounish: true, uses: { stance: 'past', tense: 'past', nounishPresent: 's' } },
  comment: { clause: true, nounish: true, uses: { nounishPresent: 's' } },
  remark: { clause: true, nounish: true },
  conclude: { clause: true, uses: { afterQuote: 'past', beforeQuote: 'past' } },
  recall: { clause: true, uses: { afterQuote: 'past' } },
  observe: { clause: true, nounish: true },
  maintain: { clause: true },
  testify: { clause: true },
  answer: { clause: true, nounish: true },
  reaffirm: { clause: true },
  describe: { clause: false, uses: { event: 'past' } },
  call: { clause: false, nounish: true },
  ask: { clause: false },
  urge: { clause: false, uses: { event: 'past s' } },
  accuse: { clause: false, uses: { event: 'past s' } },
  dismiss: { clause: false, uses: { rebuttal: 'past s' } },
  joke: { clause: true, nounish: true },
  concede: { clause: true },
  complain: { clause: true },
  caution: { clause: true, nounish: true },
  contend: { clause: true },
  reveal: { clause: true },
  indicate: { clause: true },
  estimate: { clause: true, nounish: true, uses: { nounishPresent: 's' } },
  point: { clause: false, nounish: true, particle: 'out' },
  speak: { clause: false, irregular: { past: ['spoke'], en: ['spoken'] } },
  thank: { clause: false },
  inform: { clause: true },
  plead: { clause: true, irregular: { past: ['pleaded', 'pled'] } },
  demand: { clause: false, uses: { event: 'past s' } },
  opine: { clause: true },
  refer: { clause: false, irregular: { past: ['referred'], ing: ['referring'] } },
  elaborate: { clause: true },
  quip: { clause: true, irregular: { past: ['quipped'], ing: ['quipping'] } },
  // manner-of-speaking and notice verbs of the reporting-verb lexicons (PARC 3.0 attributions): "shouted", "notified
  // the panel". Those that mostly take a plain object in news ("recounted the ballots", "countering the threat",
  // "notified the family", "screaming the band's name") introduce a quotation only, never a reported clause.
  exclaim: { clause: true },
  shout: { clause: false, nounish: true },
  yell: { clause: false, nounish: true },
  scream: { clause: false, nounish: true },
  chant: { clause: false, nounish: true },
  whisper: { clause: false, nounish: true },
  mutter: { clause: true },
  boast: { clause: true, nounish: true },
  lament: { clause: true, nounish: true },
  retort: { clause: true, nounish: true },
  // more manner-of-speaking verbs of news copy, read only right after a quotation ("“…,” Williams fumed on Twitter",
  // "“…,” she gushed"): elsewhere they are as often literal ("sobbed as the judge read the sentence", "the branch
  // snapped", "fumed on the sidelines as …")
  fume: AFTER_QUOTE_ONLY,
  marvel: { ...AFTER_QUOTE_ONLY, irregular: { past: ['marveled', 'marvelled'], ing: ['marveling', 'marvelling'] } },
  gush: AFTER_QUOTE_ONLY,
  scoff: AFTER_QUOTE_ONLY,
  muse: AFTER_QUOTE_ONLY,
  fret: { ...AFTER_QUOTE_ONLY, irregular: { past: ['fretted'], ing: ['fretting'] } },
  gripe: AFTER_QUOTE_ONLY,
  grouse: AFTER_QUOTE_ONLY,
  snap: { ...AFTER_QUOTE_ONLY, irregular: { past: ['snapped'], ing: ['snapping'] } },
  sneer: AFTER_QUOTE_ONLY,
  chide: AFTER_QUOTE_ONLY,
  scold: AFTER_QUOTE_ONLY,
  beg: { ...AFTER_QUOTE_ONLY, irregular: { past: ['begged'], ing: ['begging'] } },
  sob: { ...AFTER_QUOTE_ONLY, irregular: { past: ['sobbed'], ing: ['sobbing'] } },
  cry: AFTER_QUOTE_ONLY,
  // orders given in words ("“Expedite,” he commanded", "“Get down,” the officer ordered", "“Don't get nervous,”
  // instructed the supervisor"): ORDER_CUE_RE below
  command: AFTER_QUOTE_ONLY,
  order: AFTER_QUOTE_ONLY,
  instruct: AFTER_QUOTE_ONLY,
  // "“I do,” Tolliver shot back", "Cruz fired back: “…”": a reply, with its particle (no cue without it); no reported
  // clause ("the officer shot back, striking him twice" is gunfire)
  shoot: { clause: false, particle: 'back', bare: false, quoteRightAfter: false, irregular: { past: ['shot'], ing: ['shooting'] } },
  fire: { clause: false, particle: 'back', bare: false, quoteRightAfter: false },
  // "As Smith put it, “…”", "“…,” as Rep. X put it": with its "it", a verb of wording (the particle slot holds the "it"),
  // read only in those two places ("The county put it on the ballot “so voters can decide”" is no speech): no cue word
  put: { clause: false, cue: false, particle: 'it', irregular: { past: ['put'], ing: ['putting'] }, uses: { beforeQuote: 'past s' } },
  counter: { clause: false, nounish: true },
  recount: { clause: false, nounish: true },
  notify: { clause: false },
  assure: { clause: true },
  // evaluative and written-channel verbs that introduce quoted words ("characterized the call as '…'",
  // "denounced the claims as a '…'", "cited his experience: '…'", "posted", "defended his decision, '…'")
  characterize: { clause: false },
  characterise: { clause: false },
  denounce: { clause: false },
  label: { clause: false, nounish: true, irregular: { past: ['labeled', 'labelled'], ing: ['labeling', 'labelling'] } },
  dub: { clause: false, nounish: true, irregular: { past: ['dubbed'], ing: ['dubbing'] } },
  brand: { clause: false, nounish: true },
  cite: { clause: false, nounish: true },
  post: { clause: true, nounish: true, uses: { event: 'past', nounishPresent: 's' } },
  defend: { clause: false, nounish: true },
  criticize: { clause: false, uses: { event: 'past' } },
  criticise: { clause: false, uses: { event: 'past' } },
  condemn: { clause: false, nounish: true, uses: { event: 'past' } },
  hail: { clause: false, nounish: true },
  attack: { clause: false, nounish: true },
  slam: { clause: false, nounish: true, irregular: { past: ['slammed'], ing: ['slamming'] } },
  praise: { clause: false, nounish: true, uses: { event: 'past' } },
  blast: { clause: false, nounish: true },
  // statement events that are no quote cue, and verbs that continue a quotation
  reject: { clause: false, cue: false, uses: { event: 'past s', presentEvent: 's', rebuttal: 'past s', categorical: 'base s past' } },
  refuse: { clause: false, cue: false, uses: { event: 'past s', rebuttal: 'past s' } },
  pledge: { clause: false, cue: false, uses: { event: 'past' } },
  mock: { clause: false, cue: false, uses: { event: 'past' } },
  address: { clause: false, cue: false, uses: { event: 'past s' } },
  continue: { clause: false, cue: false, uses: { afterQuote: 'past s', beforeQuote: 'past s' } },
  go: { clause: false, cue: false, particle: 'on', irregular: { past: ['went'], s: ['goes'], en: ['gone'] }, uses: { afterQuote: 'past', beforeQuote: 'past' } },
};

const SIBILANT = /(?:s|sh|ch|x|z)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** The regular inflections of a verb, unless the table gives them. */
function inflect(base: string, form: VerbForm, verb: SpeechVerb): string[] {
  const given = verb.irregular?.[form] ?? (form === 'en' ? verb.irregular?.past : undefined);
  if (given) return given;
  const stem = base.slice(0, -1);
  switch (form) {
    case 'base': return [base];
    case 's': return [CONSONANT_Y.test(base) ? `${stem}ies` : SIBILANT.test(base) ? `${base}es` : `${base}s`];
    case 'ing': return [base.endsWith('e') ? `${stem}ing` : `${base}ing`];
    default: return [CONSONANT_Y.test(base) ? `${stem}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`];
  }
}

const ALL_FORMS: VerbForm[] = ['base', 's', 'ing', 'past', 'en'];
const withParticle = (verb: SpeechVerb, form: string) => (verb.particle ? `${form} ${verb.particle}` : form);

/** The forms one pattern reads, in table order ("said", "says", "told", …), particles included ("went on"). */
export function speechForms(use: SpeechUse): string[] {
  const out: string[] = [];
  for (const [base, verb] of Object.entries(VERBS)) {
    for (const form of (verb.uses?.[use]?.split(' ') ?? []) as VerbForm[]) {
      for (const f of inflect(base, form, verb)) if (!out.includes(withParticle(verb, f))) out.push(withParticle(verb, f));
    }
  }
  return out;
}

/** One form of one verb, for a pattern that needs it with its own context ("told reporters"). */
export const speechForm = (base: string, form: VerbForm): string[] => inflect(base, form, VERBS[base]!).map((f) => withParticle(VERBS[base]!, f));

/** The multi-word cue that credits its object: "according to X". */
export const ACCORDING_TO = 'according to';

/**
 * inflected form -> base verb, for the quote cues (single words; a particle verb's forms without the particle, or with
 * it when its bare forms are no cue: "shot back").
 */
export const CUE_FORMS = new Map<string, string>();
for (const [base, verb] of Object.entries(VERBS)) {
  if (verb.cue === false) continue;
  for (const form of ALL_FORMS) {
    if (verb.nounish && (form === 'base' || form === 's')) continue;
    for (const f of inflect(base, form, verb)) {
      const cue = verb.bare === false ? withParticle(verb, f) : f;
      if (!CUE_FORMS.has(cue)) CUE_FORMS.set(cue, base);
    }
  }
}

/** Base verbs whose cue credits no quotation that follows it with no comma or colon between (SpeechVerb.quoteRightAfter). */
export const NO_QUOTE_RIGHT_AFTER: ReadonlySet<string> = new Set(Object.entries(VERBS).filter(([, v]) => v.quoteRightAfter === false).map(([base]) => base));

export const takesClause = (base: string): boolean => VERBS[base]?.clause === true && VERBS[base]?.cue !== false;


/** Present-tense forms of noun-like verbs, a cue only before a clause ("Znak.com claims FSB sources have ..."). */
export const NOUNISH_PRESENT_RE = new RegExp(`\\b(?:${alternation(speechForms('nounishPresent'))})\\b`, 'gi');

/** Verbs that only credit speech when they directly follow a quotation ("…," Graham continued). */
export const AFTER_ONLY_RE = new RegExp(`\\b(?:${alternation(speechForms('afterQuote'))})\\b`, 'gi');
/** The same verbs right before a quotation ("Johnson continued, '…'"), "as X put it", and the speaker's own "I'm like, '…'". */
export const BEFORE_QUOTE_RE = new RegExp(`\\b(?:${alternation(speechForms('beforeQuote'))}|(?<=\\bI)(?:\\s+am|\\s+was|['’]m)\\s+like)\\s*[,:]?\\s*$`, 'i');

/** One regex finding cue words; "according to" and the particle verbs ("point(s|ed) out") are multi-word cues. */
const PARTICLE_CUES = Object.entries(VERBS).filter(([, v]) => v.particle && v.cue !== false)
  .flatMap(([base, v]) => ALL_FORMS.flatMap((form) => inflect(base, form, v).map((f) => withParticle(v, f))));
const PARTICLE_VERBS = new Set(Object.entries(VERBS).filter(([, v]) => v.particle).map(([base]) => base));
export const CUE_RE = new RegExp(
  `\\b(?:${ACCORDING_TO}|${alternation([...new Set(PARTICLE_CUES)])}|${[...CUE_FORMS].filter(([, base]) => !PARTICLE_VERBS.has(base)).map(([f]) => f).sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
);

export const isParticiple = (form: string): boolean => /ing(?:\s+\p{Ll}+)?$/iu.test(form) && form.toLowerCase() !== ACCORDING_TO;

/**
 * The verbs of orders above, read only where they close their clause ("he commanded."; not "ordered the government to …")
 * or open the attribution, inverted ("instructed Milton Velez").
 */
export const ORDER_CUE_RE = /^(?:command|order|instruct)/i;
