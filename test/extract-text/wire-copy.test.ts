// Wire copy as plain text: the ALL-CAPS headline is the title, the dateline on its own line opens the body (as in the
// hand-checked bodies of the extraction benchmark) and gives the date, and results tables that are the item's content
// are kept as rows, while menus of short lines stay dropped. Every text is made up for the rule.
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/extract/text/index.js';
import { isFixtureRow, isTableRow, isWireDateline, isWireHeadline } from '../../src/extract/text/wire.js';

const page = (...lines: string[]) => extractPlainText(lines.join('\n\n'));

const RESULTS = [
  'RUGBY LEAGUE - NORTHERN CUP RESULTS.',
  'HALIFAX 1997-03-08',
  'Results of northern cup matches played on Saturday:',
  'Wakefield 24 Castleford 18',
  'Hull 10 Widnes 36',
  'Warrington Wolves 22 Bradford 22',
  'Standings (tabulate under played, won, drawn, lost, points for, against, points):',
  'Widnes 4 4 0 0 120 40 8',
  'Wakefield 4 3 0 1 90 61 6',
];

describe('results tables that are the item', () => {
  it('keeps every row of a results brief as a list item, with its intro and column line', () => {
    const a = page(...RESULTS);
    for (const row of RESULTS.slice(2)) expect(a.text).toContain(row);
    expect(a.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(5);
    expect(a.dropped.map((d) => d.text)).not.toContain('Hull 10 Widnes 36');
  });

  it('keeps results and standings rows that alternate like headline and lead teasers', () => {
    const rows = ['Manchester Rovers 2 Leeds Athletic 1', 'Rovers 5 4 1 0 12 4 13', 'Hull City 0 Derby County 0', 'Derby 5 3 1 1 9 5 10',
      'Stoke City 3 Port Vale 2', 'Stoke 5 2 2 1 7 6 8'];
    const a = page('SOCCER - DIVISION ONE RESULTS.', 'MANCHESTER 1997-03-08', ...rows);
    for (const row of rows) expect(a.text).toContain(row);
  });

  it('keeps section lines inside a table and the intro between the dateline and the table', () => {
    const a = page('SOCCER - SCOTTISH LEAGUE RESULTS.', 'GLASGOW 1997-03-08', 'Results of Scottish league matches on Saturday:',
      'Premier division', 'Celtic 3 Hibernian 0', 'Rangers 2 Motherwell 2', 'Division one', 'Falkirk 1 Airdrie 0', 'Clydebank 0 St Mirren 4');
    expect(a.text).toMatch(/^GLASGOW 1997-03-08\n\nResults of Scottish league matches on Saturday:\n\nPremier division\n\nCeltic 3 Hibernian 0/);
    expect(a.text).toContain('Division one\n\nFalkirk 1 Airdrie 0');
    expect(a.text).toContain('Clydebank 0 St Mirren 4');
  });

  it('keeps a table between the paragraphs of a dated wire story', () => {
    const a = page(
      'ATHLETICS - KOVALENKO WINS IN OSLO.',
      'OSLO 1997-07-04',
      'Ukraine\'s Irina Kovalenko won the women\'s 800 metres at the Oslo meeting on Friday, holding off two Kenyans on the final bend to claim her third win of the season.',
      'Leading results:',
      'Irina Kovalenko (Ukraine) 1:58.40',
      'Mary Wanjiru (Kenya) 1:58.92',
      'Grace Otieno (Kenya) 1:59.15',
      'Kovalenko said after the race that she would skip next week\'s meeting in Stockholm to rest a sore ankle before the championships in August.',
    );
    expect(a.text).toContain('Mary Wanjiru (Kenya) 1:58.92');
    expect(a.text).toContain('skip next week');
  });

  it('still drops a menu of short lines and a numbered link list around a story', () => {
    const a = page(
      'Home', 'World', 'Business', 'Sport', 'Weather',
      'Harbour plan approved after long night of talks',
      'The city council approved the harbour redevelopment plan late on Tuesday after nine hours of debate, with the final vote split twelve to nine.',
      'Opponents said the plan would push up rents along the waterfront and vowed to challenge it in court before building starts next spring.',
      'Most read', 'Page 1 of 3', 'Top 10 beaches 2019', 'Privacy', 'Terms',
    );
    expect(a.text).not.toMatch(/Business|Weather|Top 10|Page 1/);
    expect(a.text).toContain('vowed to challenge it');
  });

  it('tells table rows from dates and sentences', () => {
    expect(isTableRow('Arsenal 2 Chelsea 1')).toBe(true);
    expect(isTableRow('Liverpool 3 3 0 0 8 1 9')).toBe(true);
    expect(isTableRow('March 8, 1997')).toBe(false);
    expect(isTableRow('He scored 2 goals in 3 games')).toBe(false);
    expect(isTableRow('Weather')).toBe(false);
    // a scorecard's dismissal words and an initial's full stop are the row's; notes after a score row are the row's
    expect(isTableRow('M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31')).toBe(true);
    expect(isTableRow('N. Hussain lbw b Waqar Younis 12')).toBe(true);
    expect(isTableRow('Newcastle 2 ( Shearer 34 ) Tottenham 0 . Halftime 1-0 . Attendance 36,100')).toBe(true);
    expect(isFixtureRow('Wimbledon v Chelsea')).toBe(true);
    expect(isTableRow('Wimbledon v Chelsea')).toBe(false);
    expect(isTableRow('1. Laurent Jalabert (France) ONCE 4:41:12')).toBe(true);
    expect(isTableRow('He met Smith v the board in 1996. Then he left.')).toBe(false);
    expect(isTableRow('He said 2 men. Police came 3 times.')).toBe(false);
  });

  it('keeps a one-day summary whole: venue lines, innings with scorers, result and man-of-the-match lines between rows', () => {
    const a = page('CRICKET - ONE-DAY SERIES SUMMARIES .', 'COLOMBO 1996-09-03', 'Summarised scores from the one-day series in Colombo :',
      'Tuesday , at the R. Premadasa Stadium :',
      'Sri Lanka 264-6 in 50 overs ( Sanath Jayasuriya 88 , Aravinda de Silva 61 , Arjuna Ranatunga 34 not out ; Shane Warne 2-44 )',
      'Australia 231 all out in 47.2 overs ( Mark Waugh 72 , Michael Bevan 50 ; Muttiah Muralitharan 3-37 )',
      'Result : Sri Lanka won by 33 runs .', 'Man of the match : Sanath Jayasuriya .', 'Monday , at the P. Saravanamuttu Stadium :',
      'India 226-5 in 50 overs ( Sachin Tendulkar 110 ; Heath Streak 2-38 )', 'Zimbabwe 189-9 in 50 overs ( Andy Flower 55 ; Anil Kumble 3-29 )');
    for (const line of ['R. Premadasa Stadium', 'Sri Lanka 264-6', 'Man of the match', 'Zimbabwe 189-9']) expect(a.text).toContain(line);
    expect(a.dropped).toEqual([]);
  });

  it('keeps standings with half games behind: "1/2" after a figure is a fraction, not a photo counter', () => {
    const a = page('BASKETBALL - NBA STANDINGS .', 'NEW YORK 1996-12-15', 'Standings after games played on Saturday :', 'W L PCT GB',
      'MIAMI 16 6 .727 -', 'NEW YORK 15 6 .714 1/2', 'ORLANDO 9 10 .474 5 1/2', 'BOSTON 5 15 .250 10');
    expect(a.text).toContain('ORLANDO 9 10 .474 5 1/2');
    expect(a.media).toEqual([]);
  });

  it('reads the language of a results story from its prose, not from the names in its table', () => {
    const a = page('SOCCER - DUTCH FIRST DIVISION RESULTS .', 'AMSTERDAM 1996-09-15', 'Results of Dutch first division matches played on Sunday :',
      'Ajax Amsterdam 2 Vitesse Arnhem 1', 'PSV Eindhoven 3 NAC Breda 0', 'Feyenoord 1 Twente Enschede 1', 'Heerenveen 2 Roda JC Kerkrade 0',
      'Willem II Tilburg 1 Groningen 2', 'Fortuna Sittard 2 RKC Waalwijk 2', 'NEC Nijmegen 1 De Graafschap 0',
      'PSV lead the standings with 13 points from five matches , two ahead of Ajax .');
    expect(a.language).toBe('en');
  });

  it('keeps a list the wire story announces with a colon, but not short lines after a colon on a web page', () => {
    const wire = page('ROMANIA NAMES NEW GOVERNMENT .', 'BUCHAREST 1996-12-12',
      'Parliament approved the new government on Thursday . Following is a list of the main cabinet members and their parties :',
      'Prime Minister - Victor Ciorbea ( CDR )', 'Foreign Affairs - Adrian Severin ( USD )', 'Finance - Mircea Ciumara ( CDR )',
      'The cabinet was sworn in later on Thursday by the president at the palace in the capital .');
    expect(wire.text).toContain('Finance - Mircea Ciumara');
    const web = page('Harbour plan approved after long night of talks',
      'The city council approved the harbour redevelopment plan late on Tuesday after nine hours of debate, with the final vote split twelve to nine. Readers also liked:',
      'Top 10 beaches', 'Best pizza in town', 'Weather this weekend');
    expect(web.text).not.toContain('Best pizza');
  });

  it('keeps a wire scorecard whole: its heading, rows, notes between rows and bowling line', () => {
    const a = page('CRICKET - ENGLAND V PAKISTAN SCOREBOARD .', 'LONDON 1996-08-23',
      'Scoreboard on the first day of the third test between England and Pakistan at The Oval on Thursday :',
      'England first innings', 'M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31', 'A. Stewart b Wasim Akram 44',
      'N. Hussain lbw b Waqar Younis 12', 'G. Thorpe not out 54', 'Extras ( b-4 lb-6 nb-8 ) 18', 'Total ( for 3 wickets ) 159',
      'Fall of wickets : 1-64 2-90 3-110', 'Bowling : Wasim Akram 14-3-41-1 , Waqar Younis 12-2-38-1');
    for (const line of ['England first innings', 'G. Thorpe not out 54', 'Total ( for 3 wickets ) 159', 'Fall of wickets', 'Bowling : Wasim Akram']) expect(a.text).toContain(line);
    expect(a.dropped).toEqual([]);
  });
});

describe('wire headline and dateline', () => {
  it('takes an ALL-CAPS headline ending in a full stop as the title', () => {
    const a = page('TENNIS - SELES BEATS GRAF IN THREE SETS.', 'NEW YORK 1996-09-05',
      'Monica Seles beat Steffi Graf in three sets on Thursday to reach the semi-finals of the U.S. Open.');
    expect(a.title).toBe('TENNIS - SELES BEATS GRAF IN THREE SETS.');
    expect(a.text).not.toContain('TENNIS');
  });

  it('takes a sentence-case first line above a byline and a dateline as the title', () => {
    const a = page('Council rejects call to close the old harbour bridge .', 'Jan Novak', 'GDANSK 1996-08-22',
      'The city council said on Thursday it disagreed with advice from engineers to close the old harbour bridge to traffic .');
    expect(a.title).toBe('Council rejects call to close the old harbour bridge .');
    expect(a.text.startsWith('GDANSK 1996-08-22')).toBe(true);
  });

  it('keeps the dateline as the first line of the body and reads the date from it', () => {
    const a = page('TENNIS - SELES BEATS GRAF IN THREE SETS.', 'NEW YORK 1996-09-05',
      'Monica Seles beat Steffi Graf in three sets on Thursday to reach the semi-finals of the U.S. Open.');
    expect(a.published).toBe('1996-09-05');
    expect(a.text.startsWith('NEW YORK 1996-09-05\n\nMonica Seles')).toBe(true);
  });

  it('recognises datelines with a region or only an agency, and not date stamps or headlines', () => {
    expect(isWireDateline('AL-AIN, United Arab Emirates 1996-12-06')).toBe(true);
    expect(isWireDateline('WASHINGTON (AP) -')).toBe(true);
    expect(isWireDateline('AL-AIN , United Arab Emirates 1996-12-06')).toBe(true);
    expect(isWireDateline('Published Monday, November 18, 2019 8:22AM EST')).toBe(false);
    expect(isWireDateline('UPDATED 14:32 GMT')).toBe(false);
    expect(isWireDateline('UPDATED 05/03/2013 at 11:00 AM EDT')).toBe(false);
    expect(isWireDateline('FOR IMMEDIATE RELEASE July 13, 2009')).toBe(false);
    expect(isWireDateline('TNN Nov 12, 2011, 05.51AM IST MUMBAI:')).toBe(false);
    expect(isWireDateline('SOCCER - JAPAN GET LUCKY WIN')).toBe(false);
    expect(isWireHeadline('SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.')).toBe(true);
    expect(isWireHeadline('Japan get lucky win.')).toBe(false);
  });
});
