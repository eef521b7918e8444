// Page furniture cues, as data: the HTML and plain-text extractors build their patterns from these lists
// and never repeat them. Lower case; several languages of the news we expect where the cue is a label
// printed next to a date or a link list (the extractors read pages, whatever the article's language).

/**
 * Words that may stand next to the date on a date line ("3 July 2013 Last updated at 13:38 GMT",
 * "Story Created: Aug 7, 2012 at 9:56 AM AKDT", "Friday, Sep 10, 2010 | Updated 8:52 PM EDT"): a line
 * made of a full date and these words only is the article's date, not its headline or body.
 */
export const DATE_LINE_WORDS = [
  'published', 'updated', 'posted', 'last', 'first', 'created', 'story', 'article', 'release', 'released',
  'time', 'found', 'modified', 'date', 'dated', 'on', 'at', 'by', 'am', 'pm', 'a', 'p', 'm', 'uk', 'us',
  'local', 'publicado', 'atualizado', 'actualizado', 'publié', 'mis', 'à', 'jour', 'le', 'veröffentlicht',
  'aktualisiert', 'um', 'datum', 'fecha', 'de', 'em', 'el', 'il', 'alle', 'опубликовано', 'обновлено',
  // weekday abbreviations the date parser leaves out ("Fri., May. 3, 2013")
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Links after a teaser's cut-off excerpt ("… Read more", "... Continue reading"), as regular-expression alternatives. */
export const READ_ON_LINKS = ['read more', 'read on', 'continue reading', 'full story', 'weiterlesen', 'leia mais', 'lire la suite', 'leer más'];

/**
 * Labels that open a box of links to other articles ("Read also", "More on this story", "Leia também"), as
 * regular-expression alternatives matched case-insensitively against a whole label. Both extractors build
 * their patterns from this one list: the HTML path on a box's first words, the text path on a line.
 */
export const RELATED_MARKERS = [
  'read also', 'also read', 'read more', 'read next', 'keep reading', 'see also', 'see more', 'more like this',
  'related', 'related (?:articles?|stor(?:y|ies)|news|content|coverage|links|reading|topics|posts)',
  'more on (?:this|that|the)(?: story| topic| subject)?', 'more about (?:this|that)(?: story| topic)?',
  'more (?:stories|news|articles)(?: from [\\p{L} ]{1,30})?',
  'recommended(?: for you| articles| stories| reading)?', 'you (?:may|might) also (?:like|be interested in)',
  'further reading', 'most (?:read|popular|viewed|shared)(?: articles| stories| now)?', 'trending(?: now| stories)?',
  "don['’]t miss", 'top stories', 'latest (?:news|stories)', "editor['’]s picks", 'what to read next',
  'leia também', 'leia mais', 'veja também', 'lea también', 'lee también', 'lire aussi', 'à lire aussi',
  'lesen sie auch', 'mehr zum thema', 'читайте также',
];

/**
 * Newsletter, membership and donation appeals: furniture wherever they stand (they also interrupt the
 * body mid-article, so they do not end it). Regular-expression sources, matched against a whole line.
 */
export const APPEAL_LINES = [
  '.*\\bnewsletters?\\b.*\\b(?:subscribe|sign up|signup|stay up to date|inbox|register)\\b.*',
  '.*\\b(?:subscribe|sign up|stay up to date)\\b.*\\bnewsletters?\\b.*',
  '(?:support|donate to|become a (?:member|supporter|patron) of) (?:us|our (?:journalism|work|reporting)|\\S+)(?: today| now)?[.!]?',
];

/**
 * Lines that close an article on the page, once its prose has begun: the copyright footer, the comment
 * system's notices, the author's contact tagline, an author-bio or "about" heading. Regular-expression
 * sources, matched case-insensitively against a whole line (at most ~25 words).
 */
export const ARTICLE_END_LINES = [
  // the comment system
  'post limit reached.*', 'your comment (?:contains|has been|is).*', 'comments? (?:policy|guidelines).*',
  'community (?:standards|guidelines|rules)', '(?:log|sign) in to (?:comment|reply|join the discussion).*',
  'your email address will not be published.*', 'o seu endereço de e-mail não será publicado.*',
  'votre adresse (?:e-)?mail ne sera pas publiée.*', 'ihre e-mail-adresse wird nicht veröffentlicht.*',
  'save my name,? email,? and website in this browser.*', 'сохранить моё имя.*', 'ваш адрес email не будет опубликован.*',
  // the author's contact tagline and community pitches
  'have a tip\\?.*', '.*\\b(?:may|can) be reached at\\b.*', 'follow (?:him|her|them|me) on (?:twitter|facebook|instagram|x)\\b.*',
  'join our .{0,40}\\b(?:forums?|community|discord)\\b.*',
  // author bios and "about" boxes
  'about the (?:author|authors|writer|contributor)s?', 'about this (?:author|statement|story)\\s*:?', 'sobre o autor',
  'à propos de l[\'’]auteur', 'über (?:den|die) autor(?:in)?',
];
/** "About Ascom", "Sobre Carlos Nadalim": a short heading naming who is described next (case matters). */
export const ABOUT_HEADING = /^(?:About|Sobre|À propos de|Über)\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}$/u;

/** The legal footer, which may open the line: "All rights reserved. This material may not be reproduced …" */
export const COPYRIGHT = '^(?:©|\\(c\\)|copyright\\b)|all rights reserved\\.?$|^all rights reserved\\b|\\bmay not be (?:re)?produced\\b.*\\bpermission\\b';
/**
 * The notices of a paragraph of legal notices, however long ("… © 2016 Morningstar, Inc. All Rights Reserved. … are
 * registered trademarks of …"): two of them, one a reservation of rights, with a copyright sign or word (article-end.ts).
 */
export const LEGAL_NOTICES = ['all rights reserved', 'registered trademarks?'];

/** A publisher's disclosure of affiliate links: "When you purchase through links on our site, we may earn a commission." */
export const AFFILIATE_DISCLOSURE = '\\b(?:we|may) (?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\\b|\\bsupported by (?:its|our) (?:audience|readers)\\b';

// A publisher's own name after "More from" / "Also on": "More From Bloomberg", "Also on DW". Case matters
// here (no /i: it would let \p{Lu} match any letter), so "More from the minister" stays text.
export const PUBLISHER_MARKER = /^(?:[Mm]ore [Ff]rom|MORE FROM|[Aa]lso [Oo]n|ALSO ON)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3}\s*:?$/u;

/** Class and id words of the element that names a related link's section ("kicker", "eyebrow"). */
export const SECTION_HINT = /(section|category|kicker|label|eyebrow|tag|rubric|overline|topic|channel)/;
