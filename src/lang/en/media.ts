// Photo galleries, captions and credits as printed in a page's text, as data: the plain-text extractor
// (src/extract/text/gallery.ts) builds its patterns from these. Lower case, matched case-insensitively. English
// first; the Portuguese, Spanish and German words of the galleries we meet ("fotos", "crédito", "divulgação") sit
// in the same lists, since a page's furniture need not share the article's language.
// Entries are regular-expression alternatives.

// The lists below are matched with what follows them ("\s*:", "\s+", "$"), so at most one entry can match at a
// place and their order does not matter: shared words are spread in, never repeated.

/** What a caption or credit label calls the picture: "Image caption", "Photo by", "Picture source". */
export const PICTURE_WORDS = ['image', 'photo', 'picture'];
/** The same, singular or plural: "Photos: …", "(Images by …)". */
export const PICTURES = PICTURE_WORDS.map((w) => `${w}s?`);
/** What a gallery counts, after its number: "6 photos", "12 imagens". */
export const GALLERY_UNITS = [...PICTURES, 'pics', 'slides', 'fotos?', 'imagens', 'imágenes', 'bilder'];
/** A gallery's heading printed alone: "Gallery", "Slideshow", "Galería". */
export const GALLERY_HEADINGS = ['(?:photo )?gallery', 'photos', 'slideshow', 'galeria de fotos', 'galería'];
/** The word before a slide counter: "Photo 2 of 6", "Imagem 1 de 4". */
export const SLIDE_WORDS = [...PICTURE_WORDS, 'slide', 'foto', 'imagem'];
/** The word between a counter's two numbers: "2 of 6", "2 de 6", "2 von 6" ("2/6" is read too). */
export const COUNTER_WORDS = ['of', 'de', 'von'];

/** A gallery's controls printed as lines: "Close gallery", "Hide caption", "Skip ad", arrows. */
export const GALLERY_CONTROLS = [
  'conditional closure\\.?', 'close', 'close gallery', 'next', 'previous', 'prev', 'enlarge', 'share',
  'expand', 'full ?screen', 'back to gallery', 'caption', 'hide caption', 'show caption',
  'view (?:gallery|all)', 'open gallery', 'launch gallery', 'play', 'pause', 'zoom', 'skip', 'skip ad',
  'swipe', '[<>‹›«»←→]+',
];

/** News and photo agencies that credit pictures: "Photo: X/Reuters", "(AP Photo/Name)", "AFP". */
export const PHOTO_AGENCIES = [
  'reuters', 'ap', 'afp', 'efe', 'epa', 'dpa', 'ansa', 'xinhua', 'tass', 'ria novosti',
  'anadolu(?: agency)?', 'getty images', 'shutterstock', 'alamy', 'bloomberg', 'sputnik',
  'pa(?: wire| images)?', 'ap photo', 'afp photo', 'pool', 'handout', 'istock(?:photo)?', 'ddp', 'imago',
  'kyodo', 'yonhap', 'agência brasil', 'folhapress', 'estadão conteúdo',
];

/** Labels of a credit before a colon, in both lists below: "Photo: …", "Crédito: …", "Illustration by: …". */
const CREDIT_LABELS = [...PICTURES, 'fotos?', 'credit', 'credits', 'crédito', 'illustration', 'photograph', 'photographer'];
/** A label opening a credit line before a colon: CREDIT_LABELS, "Source: …", "Video by: …". */
export const CREDIT_LINE_LABELS = [...CREDIT_LABELS, 'source', 'video'];
/**
 * The labels taken off a credit to leave the credited name ("Photo: Hatem Khaled/Reuters" → "Hatem Khaled/Reuters").
 * Not CREDIT_LINE_LABELS: "source" and "video" stay on the name, and "photo credit" is taken off; merging the two
 * lists changes extraction output.
 */
export const CREDIT_NAME_LABELS = [...CREDIT_LABELS, 'photo credit'];
/** The words a credit ends on after a slash: "Name/Handout", "Foto: X/Divulgação", "Reprodução". */
export const CREDIT_SOURCE_WORDS = [
  'disclosure', 'divulgação', 'divulgacao', 'reprodução', 'reproducao', 'handout', 'file', 'archive', 'arquivo',
  'press office', 'courtesy',
];
/** Labels a credit printed after its caption opens with: "… in Nuuk. Photograph: Name/Agency". */
export const TRAILING_CREDIT_LABELS = [...PICTURE_WORDS, 'photograph', 'credit', 'illustration'];
