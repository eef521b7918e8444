// Webhooks of saved searches: each new matching article is POSTed once, as JSON, in arrival order. A webhook that
// fails is tried again on the next round from the first article it missed, so nothing is skipped.
import type { Store } from '../../store/engine.js';
import { asStore } from '../../store/sqlite-engine.js';
import type { SqliteStore } from '../../store/sqlite.js';

export interface WebhookPayload {
  search: string;
  article: { id: string; title: string | null; url: string | null; published: string | null; lead: string };
}

export async function notifySavedSearches(given: Store | SqliteStore, opts: { timeoutMs?: number; log?: (line: string) => void; userAgent?: string } = {}): Promise<number> {
  const store = asStore(given);
  let sent = 0;
  for (const s of await store.searches.list()) {
    if (!s.webhook) continue;
    for (const m of await store.searches.matches(s, { afterRowid: s.notifiedRowid, limit: 100 })) {
      const payload: WebhookPayload = { search: s.name, article: { id: m.id, title: m.title, url: m.url, published: m.published, lead: m.lead } };
      try {
        const res = await fetch(s.webhook, {
          method: 'POST', redirect: 'error', signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
          headers: { 'content-type': 'application/json', 'user-agent': opts.userAgent ?? 'Storyline/0.1' },
          body: JSON.stringify(payload),
        });
        await res.body?.cancel();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
      } catch (e) {
        opts.log?.(`saved search ${s.name}: webhook ${s.webhook} failed (${(e as Error).message}); will retry from article ${m.id}`);
        break;
      }
      await store.searches.markNotified(s.name, m.rowid);
      sent++;
    }
  }
  return sent;
}
