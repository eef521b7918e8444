// Page furniture printed as lines of text (share buttons, adverts, subscription prompts, cookie notes, comment
// markers, bylines, time stamps), as data: the plain-text extractor (src/extract/text/boilerplate.ts) and the HTML
// extractor's paragraph filter build their patterns from these. Lower case, matched case-insensitively unless
// said otherwise. English first; the cue words of the other languages of the news we expect ("publicidade",
// "Anzeige", "Por", "veröffentlicht") are kept in the same list, since a page's furniture need not share the
// article's language. Entries are regular-expression alternatives, or whole regular-expression sources where the
// cue is a phrase with a shape.

// Lists matched against a whole line (^…$) only, so the order of their entries does not matter: shared entries are
// spread in, never repeated.

/** The comments button, which may also head the comments section: "Comments", "View comments". */
const COMMENTS_BUTTONS = ['comments?', 'view comments', 'show comments'];

/** A line that is only a navigation, sharing or account control: "Share on Facebook", "Back to top", "5 min read". */
export const NAVIGATION_LINES = [
  'share(?: (?:this|on|via)(?: \\w+)?)?', 'share this (?:article|story|page)', 'tweet', 'facebook',
  'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'pinterest', 'reddit', 'e-?mail', 'print',
  'copy(?: the)? link', 'link copied', ...COMMENTS_BUTTONS, '\\d+ comments?',
  'menu', 'search', 'home', 'sections', 'skip to (?:main )?content', 'skip navigation', 'back to top',
  'return to top', 'top', 'log ?in', 'sign ?in', 'sign ?up', 'log ?out', 'register', 'my account', 'close',
  'next', 'previous', 'prev', 'more', 'see more', 'show more', 'load more',
  // a link to the neighbouring post with its headline: "Previous article These Weeks in Firefox: Issue 84"
  // (with a colon or without a final full stop: "Next post office to close is in Leeds." is a sentence)
  '(?:previous|prev|next|older|newer) (?:article|post|story|entry)(?:\\s*:.*|\\s+.*[^.!?])?',
  'listen(?: to (?:this )?article)?', '\\d+ min(?:ute)?s? (?:read|listen)', 'save', 'saved', 'bookmark',
  'follow(?: us)?', 'gift (?:this )?article', 'font size', 'text size', 'a\\+?', 'aa',
];

/** A line that is only an advert label or a subscription prompt: "Advertisement", "Anzeige", "Continue reading". */
export const ADVERT_LINES = [
  'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored(?: content| by .*)?',
  'paid (?:post|content)', 'partner content', 'promoted(?: content)?', 'publicidade', 'publicidad',
  'anúncio', 'anzeige', 'publicité', 'story continues below(?: advertisement)?',
  'continue reading(?: (?:the )?(?:main )?(?:story|below|article))?', 'subscribe(?: now| today| for .*)?',
  'become a (?:member|subscriber)', 'support (?:us|our journalism)',
  '(?:sign up|subscribe) (?:to|for) (?:our|the) .*newsletters?.*', 'newsletters?', 'get the newsletter',
  'already (?:a subscriber|have an account)\\??.*', 'to read the full story', 'unlock this article',
];

/**
 * Paragraphs the HTML extractor also drops, besides those made only of NAVIGATION_LINES or ADVERT_LINES: it judges
 * whole paragraphs, where "Click here …", "Sign up …" or a lone "Photo" is a control's text. Not for the text path:
 * there a copied line "Sign up for a Hulu ad-free account for $11.99 a month" is as often the article's own advice
 * (adding these to the text path's lists lowered its dev recall).
 */
export const PARAGRAPH_ONLY_FURNITURE = [
  'share this (?:article|story) on \\w+', 'click here.*', 'sign up.*', 'subscribe.*', 'follow us.*', 'continue reading.*',
  'story continues below.*', 'scroll to continue.*', 'loading\\.*', 'image', 'photo', 'video',
];

/** Wire-copy trailers opening a line: "Reporting by X in Seoul; Editing by Y", "Our Standards: …". */
export const WIRE_TRAILERS = [
  '(?:additional )?reporting by', 'writing by', 'editing by', 'compiled by', 'translated by',
  'our (?:standards|editorial standards)\\s*:',
];

/** Words of a cookie notice, and of the notice speaking to the reader ("this site", "we use"). */
export const COOKIE_WORDS = String.raw`\b(cookies?|consent|privacy (policy|settings|notice))\b`;
export const COOKIE_NOTE = String.raw`\b(?:this|our) (?:web)?site\b|^(?:we|by (?:using|continuing)|necessary cookies|these cookies)\b`;
/** What a cookie banner asks the reader to do. */
export const COOKIE_ACTIONS = ['use', 'accept', 'agree', 'manage', 'settings', 'we and our partners'];

/** A line that opens the comments section for sure: "34 responses to …", "Leave a reply". */
export const COMMENTS_OPENERS = [
  '\\d+\\s+(?:comments?|responses?|replies|reactions|thoughts)\\b.*', 'leave a (?:reply|comment).*',
  'post a comment', 'add a comment', 'write a comment', 'join the (?:discussion|conversation)',
  'comments are closed\\.?', 'reader comments', 'comments? \\(\\d+\\)',
];
/** A heading that may open the comments section, or label a button: "Comments", "Discussion". */
export const COMMENTS_HEADINGS = [...COMMENTS_BUTTONS, 'discussion', 'reactions', 'load comments'];

/** The word that opens a byline, case-sensitive ("By", "Por", "Par", "Von", "Di", "De"; "by" in running text too). */
export const BYLINE_OPENERS = ['[Bb]y', 'BY', '[Pp]or', '[Pp]ar', '[Vv]on', '[Dd]i', '[Dd]e'];
/** Lower-case words a byline's names may carry: particles and the conjunctions joining two writers. */
export const BYLINE_NAME_JOINERS = ['de', 'da', 'van', 'von', 'and', '&', ','];
/** Capitalised words that open a title or a sentence, never a writer's name (case-sensitive). */
export const NOT_A_NAME_OPENERS = ['The', 'A', 'An', 'Our', 'Meet', 'Ask', 'Dear'];
/** A newsroom job closing a byline without "By": "Jane Doe, Chief Political Correspondent". */
export const NEWSROOM_JOBS = [
  'correspondent', 'reporter', 'editor', 'writer', 'journalist', 'columnist', 'contributor', 'commentator', 'bureau chief', 'staff',
];

/** A label printed before the date line: "Published", "Last updated", "Datum", "Mis à jour". */
export const TIMESTAMP_LABELS = [
  'published', 'updated', 'posted', 'last updated', 'first published', 'modified', 'date', 'dated', 'datum', 'fecha',
  'publicado', 'atualizado', 'actualizado', 'publié', 'mis à jour', 'veröffentlicht', 'aktualisiert',
];
/** A time printed relative to now: "3 hours ago", "Yesterday". */
export const RELATIVE_TIME = String.raw`^(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago$|^(?:just now|yesterday|today)$`;
/** Time-zone abbreviations printed after a date line's time (case-sensitive). */
export const TIME_ZONES = ['ET', 'EST', 'EDT', 'PT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'GMT', 'UTC', 'IST', 'AEST', 'AEDT'];

/** A newsletter pitch speaks to the reader's inbox: "Get the stories that matter in your inbox every weekday." */
export const NEWSLETTER_PITCH = String.raw`\b(?:to|in|into|in to)\s+your\s+inbox\b`;
/** The sign-up box of a newsletter: "See All Newsletters", "Thanks for signing up!", "Please check the opt-in box …". */
export const NEWSLETTER_BOX = String.raw`^(?:see all newsletters|thanks for (?:signing up|subscribing)!?|.*\bopt-in\b.*|there was an error processing your subscription\.?|i agree that .{1,60} can send me .*newsletter.*)$`;
/** A pitch for another product of the outlet: "Need more space? Subscribe to our sister title …". */
export const SUBSCRIBE_PITCH = String.raw`^(?:[^.!?]{0,60}\?\s+)?(?:subscribe|sign up) (?:to|for) our\b`;
/** The author's tagline closing a story: "… is out now. Follow him on Twitter @michaeldwall." */
export const AUTHOR_TAGLINE = String.raw`\bfollow (?:him|her|them|me|us) on (?:twitter|facebook|instagram|x|linkedin)\b.*$`;
/** An invitation to follow the outlet elsewhere: "Join our WhatsApp channel for breaking news", "Follow us on Telegram". */
export const PLATFORM_PITCH = String.raw`^(?:join|follow|subscribe to)\s+(?:us|our)\b.*\b(?:whatsapp|telegram|channel|community|instagram|facebook|twitter|tiktok|youtube|google news)\b`;
/** A labelled list of topic tags: "TAGS: Ayungin Shoal, China". */
export const TAG_LIST_LABELS = ['tags?', 'topics?', 'keywords?', 'filed under'];
/** The site's disclaimer: "Disclaimer: Comments do not …". */
export const DISCLAIMER_LABEL = 'disclaimer';

/** Labels that announce a single linked headline only when a colon follows ("READ: …", "WATCH: …"), besides RELATED_MARKERS. */
export const INLINE_LINK_LABELS = ['read', 'watch', 'listen', 'also see'];
