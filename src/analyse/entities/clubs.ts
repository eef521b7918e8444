// Club and team names by sport (data/clubs: football, basketball, ice hockey, baseball, American football and rugby
// clubs; county cricket; Formula One constructors; cycling trade teams), read once per process. The sport of a text
// is its wire label ("SOCCER - …", "CRICKET - …"): a county is a cricket club only in cricket copy.
import { readFileSync } from 'node:fs';

const read = (file: string) => new Set(readFileSync(new URL(`../../../data/clubs/${file}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));

let lists: Array<{ label: RegExp; names: Set<string> }> | null = null;

/** The clubs a text of this headline's sport may name, or null when the headline carries no sport label. */
export function clubsFor(title: string | null): Set<string> | null {
  if (!title) return null;
  lists ??= [
    { label: /^(?:soccer|football|rugby(?: union| league)?|basketball|baseball|ice hockey|hockey|nhl|nba|nfl|american football)\b/i, names: read('clubs.txt') },
    { label: /^cricket\b/i, names: read('county-cricket.txt') },
    { label: /^(?:motor racing|formula one|motorsport)\b/i, names: read('f1-constructors.txt') },
    { label: /^cycling\b/i, names: read('cycling-teams.txt') },
  ];
  return lists.find((l) => l.label.test(title))?.names ?? null;
}
