// Markup vocabulary, as data: the class and id words, schema.org types and URL schemes the HTML extractor reads.
// They belong to no human language (an English-named "sidebar" class wraps a Portuguese page's sidebar too), so
// they live here, language-neutral, and the HTML extractor builds its patterns from these lists.
// Entries are regular-expression alternatives, matched against an element's lower-cased class and id.
// (SECTION_HINT, the section-label class words of related links, predates this module: src/lang/en/boilerplate.ts.)

/** Class/id words of an advert slot; ADVERT_HINTS adds the ad servers' own names. */
const AD_SLOT_HINTS = ['advert', 'advertisement', 'ads?', 'sponsor(ed)?', 'promo', 'outbrain', 'taboola'];
/** Class/id words of site navigation. */
export const NAV_HINTS = ['nav', 'navbar', 'navigation', 'menu', 'breadcrumbs?', 'pagination', 'pager', 'skip'];

/** Class/id words of page furniture: an element carrying one loses score as an article container. */
export const NEGATIVE_HINTS = [
  'comment', 'comments', 'share', 'sharing', 'social', 'related', 'newsletter', 'subscribe', 'subscription',
  'cookie', 'consent', ...AD_SLOT_HINTS, ...NAV_HINTS, 'toolbar', 'popup', 'modal', 'sidebar', 'widget', 'footer',
  'masthead', 'recommend(ed|ations)?', 'signup', 'paywall', 'disqus', 'banner', 'tags', 'tag-list', 'more-stories',
  'most-popular', 'trending', 'author-bio', 'bio', 'rail',
];

/** Class/id words of an article container: an element carrying one gains score. */
export const POSITIVE_HINTS = [
  'article', 'body', 'content', 'entry', 'main', 'page', 'post', 'story', 'text', 'blog', 'prose', 'richtext', 'rich-text',
];

/**
 * Like Readability's unlikelyCandidates: paragraphs under an element whose class/id contains one of these (anywhere,
 * not only as a whole word) never vote for a container, unless it also contains one of MAYBE_CONTENT_HINTS.
 */
export const UNLIKELY_HINTS = [
  '-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus',
  'extra', 'footer', 'gdpr', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar',
  'skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup',
  'yom-remote', 'newsletter', 'cookie', 'outbrain', 'taboola', 'recommend',
];
/** Readability's okMaybeItsACandidate: these keep an "unlikely" element in the running. */
export const MAYBE_CONTENT_HINTS = ['and', 'article', 'body', 'column', 'content', 'main', 'mathjax', 'shadow'];

/** Class/id words of a box of links to other articles. */
export const RELATED_HINTS = [
  'related', 'read-?also', 'see-?also', 'more-?(stories|news|articles|on)', 'recommended', 'further-reading',
];
/** Class/id words of an advert slot, ad servers included (dfp, gpt: not in NEGATIVE_HINTS, as before the move). */
export const ADVERT_HINTS = [...AD_SLOT_HINTS, 'dfp', 'gpt'];
/** Class/id words of a photo gallery. */
export const GALLERY_HINTS = ['gallery', 'slideshow', 'carousel', 'slider', 'photo-?gallery'];
/**
 * Class/id words of embedded social posts and of caption/credit furniture. Embedded tweets (blockquote.twitter-tweet)
 * are not listed: their text is quoted material the article cites.
 */
export const EMBED_HINTS = ['instagram-media', 'tiktok-embed', 'embed', 'social-embed', 'caption', 'credit', 'wp-caption-text'];
/** Class/id words of byline and date stamps: metadata, not body. */
export const BYLINE_HINTS = [
  'byline', 'bylines', 'dateline', 'timestamp', 'date', 'pubdate', 'published', 'updated', 'author', 'authors', 'posted-on',
];
/** Class/id words (anywhere in the value) of a figure's credit line. */
export const CREDIT_HINTS = ['credit', 'copyright', 'source', 'photographer', 'byline', 'author', 'attribution', 'courtesy'];

/** Class/id words (anywhere in the value) of an element that may print the publication date as text. */
export const DATE_ELEMENT_HINTS = ['date', 'time', 'publish', 'posted', 'byline', 'dateline'];
/** itemprop/class words of the <time> element holding the publication date. */
export const PUBLISHED_TIME_HINTS = ['published', 'pubdate', 'datepublished'];
/** Class words (whole words) of the element naming the author. */
export const AUTHOR_HINTS = ['byline', 'author-name', 'author'];

/** schema.org types of an article (matched anywhere in the type name: "ReportageNewsArticle"). */
export const SCHEMA_ARTICLE_TYPES = ['Article', 'BlogPosting', 'Report', 'NewsArticle', 'LiveBlogPosting', 'Posting'];
/** schema.org types of the site that publishes the article. */
export const SCHEMA_SITE_TYPES = ['WebSite', 'Organization', 'NewsMediaOrganization'];

/** URL schemes of a link that leads to no page. */
export const NON_PAGE_URL_SCHEMES = ['javascript', 'data', 'mailto', 'tel'];

/** A class/id pattern matching any of `hints` as a whole word of the value (words split on space, "_" and "-"). */
export function classHintPattern(hints: readonly string[]): RegExp {
  return new RegExp(`(^|[\\s_-])(${hints.join('|')})([\\s_-]|$)`);
}

/**
 * Tags of page furniture that a copied page text may hold as text ('<div><a href="…', '<img id="pixel" …>'), never of a
 * story's own wording ("<em>Correction:</em> …" and "<b>Editor's note</b>" are not among them): the plain-text
 * extractor drops a line opening on one of them with attributes or another tag.
 */
export const FURNITURE_TAGS = ['div', 'span', 'img', 'a', 'script', 'style', 'iframe', 'noscript', 'svg', 'link', 'meta',
  'input', 'form', 'button', 'ins', 'figure', 'source', 'video', 'embed', 'object'];
