// English grammar patterns of claims (src/analyse/claims/): closed-class words around a stance cue that tell its
// subject, where its clause opens and ends, and what a rebuttal's object is.
import { speechForms } from './speech.js';
import { BEFORE_VERB_WORDS } from './speaker-phrases.js';
import { alternation } from '../alternation.js';

/** A participle after a determiner is an adjective ("over the disputed reef", "the rejected plan"). */
// The lookbehind, not \b: JS \b is ASCII-only, so "Erdoğan dismissed" would read "an dismissed".
export const CUE_DETERMINER = /(?<!\p{L})(?:the|a|an|its|their|this|these|those)\s+$/iu;

/** A speech verb whose subject owns a nominal cue later in the sentence. */
export const SPEECH_VERB = new RegExp(`\\b(?:${speechForms('claim').join('|')}|called it)\\b`);

/** A subject pronoun right before the verb (an adverb may follow it). */
export const PRONOUN_SUBJECT = new RegExp(String.raw`(?:^|[\s,])(?:he|she|they|it)\s+(?:(?:${alternation(BEFORE_VERB_WORDS)}|\w+ly)\s+)?$`, 'i');

/** A relative clause after the previous cue ended by a comma: "…, which claims X, has demanded". */
export const RELATIVE_OPEN = /,\s*(?:which|who)\s+(?:\w+ly\s+)?\S+$/i;
export const RELATIVE_CLOSE = /^[^,;:"“”]+,\s*(?:(?:has|have|had|also|later)\s+)*$/i;

/** "X said … and rejects …" / "X refuses …, claiming …": a coordinated verb keeps the first subject. */
export const COORDINATED = /(?:\b(?:and|but|while)\s+(?:\w+ly\s+)?|,\s*)$/i;

// The end of a clause that runs into the next claim: "…, a target", "…, which the", "…; Beijing".
export const TRAILING = /(?:,\s*(?:which|that|an?\s+\w+)(?:\s+the)?|[\s,;]+(?:and|but|while)(?:\s+the)?|\s+the)?[\s,;.]*$/i;

/** "said that …" opens the claim after "that", unless "that" points at a claim noun ("denied that claim"). */
export const CLAUSE_OPENING = /^[\s,:]*(?:that\s+(?!(?:\w+\s+)?(?:claims?|allegations?|accusations?|demands?|reports?|statements?|version|narrative|assertions?)\b))?/i;

// The object noun of a rebuttal says what it answers: "rejected the accusation" answers an accusation
// even when a plain assertion stands nearer; "rejected the demand for a recount" a demand.
export const REBUTTAL_OBJECT = /^\s*(?:(?:the|this|that|these|those|such|his|her|its|their|an?|all|any)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(accusations?|charges?|allegations?|claims?|demands?|calls?|requests?|ultimatums?|proposals?|accounts?|reports?|statements?|versions?|narratives?|assertions?)\b/iu;

/** A place of speaking right before an actor ("Qassem, speaking from Doha"): not who spoke. */
export const LOCATIVE = /\b(?:from|in|at|near|outside|inside|across|around)\s+(?:the\s+)?$/i;

/** An appositive or relative clause right before the verb: "The United States, a treaty ally of Manila, said". */
export const APPOSITIVE = /,\s*(?:a|an|the|who|which|whose|one of)\s[^,]*,\s*$/i;
