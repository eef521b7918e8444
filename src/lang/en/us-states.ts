// US states as news writes them after a politician's name: the AP abbreviations of party-state tags ("D-N.Y.",
// "(R-Fla.)") and the full names ("the Louisiana Republican"). Read by src/analyse/quotes/ (party descriptions).

/** AP style: the abbreviation of each state that has one (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah have none). */
export const US_STATE_AP_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee',
  'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};
