// One home for language knowledge: every word list and cue table lives under src/lang/<code>/, and the article's
// detected language picks the Lang that the language-specific annotators need. An article in a language with no Lang
// yet still gets extraction, sentences and times; the pipeline records which annotators it skipped and why.
import * as entities from './en/entities.js';
import * as events from './en/events.js';
import * as speech from './en/speech.js';
import * as stance from './en/stance.js';
import * as times from './en/times.js';
import * as boilerplate from './en/boilerplate.js';
import * as furniture from './en/furniture.js';
import * as media from './en/media.js';

/** The language data an annotator may read: one module per topic, the same shape for every language. */
export interface Lang {
  code: string;
  name: string;
  entities: typeof entities;
  events: typeof events;
  speech: typeof speech;
  stance: typeof stance;
  times: typeof times;
  boilerplate: typeof boilerplate;
  furniture: typeof furniture;
  media: typeof media;
}

export const en: Lang = {
  code: 'en', name: 'English', entities, events, speech, stance, times, boilerplate, furniture, media,
};

const LANGS: ReadonlyMap<string, Lang> = new Map([['en', en]]);

/** The Lang for an ISO 639-1 code (a region suffix such as "en-GB" is ignored), or null when there is none yet. */
export function langFor(code: string | null | undefined): Lang | null {
  if (!code) return null;
  return LANGS.get(code.toLowerCase().split(/[-_]/)[0]!) ?? null;
}

export const supportedLanguages = (): string[] => [...LANGS.keys()];
