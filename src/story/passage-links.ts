// Passage links: a long article is cut into passages, and a passage that matches another story strongly links the
// article to that story too (event-level matching: one long statement can speak to several stories). Passages are
// found again through their own inverted index, so the link works in both directions whatever the arrival order.
import { cosine, type Vector } from './terms.js';
import { passages, type Passage } from './features.js';
import type { TermStats } from './terms.js';
import type { ClusterInput, ClusterOptions, OpenStory } from './cluster-types.js';

/** A passage indexed under its few heaviest features, to find it again when a matching story grows. */
interface Indexed extends Passage { articleId: string; when: number | null }
const PASSAGE_KEYS = 4;

/** What the passage index asks of the clusterer that holds the stories. */
export interface StoryLookup {
  stats: TermStats;
  options: ClusterOptions;
  /** the part of a vector that can match an earlier story */
  matchable(v: Vector): Vector;
  /** open stories within the date window that share a probe feature with `v` */
  candidates(v: Vector, when: number | null): Set<OpenStory>;
  /** the story an article belongs to */
  storyOf(articleId: string): OpenStory | undefined;
  inWindow(s: OpenStory, when: number | null): boolean;
}

export class PassageLinks {
  private index = new Map<string, Indexed[]>();

  constructor(private readonly stories: StoryLookup) {}

  /**
   * Link the article to every other story one of its passages matches strongly, and link earlier
   * articles' passages to the story just joined (its centroid moved), then index the article's passages.
   */
  link(home: OpenStory, input: ClusterInput, when: number | null): void {
    const { stats, options } = this.stories;
    const own = passages(stats, input.text, input.mentions, input.source);
    for (const p of own) {
      const pm = this.stories.matchable(p.v);
      for (const s of this.stories.candidates(pm, when)) if (s !== home) tryLink(s, input.id, p, cosine(pm, s.core), options.linkThreshold);
    }
    const seen = new Set<Indexed>();
    const probe = [...home.core.entries()].slice(0, options.probe);
    for (const [f] of probe) {
      for (const q of this.index.get(f) ?? []) {
        if (seen.has(q)) continue;
        seen.add(q);
        if (this.stories.storyOf(q.articleId) === home || !this.stories.inWindow(home, q.when)) continue;
        tryLink(home, q.articleId, q, cosine(q.v, home.core), options.linkThreshold);
      }
    }
    for (const p of own) {
      const q: Indexed = { ...p, articleId: input.id, when };
      for (const [f] of [...p.v.entries()].sort((a, b) => b[1] - a[1]).slice(0, PASSAGE_KEYS)) {
        const list = this.index.get(f) ?? [];
        list.push(q);
        if (list.length > options.postingCap) list.shift();
        this.index.set(f, list);
      }
    }
  }
}

function tryLink(s: OpenStory, articleId: string, p: Passage, sim: number, threshold: number): void {
  if (sim < threshold) return;
  const link = s.links.get(articleId) ?? { articleId, score: 0, spans: [] };
  link.score = Math.max(link.score, sim);
  if (!link.spans.some((x) => x.start === p.start)) link.spans.push({ start: p.start, end: p.end });
  s.links.set(articleId, link);
}
