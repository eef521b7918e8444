// Hostile inputs for the fuzz suite and the reliability bench: repeats of every cue word and pattern the
// annotators use (taken from their own word lists, never retyped), deep nesting, huge tokens, mixed scripts,
// invisible characters and broken encodings. Each builder makes an input of about `size` characters.
import { CUE_FORMS } from '../../src/lang/en/speech.js';
import { STATEMENT_VERBS, TRIGGERS } from '../../src/lang/en/events.js';
import { GIVEN_NAMES, HONORIFICS, KNOWN_ORGS, ORG_WORDS, PLACE_PREPOSITIONS, TITLE_WORDS } from '../../src/lang/en/entities.js';
import { MONTHS, WEEKDAYS } from '../../src/analyse/times/calendar.js';

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const list = (set: Iterable<string>) => [...set];

/** Every word the annotators react to, from their own lists. */
export function cueWords(): string[] {
  // Event triggers are regex alternatives: keep the ones that are plain words.
  const triggers = TRIGGERS.flatMap((t) => t.re.source.split('|').map((a) => a.replace(/\\b|[()?:^$]/g, '').trim()).filter((a) => /^[a-z][a-z -]*$/i.test(a)));
  return [...new Set([
    ...list(CUE_FORMS.keys()), ...STATEMENT_VERBS, ...triggers, ...list(TITLE_WORDS), ...list(HONORIFICS), ...list(KNOWN_ORGS),
    ...list(ORG_WORDS), ...list(PLACE_PREPOSITIONS), ...MONTHS.map(cap), ...WEEKDAYS.map(cap), ...list(GIVEN_NAMES).slice(0, 200),
    'according to', 'about', 'up', 'down', 'percent', '%', 'billion', 'million', 'dollars', 'euros', 'since', 'ago', 'last', 'next',
  ].filter((w) => typeof w === 'string' && w.length > 0 && w.length < 40))];
}

export const repeat = (unit: string, size: number, end = '') => unit.repeat(Math.max(1, Math.ceil(size / unit.length))) + end;

/** Named hostile patterns (issue 12 and beyond); `size` is the rough length in characters. */
export const PATTERNS: Record<string, (size: number) => { text: string; format: 'text' | 'html' }> = {
  'words without punctuation': (n) => ({ text: repeat('word ', n), format: 'text' }),
  'month names': (n) => ({ text: repeat('January February March ', n, '.'), format: 'text' }),
  'on Monday,': (n) => ({ text: repeat('on Monday, ', n, '.'), format: 'text' }),
  'X said Y said': (n) => ({ text: repeat('John Smith said Mary Jones said ', n, '.'), format: 'text' }),
  'up 5% to 10 billion dollars': (n) => ({ text: repeat('up 5% to 10 billion dollars ', n, '.'), format: 'text' }),
  'open quote then words': (n) => ({ text: `The minister said: "${repeat('words and more ', n, '.')}`, format: 'text' }),
  'many closed quotes': (n) => ({ text: repeat('"Yes," he said. ', n), format: 'text' }),
  'nested divs': (n) => ({ text: `${'<div>'.repeat(Math.floor(n / 5))}<p>Deep text said the mayor.</p>${'</div>'.repeat(Math.floor(n / 6))}`, format: 'html' }),
  'nested b': (n) => ({ text: `<html><body>${'<b>'.repeat(Math.floor(n / 3))}Bold words here, the minister said.</body></html>`, format: 'html' }),
  'many paragraphs': (n) => ({ text: `<html><body><article>${repeat('<p>a</p>', n)}</article></body></html>`, format: 'html' }),
  'huge token': (n) => ({ text: `Start of the story. ${'x'.repeat(n)} end of the story, officials said.`, format: 'text' }),
  'capitalised words': (n) => ({ text: repeat('Alpha Beta Gamma Delta ', n, '.'), format: 'text' }),
  'numbers': (n) => ({ text: repeat('12 34 5.6 7,890 ', n, '.'), format: 'text' }),
  'zero-width inside names': (n) => ({ text: repeat('Vla\u200bdi\u200dmir Pu\u2060tin said on Monday that the \u202etalks\u202c will go on. ', n), format: 'text' }),
  'mixed scripts': (n) => ({ text: repeat('Москва said 北京 and القاهرة met in Αθήνα on Friday. ', n), format: 'text' }),
  'cue words': (n) => { const w = cueWords(); let s = ''; for (let i = 0; s.length < n; i++) s += `${w[i % w.length]} `; return { text: `${s}.`, format: 'text' }; },
  'capitalised cue words': (n) => { const w = cueWords(); let s = ''; for (let i = 0; s.length < n; i++) s += `${cap(w[(i * 7) % w.length]!)} `; return { text: `${s}.`, format: 'text' }; },
  'sentences of cue words': (n) => { const w = cueWords(); let s = ''; for (let i = 0; s.length < n; i++) s += `${cap(w[i % w.length]!)} ${w[(i * 13) % w.length]} said "${w[(i * 5) % w.length]}" on ${cap(WEEKDAYS[i % 7]!)}. `; return { text: s, format: 'text' }; },
  'descriptions and cue-less quotes': (n) => ({ text: repeat('Brian Nichols met Rowland Barnes and Nichols left. "I am sorry," the convicted killer said. "Yes." She nodded. ', n), format: 'text' }),
  'quoted as saying': (n) => ({ text: `The agency quoted ${'quoted '.repeat(Math.ceil(n / 80))}${repeat('him as saying \u201cwe will win\u201d and ', n / 2)}`, format: 'text' }),
  'broken UTF-8 bytes': (n) => ({ text: repeat('Caf\ufffd r\u00e9sum\u00e9 na\u00efve \ud800 said. ', n), format: 'text' }),
  'html comments and scripts': (n) => ({ text: `<html><body>${repeat('<!-- x --><script>var a=1;</script><p>Text said the man.</p>', n)}</body></html>`, format: 'html' }),
  'unclosed tags': (n) => ({ text: `<html><body>${repeat('<p><span><a href="x">link ', n)}</body></html>`, format: 'html' }),
  'results table lines': (n) => ({ text: `SOCCER - LEAGUE RESULTS.\nLONDON 1996-08-31\nResults on Saturday:\n${repeat('Manchester United 2 Leeds 1\nLiverpool 3 3 0 0 8 1 9\n\n', n)}`, format: 'text' }),
  'short lines': (n) => ({ text: repeat('Home\nWorld 2\nSport\n\n', n), format: 'text' }),
  'wire datelines': (n) => ({ text: repeat('LONDON 1996-08-30\nWASHINGTON (AP) -\nThe talks went on, he said.\n', n), format: 'text' }),
  // shapes a results-row pattern could match many ways (src/analyse/entities/results-rows.ts): a batting row of
  // dismissal words, innings parted by semicolons
  'results rows': (n) => ({ text: repeat(`Smith ${'c '.repeat(28)}5 x\n${Array.from({ length: 10 }, () => 'A 1 a a a 2 ;').join(' ')} Z\nArsenal 2 Chelsea 1\n`, n), format: 'text' }),
  // transcripts (src/analyse/quotes/transcript.ts): thousands of labelled turns, labels that name people and ones that
  // do not, and overnight and race-time shapes (src/analyse/times/overnight.ts, durations.ts)
  'transcript turns': (n) => ({ text: `Host Dana Kovac spoke with Renee Calloway.\n\n${repeat('KOVAC: Why now, overnight?\n\nGOV. RENEE CALLOWAY (D-MI): (LAUGHS) We won in 2:26:51 and "we will not shut down."\n\nUPDATE: 2 hours 3 minutes, 4 seconds later.\n\n', n)}`, format: 'text' }),
  // speaker shapes of session 30 on one line (src/analyse/quotes/): quotation marks typed as two single ones, crowds
  // chanting, documents and organisations speaking ("the statement said", "When X …, it said")
  'two single marks on one line': (n) => ({ text: repeat("''Yes,'' she said, ''no'' and ", n, '.'), format: 'text' }),
  'chants on one line': (n) => ({ text: repeat('Officers met supporters of Jane Doe chanting \u201cfree her now\u201d and ', n, '.'), format: 'text' }),
  'documents and organisations speaking': (n) => ({ text: repeat('Acme Corp issued a statement on Monday. \u201cWe regret it,\u201d the statement said, and the company said so. When Acme Corp questioned the plan, it said \u201cwe are sure\u201d and ', n, '.'), format: 'text' }),
  'long attribute': (n) => ({ text: `<html><body><p title="${'a'.repeat(n)}">The council said so on Monday.</p></body></html>`, format: 'html' }),
};
