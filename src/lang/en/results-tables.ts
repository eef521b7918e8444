// Words of results tables as wire copy prints them (src/analyse/entities/results-rows.ts reads the rows):
// "Arsenal 2 Chelsea 1", "Wimbledon v Chelsea", "M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31",
// "Todd Martin (U.S.) beat Goran Ivanisevic (Croatia) 7-5 6-2".

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Between two teams of a fixture still to be played. */
export const FIXTURE_WORDS = words(`v v. vs vs. versus`);

/** Opening a row with its venue: "In Rome : Italy 3 Georgia 0". */
export const VENUE_PREPOSITIONS = words(`In At`);

/** Regions the gazetteer knows that field national teams: "England 2 2 0 0 5 0 6" is the country's team. */
export const NATIONAL_TEAM_REGIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** Between two players in a match result. */
export const RESULT_VERBS = words(`beat bt bt. def def. defeated`);

/** Lower-case words of a cricket batting row, around the batsman, fielder and bowler ("c", "b", "lbw", "not out"). */
export const DISMISSAL_WORDS = words(`c b lbw st run out not retired hurt hit wicket obstructing handled ball and absent`);

/** Lower-case words allowed after a scorer inside the brackets of a score row ("Van Gastel 55 penalty"). */
export const SCORER_NOTES = words(`pen pen. penalty og o.g. own-goal own goal minute minutes min`);

/**
 * Capitalised words that label a table's rows or notes rather than naming a team or a player: "Halftime 1-0",
 * "Attendance 36,100", "Extras (b-4 lb-6) 18", "Total (for 3 wickets) 159".
 */
export const ROW_LABELS = words(`
  Halftime Half-time Half Time Attendance Att Extras Total Totals Fall Bowling Batting Innings Scorers Scorer
  Standings Results Result Played Points Pts Won Lost Drawn Draw Aggregate Agg Penalties Replay Note Round Overs
  Men Women Men's Women's Final Semifinal Semifinals Quarterfinal Quarterfinals Group Division League
  Tel Tel. Fax Phone Page Pages Ext Room Suite Box
  OT SO AET ET ABD
`);

/**
 * Words that make a text sports copy: the wire's sport label before a headline ("CRICKET - …", "SOCCER - …") or a
 * results table's own words. In sports copy a county or state names its team ("Essex 410-8 declared"); elsewhere
 * ("Pennsylvania 19 Michigan 15", "Lombardy 112 6 23") the place.
 */
export const SPORT_LABELS = [
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'ice hockey', 'hockey', 'nhl', 'nba', 'nfl',
  'rugby union', 'rugby league', 'rugby', 'athletics', 'cycling', 'motor racing', 'motorcycling', 'formula one', 'boxing',
  'skiing', 'alpine skiing', 'swimming', 'horse racing', 'racing', 'sailing', 'rowing', 'squash', 'badminton', 'snooker',
  'volleyball', 'handball', 'olympics', 'sport', 'sports',
];
export const SPORT_WORDS = ['halftime', 'half-time', 'attendance', 'standings', 'innings', 'overs', 'wickets', 'scorers', 'league', 'championship'];

/** Sports played by teams: in their copy a name with a team's cue names the club (TENNIS, GOLF, BOXING copy names players). */
export const TEAM_SPORT_LABELS = ['soccer', 'football', 'american football', 'rugby union', 'rugby league', 'rugby', 'basketball', 'baseball', 'ice hockey', 'hockey', 'nhl', 'nba', 'nfl', 'volleyball', 'handball'];

/** After a club's name in a match report: "Bayern coach Giovanni Trapattoni", "Dortmund goalkeeper Stefan Klos". */
export const TEAM_ROLE_NOUNS = words(`
  coach manager striker strikers midfielder midfielders defender defenders goalkeeper keeper captain forward forwards
  winger wingers chairman president fans supporters side squad team teammate teammates player players playmaker
  sweeper fullback full-back substitute substitutes coaches trainer
`);

/** Around two clubs of a match: "Bayern Munich beat champions Borussia Dortmund", "Juventus drew with Parma". */
export const MATCH_VERBS = words(`beat beats defeated thrashed hammered edged routed drew draw held trailed lost against over`);

/** Between a match verb and the club it governs: "beat champions Borussia Dortmund", "against leaders Ajax". */
export const CLUB_EPITHETS = words(`champions leaders hosts visitors rivals neighbours holders title-holders bottom top struggling`);

/** The wire's sport labels that say which list of data/clubs a text's clubs come from. */
export const CLUB_LIST_LABELS: Array<{ labels: string[]; file: string }> = [
  { labels: [...TEAM_SPORT_LABELS, 'american football'], file: 'clubs.txt' },
  { labels: ['cricket'], file: 'county-cricket.txt' },
  { labels: ['motor racing', 'formula one', 'motorsport'], file: 'f1-constructors.txt' },
  { labels: ['cycling'], file: 'cycling-teams.txt' },
];
