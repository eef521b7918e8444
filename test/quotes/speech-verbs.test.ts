// The speech-verb table (src/lang/en/speech.ts): every inflection comes from one row, and each pattern built from it
// reads the forms it names.
import { describe, expect, it } from 'vitest';
import { CUE_FORMS, CUE_RE, NOUNISH_PRESENT_RE, isParticiple, speechForm, speechForms, takesClause } from '../../src/lang/en/speech.js';
import { REPORTING_VERB } from '../../src/lang/en/times.js';
import { SPEECH_VERBS } from '../../src/lang/en/entities.js';
import { REPORTED } from '../../src/lang/en/stance.js';
import { STATEMENT_VERBS } from '../../src/lang/en/events.js';

describe('one table of speech verbs', () => {
  it('reads a verb that is a cue only with its particle with it, never bare ("shot back", not "shot")', () => {
    for (const [form, base] of [['shot back', 'shoot'], ['fired back', 'fire'], ['fires back', 'fire']]) expect(CUE_FORMS.get(form), form).toBe(base);
    for (const bare of ['shot', 'fired', 'fire', 'put', 'putting', 'put it']) expect(CUE_FORMS.has(bare), bare).toBe(false);
    const cues = (s: string) => [...s.matchAll(CUE_RE)].map((m) => m[0]);
    // "put it" is read only after "as" and before a quotation (quotes/fallback.ts), never as a cue word
    expect(cues('"I do," Tolliver shot back. He was fired and shot at; the county put it on the ballot.')).toEqual(['shot back']);
    expect(takesClause('shoot')).toBe(false);
  });
  it('inflects regular verbs and takes the irregular forms from the table', () => {
    expect(CUE_FORMS.get('denies')).toBe('deny');
    expect(CUE_FORMS.get('testifies')).toBe('testify');
    expect(CUE_FORMS.get('dismisses')).toBe('dismiss');
    expect(CUE_FORMS.get('admitted')).toBe('admit');
    expect(CUE_FORMS.get('slammed')).toBe('slam');
    expect(CUE_FORMS.get('written')).toBe('write');
    expect(CUE_FORMS.get('labelled')).toBe('label');
    // no made-up regular forms of irregular verbs
    for (const junk of ['sayed', 'telled', 'denys', 'writed', 'speaked', 'slamed']) expect(CUE_FORMS.has(junk), junk).toBe(false);
  });

  it('keeps the noun-like base and -s forms out of the quote cues, but not their past', () => {
    expect(CUE_FORMS.has('report')).toBe(false);
    expect(CUE_FORMS.has('reports')).toBe(false);
    expect(CUE_FORMS.get('reported')).toBe('report');
    expect('Znak.com claims FSB sources have'.match(NOUNISH_PRESENT_RE)).toEqual(['claims']);
  });

  it('takes manner-of-speaking and notice verbs as cues, their noun-like forms only in the past', () => {
    expect(CUE_FORMS.get('shouted')).toBe('shout');
    expect(CUE_FORMS.get('recounted')).toBe('recount');
    expect(CUE_FORMS.get('notified')).toBe('notify');
    expect(CUE_FORMS.get('exclaims')).toBe('exclaim');
    // "a shout", "the counter", "a whisper" are nouns
    for (const noun of ['shout', 'counter', 'whisper', 'boasts']) expect(CUE_FORMS.has(noun), noun).toBe(false);
  });

  it('builds the multi-word cues from a verb and its particle', () => {
    expect('She pointed out that'.match(CUE_RE)).toEqual(['pointed out']);
    expect('according to the police'.match(CUE_RE)).toEqual(['according to']);
    expect(isParticiple('pointing out')).toBe(true);
    expect(isParticiple('according to')).toBe(false);
  });

  it('verbs that only continue a quotation or report an event are no quote cue', () => {
    expect(CUE_FORMS.has('continued')).toBe(false);
    expect(CUE_FORMS.has('rejected')).toBe(false);
    expect(STATEMENT_VERBS).toContain('rejected');
    expect(takesClause('say')).toBe(true);
    expect(takesClause('describe')).toBe(false);
  });

  it('each pattern reads its named subset of the table', () => {
    expect(speechForms('tense')).toEqual(['said', 'told', 'added', 'confirmed', 'stated', 'announced', 'wrote', 'declared', 'reported']);
    expect(speechForm('tell', 'past')).toEqual(['told']);
    expect(REPORTING_VERB.test('the minister wrote')).toBe(true);
    expect(REPORTING_VERB.test('the minister writes')).toBe(false);
    expect(SPEECH_VERBS.test('says')).toBe(true);
    expect(SPEECH_VERBS.test('tells')).toBe(false);
    expect('Kyiv said Russia had'.match(REPORTED)).toEqual(['said']);
    expect('Smith told reporters on'.match(REPORTED)).toEqual(['told reporters']);
    expect('Smith told him'.match(REPORTED)).toBeNull();
  });
});
