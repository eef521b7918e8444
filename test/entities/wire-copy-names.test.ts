// Names as wire copy writes them. Sports results come as rows of names and figures: the row's shape says what each
// name is (a team is an organisation, a national team its country, a player a person, the country in brackets after
// a player a place), and prose is never read as a row. A person is named with their country ("X of Croatia"), a
// competition is an event, and a nationality word on its own names nobody.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultRowNames } from '../../src/analyse/entities/results-rows.js';
import { analyseText } from './helpers.js';
import { analyzeText } from '../../src/api.js';

const typesIn = (raw: string) => {
  const doc = analyseText(raw);
  return doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type}|${doc.text.slice(m.start, m.end)}`));
};
const rowsOf = (text: string, title: string | null = null) => resultRowNames(text, title).map((r) => `${r.type}|${text.slice(r.start, r.end)}`);

describe('names in results tables', () => {
  it('types both sides of a score row as teams, a country as its place, and scorers in brackets as persons', () => {
    const text = 'Coventry 1 Sheffield Wednesday 2\nNewcastle 2 ( Shearer 34 , Ferdinand 60 ) Tottenham 0 . Halftime 1-0 . Attendance 36,100\nGermany 2 Italy 1';
    expect(rowsOf(text)).toEqual(['organization|Coventry', 'organization|Sheffield Wednesday', 'organization|Newcastle', 'person|Shearer',
      'person|Ferdinand', 'organization|Tottenham', 'place|Germany', 'place|Italy']);
  });
  it('reads standings, fixtures, scorecards, leaderboards and match results', () => {
    expect(rowsOf('Manchester United 9 4 4 1 19 12 16\nNEW YORK 74 55 .573 -\nWimbledon v Chelsea')).toEqual(['organization|Manchester United', 'organization|NEW YORK', 'organization|Wimbledon', 'organization|Chelsea']);
    expect(rowsOf('M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31\nG. Thorpe not out 54\nBowling : Wasim Akram 14-3-41-1 , Waqar Younis 12-2-38-1'))
      .toEqual(['person|M. Atherton', 'person|Inzamam-ul-Haq', 'person|Mushtaq Ahmed', 'person|G. Thorpe', 'person|Wasim Akram', 'person|Waqar Younis']);
    expect(rowsOf('135 Ernie Els ( South Africa ) 68 67 , Paul Broadhurst 70 65\n1. Donovan Bailey ( Canada ) 9.92 seconds'))
      .toEqual(['person|Ernie Els', 'place|South Africa', 'person|Paul Broadhurst', 'person|Donovan Bailey', 'place|Canada']);
    expect(rowsOf('1 - Thomas Muster ( Austria ) beat Wayne Ferreira ( South Africa ) 6-4 7-6 ( 7-3 )\nTodd Martin ( U.S. ) beat 3 - Goran Ivanisevic ( Croatia ) 7-5 6-2'))
      .toEqual(['person|Thomas Muster', 'place|Austria', 'person|Wayne Ferreira', 'place|South Africa', 'person|Todd Martin', 'place|U.S.', 'person|Goran Ivanisevic', 'place|Croatia']);
  });
  it('reads a venue before a row, a one-day innings with its scorers and bowlers, and a rider with country and team', () => {
    expect(rowsOf('In Rome : Italy 3 ( Ravanelli 11 ) Georgia 0 . Halftime 1-0\nFlorida 7 COLORADO 6 ( 10 innings )\nFLORIDA 62 69 .473 18 1/2'))
      .toEqual(['place|Rome', 'place|Italy', 'person|Ravanelli', 'place|Georgia', 'organization|Florida', 'organization|COLORADO', 'organization|FLORIDA']);
    expect(rowsOf('Sri Lanka 264-6 in 50 overs ( Sanath Jayasuriya 88 , Arjuna Ranatunga 34 not out ; Shane Warne 2-44 )\nEngland 2 2 0 0 5 0 6'))
      .toEqual(['place|Sri Lanka', 'person|Sanath Jayasuriya', 'person|Arjuna Ranatunga', 'person|Shane Warne', 'place|England']);
    expect(rowsOf('1. Laurent Jalabert (France) ONCE 4:41:12\nFernando Escartin (Spain) Kelme at 0:04'))
      .toEqual(['person|Laurent Jalabert', 'place|France', 'organization|ONCE', 'person|Fernando Escartin', 'place|Spain', 'organization|Kelme']);
  });
  it('reads a standings row with a half game behind, a note in brackets that is no scorer, and a time in hours and minutes', () => {
    expect(rowsOf('NEW YORK 15 6 .714 1/2\nHouston 104 Denver 99 ( OT )\nDamon Hill ( Britain ) Williams 1 hour 17 minutes 43.632 seconds'))
      .toEqual(['organization|NEW YORK', 'organization|Houston', 'organization|Denver', 'person|Damon Hill', 'place|Britain', 'organization|Williams']);
  });
  it('reads county scores at close of play, scorers with a second goal by minute only, and a cabinet list', () => {
    expect(rowsOf('At The Oval : Surrey 350 ( A. Stewart 112 ; M. McCague 4-88 ) and 120-3 ; Kent 280 .\nAt Hove : Sussex v Hampshire - no play , rain .', 'CRICKET - ENGLISH COUNTY SCORES'))
      .toEqual(['place|The Oval', 'organization|Surrey', 'person|A. Stewart', 'person|M. McCague', 'organization|Kent', 'place|Hove', 'organization|Sussex', 'organization|Hampshire']);
    expect(rowsOf('Barcelona 3 ( Ronaldo 12 , 55 , Giovanni 80 ) Valencia 2 . Attendance : 95,000 .\nBetis 1 Sevilla 0'))
      .toEqual(['organization|Barcelona', 'person|Ronaldo', 'person|Giovanni', 'organization|Valencia', 'organization|Betis', 'organization|Sevilla']);
    expect(rowsOf('Prime Minister - Victor Ciorbea (CDR)\nIndustry and Trade - Calin Popescu-Tariceanu (CDR)'))
      .toEqual(['person|Victor Ciorbea', 'organization|CDR', 'person|Calin Popescu-Tariceanu', 'organization|CDR']);
  });
  it('reads lines a row pattern could match many ways without backtracking (a batting row of dismissal words, innings)', () => {
    // each line took seconds to hours with nested quantifiers; a regression shows as this test's timeout
    const lines = `Smith ${'c '.repeat(40)}5 x\n${Array.from({ length: 14 }, () => 'A 1 a a a a 2 ;').join(' ')} Z\n`;
    expect(rowsOf(lines + lines)).toEqual([]);
  });
  it('types no polls, court cases, places in other tables or offices as teams or players', () => {
    expect(rowsOf('Roe v. Wade\nBrown v. Board\nMarbury v. Madison')).toEqual([]);
    expect(rowsOf('Pennsylvania 19 Michigan 15\nArizona 11 Nevada 6')).toEqual(['place|Pennsylvania', 'place|Michigan', 'place|Arizona', 'place|Nevada']);
    expect(rowsOf('Arsenal 2 Chelsea 1 . Referee Mike Reed .\nLeeds 0 Everton 3 . Manager Joe Kinnear said the side played well')).toEqual(['organization|Arsenal', 'organization|Chelsea', 'organization|Leeds', 'organization|Everton']);
    expect(rowsOf('Marks and Spencer 412\nPride and Prejudice 1813')).toEqual([]);
    expect(rowsOf('Steve Scalise - Majority Leader ( R )\nHakeem Jeffries - Minority Leader ( D )')).toEqual(['person|Steve Scalise', 'person|Hakeem Jeffries']);
  });
  it('reads no prose, no lone row, and no phone numbers, years or prices as rows', () => {
    expect(rowsOf('Arsenal 2 Chelsea 1')).toEqual([]);
    expect(rowsOf('Arsenal beat Chelsea 2-1 on Saturday.\nLeeds drew 1-1 with Everton in the rain.')).toEqual([]);
    expect(rowsOf('Tel 020 7946 0000\nFax 020 7946 0001')).toEqual([]);
    expect(rowsOf('Windows 2000 Office 2003\nWindows 1995 Office 1997')).toEqual([]);
    expect(rowsOf('Sales rose 5 percent to 120 million in 1996\nProfit fell 3 percent to 40 million')).toEqual([]);
  });
  it('keeps a wire results story whole and names its teams in the analysis', () => {
    const names = typesIn('SOCCER - ENGLISH LEAGUE RESULTS .\n\nLONDON 1996-10-19\n\nResults of English league matches on Saturday :\n\n' +
      'Leeds 0 Southampton 1\n\nNewcastle 2 ( Shearer 34 ) Tottenham 0 . Halftime 1-0 . Attendance 36,100\n\nPlaying on Sunday :\n\nWimbledon v Chelsea\n\n' +
      'Standings :\n\nNewcastle 9 7 1 1 17 7 22\n\nArsenal 9 5 3 1 18 9 18\n');
    for (const n of ['organization|Leeds', 'organization|Southampton', 'person|Shearer', 'organization|Tottenham', 'organization|Chelsea', 'organization|Arsenal']) expect(names).toContain(n);
    expect(names.filter((n) => n.endsWith('|English'))).toEqual([]);
  });
});

describe('names of a results table in the story around it', () => {
  it('are the same team or player in the prose, but a dateline, "in" and a town\'s own name still name the town', () => {
    const names = typesIn('SOCCER - DUTCH RESULTS .\n\nEINDHOVEN 1996-09-15\n\nResults of Dutch first division matches on Sunday :\n\n' +
      'PSV Eindhoven 3 NAC Breda 0\n\nFeyenoord 2 Vitesse 1\n\nHeerenveen 2 Groningen 0\n\n' +
      'Feyenoord stay second , a point behind PSV Eindhoven , after a late winner in Heerenveen .\n');
    expect(names.filter((n) => n.endsWith('|Feyenoord'))).toEqual(['organization|Feyenoord', 'organization|Feyenoord']);
    expect(names).toContain('place|Heerenveen');
    expect(names).toContain('organization|Heerenveen');
  });
  it('keep a numbered results list of wire copy, and its surnames are the drivers named above', () => {
    const names = typesIn('MOTOR RACING - RESULTS .\n\nMONZA 1996-09-08\n\nLeading placings in the Italian Grand Prix :\n\n' +
      '1. Damon Hill ( Britain ) Williams 1:17:43\n\n2. Michael Schumacher ( Germany ) Ferrari 4.512 seconds behind\n\n3. Jean Alesi ( France ) Benetton 21.087\n\n' +
      'Drivers :\n\n1. Hill 83 points\n\n2. Schumacher 45\n\n3. Alesi 39\n');
    expect(names.filter((n) => /\|(Hill|Schumacher|Alesi)$/.test(n)).sort()).toEqual(['person|Alesi', 'person|Hill', 'person|Schumacher']);
  });
});

describe('a person named with their country', () => {
  it('is the person and the country, not one place, while "Bank of England" and "Isle of Man" stay whole', () => {
    const names = typesIn('Sampras has been drawn with Goran Ivanisevic of Croatia and Richard Krajicek of the Netherlands in the group. ' +
      'The Bank of England kept rates on hold, and ferries to the Isle of Man were cancelled on Monday.');
    for (const n of ['person|Goran Ivanisevic', 'place|Croatia', 'person|Richard Krajicek', 'place|Netherlands']) expect(names).toContain(n);
    expect(names.some((n) => /Bank of England$/.test(n))).toBe(true);
    expect(names.some((n) => /Isle of Man$/.test(n))).toBe(true);
  });
});

describe('words that describe a name in wire copy', () => {
  it('a nationality before a person and a club\'s epithet are not part of the name', () => {
    const names = typesIn('SOCCER - MILAN HELD .\n\nMILAN 1996-09-22\n\nLiberian George Weah scored twice . Welshman John Toshack watched from the stand .\n');
    expect(names).toContain('person|George Weah');
    expect(names).toContain('person|John Toshack');
    expect(names.some((n) => /Liberian|Welshman/.test(n))).toBe(false);
  });
});

describe('clubs of the text\'s sport', () => {
  it('are organisations in that sport\'s copy, and a county is a club only in cricket copy', () => {
    const soccer = typesIn('SOCCER - JUVENTUS HELD .\n\nTURIN 1996-09-22\n\nJuventus were held 1-1 by Piacenza on Sunday , while Sampdoria lost .\n');
    expect(soccer.filter((n) => /\|(Juventus|Sampdoria)$/.test(n)).every((n) => n.startsWith('organization|'))).toBe(true);
    const cricket = typesIn('CRICKET - ESSEX BEAT KENT .\n\nCHELMSFORD 1996-08-30\n\nEssex took the title on Friday after a long day at Chelmsford , and the crowd cheered .\n');
    expect(cricket).toContain('organization|Essex');
    const news = typesIn('Flooding hit Essex on Friday , officials said , and roads in Kent were closed for hours .');
    expect(news).not.toContain('organization|Essex');
  });
});

describe('teams in a team sport\'s prose', () => {
  it('type the town and the nickname of a team named in full as that team, and a position before a player as a role', () => {
    const names = typesIn('AMERICAN FOOTBALL - COWBOYS SURVIVE LATE RALLY .\n\nIRVING , Texas 1996-11-10\n\n' +
      'Quarterback Dale Whitcomb threw two touchdown passes and the Dallas Cowboys held off a late rally to beat the Philadelphia Eagles 24-21 on Sunday . ' +
      'The Eagles closed to within three points , but Dallas ran out the clock . " We made it hard , " said Cowboys coach Walt Maddox .');
    for (const n of ['person|Dale Whitcomb', 'organization|Dallas', 'organization|Eagles', 'organization|Cowboys']) expect(names).toContain(n);
    expect(names).not.toContain('person|Quarterback Dale Whitcomb');
  });
  it('keep the town where the copy names the town itself', () => {
    const names = typesIn('AMERICAN FOOTBALL - COWBOYS WIN .\n\nIRVING , Texas 1996-11-10\n\nThe Dallas Cowboys beat the Philadelphia Eagles 24-21 . Fans in Dallas celebrated .');
    expect(names).toContain('place|Dallas');
  });
});

describe('companies in market copy', () => {
  it('are organisations where a market\'s cue governs them, with their legal form and country apart', () => {
    const names = typesIn('Shares in Pechiney rose 3 percent in Paris on Monday after talks on the takeover of Alusuisse . ' +
      'Zeneca shares fell . Boots Co Plc of Britain and Rhone-Poulenc SA said they would bid , while Las Vegas NV was quiet .');
    for (const n of ['organization|Pechiney', 'organization|Alusuisse', 'organization|Boots Co Plc', 'place|Britain', 'organization|Rhone-Poulenc SA']) expect(names).toContain(n);
    expect(names).not.toContain('organization|Las Vegas NV');
  });
  it('are organisations after a market noun, a share-price move, an analyst\'s desk, and coordinated with one', () => {
    const names = typesIn('British shares closed higher on Thursday after broker Hoare Pemberton raised its forecasts . ' +
      'Barrowdale Bank rose 14p to 612p and Mercia Midland gained 9p to 455p . Analysts at Bankhaus Meissner said the figures were strong . ' +
      'Drinks stocks fell after a warning from its distributor Pinnacle Spirits and Glenview Brands .');
    for (const n of ['organization|Hoare Pemberton', 'organization|Mercia Midland', 'organization|Bankhaus Meissner', 'organization|Pinnacle Spirits',
      'organization|Glenview Brands']) expect(names).toContain(n);
  });
  it('leave persons and ships after such nouns, a weight lost, and an apposition after a comma alone', () => {
    const names = typesIn('Labour power broker Mandelson met the aircraft carrier Nimitz crew . Wilkinson lost 30 pounds before the fight . ' +
      'A dealer at Barclays , Okonjo , said the market was calm .');
    for (const n of ['organization|Mandelson', 'organization|Wilkinson', 'organization|Okonjo']) expect(names).not.toContain(n);
  });
  it('type a name closed by a trade as a company, and leave the trade word alone as a common noun', () => {
    const names = typesIn('Shares of Sundaram Engineering rose 4 percent after Samsung Electronics signed the deal . Deutsche Telekom declined to comment . ' +
      'Nordsee Energie said output fell . Wong is the university\'s Professor of Engineering and teaches mining .');
    for (const n of ['organization|Sundaram Engineering', 'organization|Samsung Electronics', 'organization|Deutsche Telekom', 'organization|Nordsee Energie']) expect(names).toContain(n);
    expect(names.filter((n) => n.endsWith('|Engineering'))).toEqual([]);
  });
  it('split two companies joined by "and", and keep one name that holds "and"', () => {
    const names = typesIn('Samsung Electronics and Sony Group rose on Monday , while Deutsche Bank and Credit Suisse Group fell . ' +
      'Pacific Gas and Electric Company said nothing .');
    for (const n of ['organization|Samsung Electronics', 'organization|Sony Group', 'organization|Deutsche Bank', 'organization|Credit Suisse Group',
      'organization|Pacific Gas and Electric Company']) expect(names).toContain(n);
    expect(names.filter((n) => /Electronics and Sony|Bank and Credit/.test(n))).toEqual([]);
    // the generic part or the legal form of one longer name stays in it
    const whole = typesIn('Shares of China Petroleum and Chemical Corporation rose , Minnesota Mining and Manufacturing Company agreed , ' +
      'and Newport News Shipbuilding and Dry Dock Company said so .');
    for (const n of ['organization|China Petroleum and Chemical Corporation', 'organization|Minnesota Mining and Manufacturing Company',
      'organization|Newport News Shipbuilding and Dry Dock Company']) expect(whole).toContain(n);
  });
  it('leave a field, a sector or a place\'s trade that ends on a trade word alone', () => {
    const names = typesIn('Critics say Big Pharma has spent millions , and she studied Chemical Engineering at Imperial College . ' +
      'Maersk said Red Sea Shipping would not resume , and Karl Brewing , the founder , agreed .');
    for (const n of ['organization|Big Pharma', 'organization|Chemical Engineering', 'organization|Red Sea Shipping', 'organization|Karl Brewing']) expect(names).not.toContain(n);
  });
  it('leave a person after a trade noun and a poll move alone', () => {
    const names = typesIn('Day had one child , record producer Terry Melcher . Senator Jane Holloway rose 3 percent in the polls on Monday .');
    expect(names).toContain('person|Terry Melcher');
    expect(names.filter((n) => n.endsWith('Holloway'))).not.toContain('organization|Jane Holloway');
  });
});

describe('a wire dateline\'s place', () => {
  it('is a place whether or not the gazetteer knows it, named as the prose writes it', () => {
    // the whole pipeline: the item's first line is its title, as the CLI reads a wire item
    const entityAt = (raw: string, text: string) => {
      const a = analyzeText(raw);
      return a.entities.find((e) => e.mentions.some((m) => a.article.text.slice(m.start, m.end) === text));
    };
    const rugby = 'RUGBY LEAGUE - ST HELENS CLINCH SUPER LEAGUE TITLE .\nST HELENS , England 1996-08-31\nSt Helens won the first Super League title on Saturday with a 66-14 home win over Warrington , ending Wigan \'s run of seven successive championships .\n';
    const racing = 'HORSE RACING - DERRYMORE LANDS IRISH CHAMPION STAKES FOR O\'HARE .\nLEOPARDSTOWN , Ireland 1996-09-07\nJockey Kieran Mulcahy brought Derrymore with a late run to win the Irish Champion Stakes at Leopardstown on Saturday , giving trainer Dermot O\'Hare his biggest success .\n';
    const at = (text: string) => entityAt(text === 'LEOPARDSTOWN' ? racing : rugby, text);
    expect(at('ST HELENS')?.type).toBe('place');
    expect(at('LEOPARDSTOWN')?.type).toBe('place');
    expect(at('LEOPARDSTOWN')?.name).toBe('Leopardstown');
    // a line of capitals before a date with no place after it, and none the gazetteer knows, is no dateline
    expect(entityAt('Storm hits coast\n\nBREAKING NEWS 2024-05-01\nA storm hit the coast on Tuesday, officials said.\n', 'BREAKING NEWS')?.type).not.toBe('place');
  });
});

describe('a nationality noun before a name', () => {
  it('describes the person and is no part of the name ("Briton Tim Henman", "Swede Stefan Edberg")', () => {
    const doc = analyseText('Briton Tim Henman beat Swede Stefan Edberg 6-4 6-3 on Friday , while Spaniard Carlos Moya lost .');
    const persons = doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => doc.text.slice(m.start, m.end)));
    expect(persons).toEqual(expect.arrayContaining(['Tim Henman', 'Carlos Moya']));
    expect(persons.filter((p) => /^(?:Briton|Swede|Spaniard)\b/.test(p))).toEqual([]);
  });
});

describe('competitions', () => {
  it('are events, not organisations or places, while a league of states stays an organisation', () => {
    const doc = analyseText('Brazil won the World Cup in 1994, and Sampras took the U.S. Open. The Arab League met in Cairo on Monday.');
    const typeOf = (name: string) => doc.entities.find((e) => e.name === name || e.aliases.includes(name))?.type;
    expect(typeOf('World Cup')).not.toBe('organization');
    expect(typeOf('U.S. Open')).not.toBe('organization');
    expect(typeOf('Arab League')).toBe('organization');
  });
});

describe('nationality words', () => {
  it('are no names on their own, while a country written as an adjective-like abbreviation stays a place', () => {
    const names = typesIn('The English side lost to the Dutch champions. Israeli officials met U.S. envoys in Brussels on Monday, the ministry said.');
    expect(names.filter((n) => /\|(English|Dutch|Israeli)$/.test(n))).toEqual([]);
    expect(names).toContain('place|U.S.');
  });
  it('still names a person whose surname is a nationality word', () => {
    const names = typesIn('Former prime minister Bill English visited Auckland on Monday. English said the talks went well.');
    expect(names).toContain('person|Bill English');
  });
});

describe('the made-up wire items', () => {
  // test/fixtures/entities/wire: results lines, standings, scoreboards, leaderboards and briefs, names marked
  // {P …} {O …} {L …}; `node bench/ner/wire.mjs` prints the same per item
  it('find most of their marked names with the right type', () => {
    const dir = join(__dirname, '../fixtures/entities/wire');
    let hit = 0, gold = 0, found = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const marked = readFileSync(join(dir, f), 'utf8');
      const body = marked.slice(marked.indexOf('\n') + 1);
      const want = [...body.matchAll(/\{([POL]) ([^}]+)\}/g)].map((m) => `${{ P: 'person', O: 'organization', L: 'place' }[m[1]!]}|${m[2]}`);
      const got = typesIn(marked.replace(/\{[POL] ([^}]+)\}/g, '$1')).filter((n) => /^\p{Lu}/u.test(n.split('|')[1]!));
      for (const w of new Set(want)) hit += Math.min(want.filter((x) => x === w).length, got.filter((x) => x === w).length);
      gold += want.length; found += got.length;
    }
    // 0.56 recall and 0.72 precision before results rows were read
    expect(hit / gold).toBeGreaterThan(0.85);
    expect(hit / found).toBeGreaterThan(0.85);
  });
});
