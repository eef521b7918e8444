// Words that the story linker's name keys drop or skip (src/story/names.ts), so that one person or organisation gets
// one key across articles and outlets.

/** Titles and the article before a name: "President Zelensky" and "Zelensky" share a key. */
export const KEY_TITLES = ['president', 'mr', 'mrs', 'ms', 'dr', 'sir', 'prime', 'minister', 'gen', 'general',
  'secretary', 'senator', 'sen', 'rep', 'chancellor', 'king', 'queen', 'pope', 'the'] as const;
/** Legal forms that outlets add or drop at will ("General Motors Corporation" = "General Motors"), as English news
 * writes them for companies of several countries (plc, SpA, AG, GmbH). */
export const LEGAL_FORMS = ['corporation', 'corp', 'inc', 'incorporated', 'company', 'co', 'llc', 'ltd', 'limited',
  'plc', 'spa', 'ag', 'sa', 'nv', 'gmbh', 'holdings'] as const;
/** Linking words left out of a name's initials ("United States of America" → "usa"; "Banco de la Nación"). */
export const INITIALS_SKIPPED = ['of', 'and', 'for', 'de', 'la', 'du', 'der', 'on'] as const;

/**
 * Acronyms that name one organisation in English news, with its full name: the store files an entity named by either
 * under one key (src/store/keys.ts), so the European Union's page also lists the articles that only say "EU". Only
 * acronyms with one reading in news are here ("AP" is the Associated Press and Northern Ireland's Alliance Party;
 * "ICC" a court and a cricket council; "NSA" an agency and a national security adviser; "ECB" a central bank and the
 * England and Wales Cricket Board; "EPA" an agency and the European Pressphoto Agency of photo credits).
 */
/** An organisation's folded name in one spelling: British "-isation" as American "-ization" ("World Health Organisation"). */
export const orgSpelling = (folded: string) => folded.replace(/isation\b/g, 'ization');

export const ACRONYM_NAMES: Readonly<Record<string, string>> = {
  EU: 'European Union', UN: 'United Nations', NATO: 'North Atlantic Treaty Organization', WHO: 'World Health Organization',
  IMF: 'International Monetary Fund', OPEC: 'Organization of the Petroleum Exporting Countries', WTO: 'World Trade Organization',
  IAEA: 'International Atomic Energy Agency', UNHCR: 'United Nations High Commissioner for Refugees', UNICEF: "United Nations Children's Fund",
  OSCE: 'Organization for Security and Co-operation in Europe', ICRC: 'International Committee of the Red Cross',
  ASEAN: 'Association of Southeast Asian Nations',
  FBI: 'Federal Bureau of Investigation', CIA: 'Central Intelligence Agency', NASA: 'National Aeronautics and Space Administration',
  CDC: 'Centers for Disease Control and Prevention', FDA: 'Food and Drug Administration',
  USPS: 'United States Postal Service', NIAID: 'National Institute of Allergy and Infectious Diseases',
  DNC: 'Democratic National Committee', RNC: 'Republican National Committee', GOP: 'Republican Party',
  NHS: 'National Health Service', BBC: 'British Broadcasting Corporation', IRGC: 'Islamic Revolutionary Guard Corps',
};
