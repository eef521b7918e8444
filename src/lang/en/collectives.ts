// English collective actors (src/analyse/claims/collectives.ts): the common nouns that name a group acting as one
// ("the army demanded", "the government rejected"), and the nouns that refer back to a named organisation.

/** Words that leave a group unqualified when they stand before its head ("the Federal Government": whose?). */
export const LEVEL_WORDS = 'federal|national|central|state|local|provincial|regional';

/** Head nouns of a collective actor. */
export const HEADS = 'embassy|army|military|government|opposition|rebels|junta|police|union|authorities|administration|protesters|militia|ministry|cabinet|alliance|coalition|party|delegation|council|presidency';

// Lower-case modifiers between the qualifier and the head ("India's main opposition alliance", "the Saudi
// energy ministry"): content words only, so "the deal the government" never becomes one phrase.
export const MODIFIER = '(?!(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|that|which|who|whose|is|was|are|were|has|have|had|will|would|said|says|its|their|his|her)\\b)\\p{Ll}[\\p{L}-]*\\s+';

/** A head followed by a role noun modifies it ("the Congress party leader", "the army chief"): no actor. */
export const ROLE_AFTER = /^\s+(?:leaders?|chiefs?|heads?|spokes(?:man|woman|person)|officials?|members?|supporters?|candidates?|lawmakers|headquarters|offices?|sources?|figures?)\b/;

/** A capitalised word that is only a determiner opening a sentence ("The army"), not a qualifier ("Sudan's army"). */
export const DETERMINER_WORD = /^(?:The|A|An|This|That|Its|Their)$/;

/** Nouns that refer back to the latest named organisation: "the company", "the fund" (not "the company's chief"). */
export const BACK_REFERENCE = /\b[Tt]he\s+(company|firm|fund|bank|lender|alliance|bloc|agency|watchdog|regulator)\b(?!\s*['’]s\s+(?:leaders?|chiefs?|heads?))/g;

/** Head nouns that refer to an organisation of that kind whatever its name ("the fund" = the IMF). */
export const KIND_OF: Record<string, RegExp> = {
  fund: /^(?:IMF)$/, bank: /^(?:ECB|Fed|IDB|ADB|AfDB|EIB|EBRD)$/, lender: /^(?!.*\b(?:Food|Blood|Wildlife|Defen[sc]e|Relief|Legal|Memorial|Scholarship|Seed|Children['’]s|Clothing|Diaper)\b).*\b(?:Bank|Fund)\b|^(?:IMF|ECB|EIB|EBRD)$/,
  alliance: /^(?:NATO|Nato)$/, bloc: /^(?:EU|ASEAN|Asean|Mercosur|ECOWAS|Ecowas|BRICS|Brics|SCO)$|\bUnion\b/, agency: /\b(?:Agency|Organi[sz]ation)\b|^(?:WHO|IAEA|UNHCR|UNRWA|FAO|NASA)$/,
  watchdog: /\b(?:Authority|Commission|Agency)\b|^(?:IAEA)$/, regulator: /\b(?:Authority|Commission)\b|^(?:SEC|FCA|FTC)$/,
};
