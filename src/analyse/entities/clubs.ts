// Club and team names by sport (data/clubs: football, basketball, ice hockey, baseball, American football and rugby
// clubs; county cricket; Formula One constructors; cycling trade teams), read once per process. The sport of a text
// is its wire label ("SOCCER - …", "CRICKET - …"): a county is a cricket club only in cricket copy.
import { readFileSync } from 'node:fs';
import { CLUB_LIST_LABELS } from '../../lang/en/results-tables.js';

const read = (file: string) => new Set(readFileSync(new URL(`../../../data/clubs/${file}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));

let lists: Array<{ label: RegExp; names: Set<string> }> | null = null;

/** The clubs a text of this headline's sport may name, or null when the headline carries no sport label. */
export function clubsFor(title: string | null): Set<string> | null {
  if (!title) return null;
  lists ??= CLUB_LIST_LABELS.map(({ labels, file }) => ({ label: new RegExp(`^(?:${labels.join('|')})\\b`, 'i'), names: read(file) }));
  return lists.find((l) => l.label.test(title))?.names ?? null;
}
