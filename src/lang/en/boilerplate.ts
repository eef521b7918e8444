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
