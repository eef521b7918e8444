// Recognises one-line page furniture (share buttons, adverts, subscription prompts, cookie notes,
// bylines, time stamps, breadcrumbs) by its shape. Only short lines are judged: a long sentence that
// happens to mention "cookies" or "subscribe" is body text.
import * as chrono from 'chrono-node';
import type { DroppedKind } from '../types.js';
import { wordCount } from './lines.js';

const NAVIGATION = new RegExp(
  '^(?:share(?: (?:this|on|via)(?: \\w+)?)?|share this (?:article|story|page)|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|' +
  'pinterest|reddit|e-?mail|print|copy(?: the)? link|link copied|comments?|\\d+ comments?|view comments|show comments|' +
  'menu|search|home|sections|skip to (?:main )?content|skip navigation|back to top|return to top|top|log ?in|sign ?in|' +
  'sign ?up|log ?out|register|my account|close|next|previous|prev|more|see more|show more|load more|' +
  'listen(?: to (?:this )?article)?|\\d+ min(?:ute)?s? (?:read|listen)|save|saved|bookmark|follow(?: us)?|' +
  'gift (?:this )?article|font size|text size|a\\+?|aa)$', 'i');

const ADVERT = new RegExp(
  '^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| by .*)?|paid (?:post|content)|partner content|' +
  'promoted(?: content)?|publicidade|publicidad|anúncio|anzeige|publicité|' +
  'story continues below(?: advertisement)?|continue reading(?: (?:the )?(?:main )?(?:story|below|article))?|' +
  'subscribe(?: now| today| for .*)?|become a (?:member|subscriber)|support (?:us|our journalism)|' +
  '(?:sign up|subscribe) (?:to|for) (?:our|the) .*newsletters?.*|newsletters?|get the newsletter|' +
  'already (?:a subscriber|have an account)\\??.*|to read the full story|unlock this article)$', 'i');

const COOKIE = /\b(cookies?|consent|privacy (policy|settings|notice))\b/i;
const BYLINE = /^(?:by|por|par|von|di|de)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|and|&|,))*(?:\s*[,|–—-]\s*.{0,60})?$/u;
const TIMESTAMP_PREFIX = /^(?:published|updated|posted|last updated|first published|modified|publicado|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert)\b(?:\s+on)?[\s:]*/i;
const RELATIVE_TIME = /^(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago$|^(?:just now|yesterday|today)$/i;
const CRUMB = /^[\p{L}\d][\p{L}\d &'-]{0,30}(?:\s*[>›»/|]\s*[\p{L}\d][\p{L}\d &'-]{0,30}){1,6}$/u;

/**
 * True when the whole line is a date or time expression, optionally after "Published"/"Updated",
 * possibly with a zone or "ET"/"GMT"; such lines are page metadata, not body text.
 */
export function isTimestampLine(text: string): boolean {
  const w = wordCount(text);
  if (w === 0 || w > 12 || /[!?]$/.test(text)) return false;
  if (RELATIVE_TIME.test(text)) return true;
  const rest = text.replace(TIMESTAMP_PREFIX, '').replace(/\b(?:ET|EST|EDT|PT|PST|PDT|CET|CEST|BST|GMT|UTC|IST|AEST|AEDT)\b/g, '').trim();
  if (!rest) return false;
  const found = chrono.parse(rest);
  if (!found.length) return false;
  const covered = found.reduce((n, r) => n + r.text.length, 0);
  const leftover = rest.length - covered;
  // the date must be the line: only punctuation, separators and day/"at" words may remain
  const residue = found.reduce((s, r) => s.replace(r.text, ' '), rest).replace(/[\s,|·•–—:/()-]+|\bat\b|\bon\b|\bde\b|\bem\b/gi, '');
  return residue.length <= 3 && leftover < rest.length && found.some((r) => r.start.isCertain('day') || r.start.isCertain('month'));
}

/** The kind of boilerplate a short line is, or null when it may be body text. */
export function boilerplateKind(text: string): DroppedKind | null {
  const w = wordCount(text);
  if (w > 30) return null;
  const bare = text.replace(/[\s:|·•]+$/, '').replace(/^[\s|·•]+/, '');
  if (ADVERT.test(bare)) return 'advert';
  if (NAVIGATION.test(bare)) return 'navigation';
  if (COOKIE.test(text) && /\b(use|accept|agree|manage|settings|we and our partners)\b/i.test(text)) return 'other';
  if (w <= 10 && BYLINE.test(text) && !/[.!?]$/.test(text)) return 'other';
  if (isTimestampLine(text)) return 'other';
  if (w <= 12 && CRUMB.test(text) && !/[.!?]$/.test(text) && /\s[>›»|]\s|[>›»]/.test(text)) return 'navigation';
  if (/^(?:©|\(c\)|copyright\b)/i.test(text) || /all rights reserved\.?$/i.test(text)) return 'other';
  return null;
}
