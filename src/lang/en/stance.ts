// English stance cues: the verbs and phrases by which a speaker asserts, confirms, denies, rejects, demands or
// accuses, and the words a claim's content-word overlap ignores.
import type { Stance } from '../../model/analysis.js';
import { speechForm, speechForms } from './speech.js';

export interface StanceCue { stance: Stance; re: RegExp; nominal: boolean }

const cue = (stance: Stance, verbs: string[], nominal = false): StanceCue =>
  ({ stance, re: new RegExp(`\\b(?:${verbs.join('|')})(?!\\w)`, 'giu'), nominal });

export const STANCE_CUES = [
  cue('assert', ['announced', 'announces', 'claimed', 'claims', 'claiming', 'asserted', 'asserts', 'alleged', 'alleges',
    'insisted', 'insists', 'maintained', 'maintains', 'reiterated', 'reiterates', 'stated', 'states',
    'said that', 'says that', 'said:', 'says:', 'reported that', 'declared', 'declares']),
  cue('confirm', ['confirmed', 'confirms', 'acknowledged', 'acknowledges', 'admitted', 'admits']),
  cue('deny', ['denied', 'denies', 'denying', 'dismissed', 'dismisses', 'refuted', 'refutes', 'disputed', 'disputes',
    'called (?:it|this|the \\w+) (?:false|fake|a lie|lies|propaganda)']),
  cue('reject', ['rejected', 'rejects', 'rejecting', 'refused', 'refuses', 'refusing', 'ruled out', 'rules out',
    'will not accept', 'would not accept', 'does not accept', 'opposes', 'opposed',
    'turned down', 'turns down', 'brushed aside', 'brushes aside']),
  // "is pressing Mexico to accept", "pressed Kyiv to cede": pressure towards an act is a demand
  cue('demand', ['press(?:ed|es|ing)(?=\\s+(?:[\\p{L}’-]+\\s+){1,3}to\\s)', 'demanded', 'demands', 'demanding', 'urged', 'urges', 'called on', 'calls on', 'called for',
    'calls for', 'ultimatum', 'insisted that', 'must']),
  cue('accuse', ['accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming', 'charged that']),
  // Nominal cues: the speaker calls the other side's story false, or names the other side's guilt.
  // They stand anywhere in the sentence ("it was a fake", "the staged provocation"), so the whole
  // sentence part is the claim, and a determiner before them does not make them a non-verb.
  cue('deny', [`categorically (?:${speechForms('categorical').join('|')})`, 'fakes?', 'staged', 'staging', 'provocations?',
    'propaganda', 'lies', 'a lie', 'baseless', 'groundless', 'fabricated', 'fabrications?', 'disinformation',
    '(?:has|have|had) nothing to do with', '(?:did|does|do) not (?:commit|kill|attack|shell|bomb|target|strike|use|carry out)',
    'never (?:committed|killed|attacked|shelled|bombed|targeted|struck)'], true),
  cue('accuse', ['war crimes?', 'crimes against humanity', 'genocide', 'atrocities', '(?:is|are|was|were) responsible for',
    'guilty of', 'to blame for', 'massacred?', 'killings? of civilians'], true),
];

/** A conditional threat or an either/or in an assertion makes it a demand ("will take X if you do not leave"). */
export const ULTIMATUM = /\bif\b[^.;]*\b(?:do|does|did|will|would)\s*(?:not|n['’]t)\b|\bunless\b|\beither\b[^.;]*\bor\b|\b(?:must|should|have to|has to)\b/i;

/** Anaphora that points a counter-claim at the claim just before it. */
export const ANAPHORA = /\b(?:the|this|that|these|those|such)\s+(?:\w+\s+)?(?:narrative|claims?|allegations?|statements?|reports?|demands?|ultimatum|accusations?|assertions?|version|proposals?|position)\b|^\s*(?:this|that)\b/i;

/** Words too common to link a counter-claim to its claim. */
export const STEM_STOP_WORDS = new Set(['that', 'this', 'these', 'those', 'with', 'from', 'have', 'will', 'would', 'should', 'their',
  'there', 'which', 'about', 'after', 'before', 'been', 'were', 'they', 'them', 'into', 'only', 'also', 'does',
  'said', 'says', 'over', 'than', 'when', 'what', 'while', 'other', 'more', 'most', 'some', 'such', 'because']);

// Claim cues: reporting without a stance, and the facts a side typically disputes (src/analyse/claims/).
/** Speech verbs that report without committing to a stance; the clause after them is the tentative claim. */
export const REPORTED = new RegExp(`\\b(?:${speechForms('stance').join('|')}|${speechForm('tell', 'past').join('|')} (?:reporters|journalists|parliament|lawmakers|supporters|the \\w+|\\p{Lu}\\w+))(?!\\w)(?!\\s+(?:that\\b|:))`, 'gu');
/** Facts a side typically disputes: territorial control, strikes, casualties, breaches, guilt. */
export const CONTESTED = /\b(?:captured|seized|took control|in control of|controls (?:the|most|all|much)|recaptured|retook|struck|hit|shelled|bombed|attacked|opened fire|fired on|rammed|killed|shot down|destroyed|violated|breached|responsible for|were behind|was behind)\b/i;

/** The stances a rebuttal's object noun names ("rejected the accusation" answers an accusation). */
export const OBJECT_STANCES: Array<[RegExp, Stance[]]> = [
  [/^(?:accusation|charge)/i, ['accuse']],
  [/^(?:allegation|claim)/i, ['accuse', 'assert', 'confirm']],
  [/^(?:demand|call|request|ultimatum|proposal)/i, ['demand']],
  [/./, ['assert', 'confirm']],
];

/** Stance words a speaker uses inside a direct quotation: unmistakably the speaker's own verdict or act. */
export const QUOTE_CUES: Array<[Stance, RegExp]> = [
  ['accuse', /\b(?:politically motivated|witch[- ]hunt|smear campaign|(?:is|are) to blame|act of (?:aggression|retaliation))\b/i],
  ['deny', /\b(?:baseless|groundless|fabricat(?:ed|ion|ions)|untrue|(?:completely|totally|patently|simply) false|we (?:categorically |strongly |firmly )?deny|never happened)\b/i],
  ['reject', /\b(?:we (?:categorically |strongly |firmly |flatly )?reject|(?:we|i) (?:will|would|do|can) not accept|unacceptable)\b/i],
  ['demand', /\b(?:we demand|we call on|we urge|(?:we|i) insist that)\b/i],
];

/** Opposite predicates: "exports had risen" vs "they had fallen" contradict without a stance verb. */
export const OPPOSITES: Array<[RegExp, RegExp]> = [
  [/\b(?:ris(?:en|e|es)|rose|increased?|grew|grown|up)\b/i, /\b(?:fall(?:en|s)?|fell|decreased?|declined?|dropped|shr[au]nk|down)\b/i],
  [/\b(?:true|correct|accurate)\b/i, /\b(?:false|untrue|wrong|inaccurate)\b/i],
  [/\b(?:continued|continues|normal|unaffected|running)\b/i, /\b(?:stopped|halted|ceased|shut down|paralysed|paralyzed)\b/i],
  [/\b(?:won|win|wins|winning)\b/i, /\b(?:lost|lose|loses|losing)\b/i],
];
