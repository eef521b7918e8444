// Titles written before a person's name, in one table: the gender each gives ("Mrs" → she), whether it is a
// courtesy title that is no part of the name ("Mr Okoro" is Okoro), and whether it is one of the honorifics the
// entity recogniser reads as the mark of a person (entities.ts HONORIFICS, also a feature of the NER model: that set
// must not change without retraining). Read by src/lang/en/quote-cues.ts, entities.ts and src/analyse/quotes/.
import { alternation } from '../alternation.js';

type Gender = 'male' | 'female';

interface Title {
  gender: Gender | null;
  /** A courtesy title, dropped from a name before matching it or reading its given name. */
  courtesy?: true;
  /** An honorific of the entity recogniser: its abbreviations also with a full stop, and in capitals when `caps`. */
  honorific?: { abbreviation: boolean; caps: boolean };
}

const TITLES: Record<string, Title> = {
  Mr: { gender: 'male', courtesy: true, honorific: { abbreviation: true, caps: true } },
  Mrs: { gender: 'female', courtesy: true, honorific: { abbreviation: true, caps: true } },
  Ms: { gender: 'female', courtesy: true, honorific: { abbreviation: true, caps: true } },
  Dr: { gender: null, courtesy: true, honorific: { abbreviation: true, caps: true } },
  Prof: { gender: null, courtesy: true, honorific: { abbreviation: true, caps: false } },
  Sir: { gender: 'male', courtesy: true, honorific: { abbreviation: false, caps: false } },
  Dame: { gender: 'female', courtesy: true, honorific: { abbreviation: false, caps: false } },
  Mme: { gender: 'female', courtesy: true },
  Miss: { gender: 'female', courtesy: true },
  Lady: { gender: 'female', courtesy: true },
  Lord: { gender: 'male' },
  King: { gender: 'male' },
  Prince: { gender: 'male' },
  Duke: { gender: 'male' },
  Baron: { gender: 'male' },
  Father: { gender: 'male' },
  Brother: { gender: 'male' },
  Monsieur: { gender: 'male' },
  Herr: { gender: 'male' },
  Señor: { gender: 'male' },
  Queen: { gender: 'female' },
  Princess: { gender: 'female' },
  Madame: { gender: 'female' },
  Madam: { gender: 'female' },
  Duchess: { gender: 'female' },
  Baroness: { gender: 'female' },
  Sister: { gender: 'female' },
  Mother: { gender: 'female' },
  Frau: { gender: 'female' },
  Señora: { gender: 'female' },
};

const titles = (keep: (t: Title) => boolean) => Object.entries(TITLES).filter(([, t]) => keep(t)).map(([name]) => name);

/** Titles that make a man / a woman of the name after them. */
export const MALE_TITLES = titles((t) => t.gender === 'male');
export const FEMALE_TITLES = titles((t) => t.gender === 'female');
/** Courtesy titles: no part of the name they precede. */
export const COURTESY_TITLES = titles((t) => t.courtesy === true);

/** Every written form of the honorifics: "Mr", "Mr.", "MR", "MR.", "Sir". */
export const HONORIFIC_FORMS: string[] = Object.entries(TITLES).flatMap(([name, t]) => {
  if (!t.honorific) return [];
  const spellings = t.honorific.caps ? [name, name.toUpperCase()] : [name];
  return spellings.flatMap((s) => (t.honorific!.abbreviation ? [s, `${s}.`] : [s]));
});

/** A title right before a name ("Mr ", "Queen "), at the end of the text before a mention. */
export const MALE_TITLE = new RegExp(`\\b(?:${alternation(MALE_TITLES)})\\.?\\s+$`);
export const FEMALE_TITLE = new RegExp(`\\b(?:${alternation(FEMALE_TITLES)})\\.?\\s+$`);
/** A mention that starts with a title ("Mr. Smith"). */
export const MALE_TITLE_START = new RegExp(`^(?:${alternation(MALE_TITLES)})\\.?\\s`);
export const FEMALE_TITLE_START = new RegExp(`^(?:${alternation(FEMALE_TITLES)})\\.?\\s`);
/** One word that is a courtesy title ("Mr", "Dr."). */
export const COURTESY_TITLE_WORD = new RegExp(`^(?:${alternation(COURTESY_TITLES)})\\.?$`);

/**
 * Offices written as a title before the holder's name, by the description noun that refers back to the holder
 * ("Gov. Maria Delgado" … "the governor said", "Sen. Paula Moreno" … "the senator"): news abbreviates them, and the
 * entity layer keeps no role for an abbreviation.
 */
export const OFFICE_TITLE_FORMS: Readonly<Record<string, readonly string[]>> = {
  governor: ['Gov.', 'Governor'],
  senator: ['Sen.', 'Senator'],
  congressman: ['Rep.', 'Congressman'],
  congresswoman: ['Rep.', 'Congresswoman'],
  representative: ['Rep.', 'Representative'],
  lawmaker: ['Sen.', 'Rep.', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman'],
  general: ['Gen.', 'General'],
  admiral: ['Adm.', 'Admiral'],
  mayor: ['Mayor'],
  sheriff: ['Sheriff'],
  judge: ['Judge'],
  justice: ['Justice'],
  commissioner: ['Commissioner'],
};
/** Abbreviated words before a title that make it another office ("Lt. Gov." is not the governor). */
export const OTHER_OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = { 'Lt.': 'lieutenant', 'Lieut.': 'lieutenant', 'Dep.': 'deputy' };
