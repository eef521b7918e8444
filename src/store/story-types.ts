// The story state's repository, engine-neutral: what placing one article (src/story/incremental.ts) reads and writes,
// and what the commands and the server read. SQLite answers synchronously (src/store/story-index.ts), PostgreSQL with
// promises (src/store/postgres/story-index.ts); callers write their store calls as steps (steps.ts) that run either way. Profiles and dossiers are opaque JSON here.
import type { Analysis } from '../model/analysis.js';
import type { Steps } from './steps.js';
import type { Page } from './types.js';

export type Awaitable<T> = T | Promise<T>;

export interface StoredStorySummary {
  id: string;
  title: string;
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
  sourceCount: number;
  /** global id of the entity the story follows */
  anchor: string;
}

export interface StoryRow<D> extends StoredStorySummary { articles: string[]; copies: string[]; dossier: D }
export interface EntityNodeRow { id: string; name: string; type: string; aliases: string; state: string | null }
/** An article waiting to be placed; `rowid` is its place in arrival order. */
export interface PendingArticle { rowid: number; id: string; site: string | null; analysis: string }
/** Document counts after an article was counted: overall, within its source, and per feature. */
export interface TermCounts { docs: number; sourceDocs: number; df: Map<string, number>; sourceDf: Map<string, number> }
export interface MemberRef { id: string; title: string | null; published: string | null; copy: number }
export interface GlobalEntityRow { id: string; name: string; type: string; aliases: string[]; state: string }

/** Stories with no date sit at this last day in the postings: every undated look-up reaches them. */
export const UNDATED_DAY = -1_000_000;

/** Every read and write placing one article needs: keyed look-ups or bounded ranges, so its cost does not grow with the store. */
export interface StoryIndex {
  /**
   * Counts one more document, of `source`, holding the distinct `features`, and answers the counts after it: documents,
   * documents of the source, and each feature's document frequency overall and within the source.
   */
  observeAndCount(features: string[], source: string): Awaitable<TermCounts>;
  /** For each feature, the story ids filed under it whose last day is at least `fromDay` (any day when null) or undated, most recent first. */
  postingsFor(features: string[], fromDay: number | null, cap: number): Awaitable<Map<string, string[]>>;
  setPostings(storyId: string, added: string[], dropped: string[], lastDay: number | null, moved: boolean): Awaitable<void>;
  centroid(storyId: string): Awaitable<string | null>;
  /** The centroids of `storyIds` (absent ones left out). */
  centroids(storyIds: string[]): Awaitable<Map<string, string>>;
  profile(storyId: string): Awaitable<string | null>;
  saveProfile(storyId: string, centroid: string, state: string): Awaitable<void>;
  addInputs(storyId: string, articleId: string, inputs: string): Awaitable<void>;
  inputs(storyId: string, limit: number): Awaitable<string[]>;
  memberRefs(storyId: string, limit: number): Awaitable<MemberRef[]>;
  storyOf(articleId: string): Awaitable<string | null>;
  /** Records the article as the story's member (or copy); a story not stored yet gets a blank row until `saveStory`. */
  addMember(storyId: string, articleId: string, isCopy: boolean): Awaitable<void>;
  /**
   * Story `gone` becomes part of story `keep` (merge.ts): its members, dossier inputs, placements and saved searches
   * move to `keep` in their order; its postings, profile and row are deleted. Bounded by `gone`'s size.
   */
  mergeStories(keep: string, gone: string): Awaitable<void>;
  /**
   * Story `from` splits (split.ts): the members `articleIds` and their copies (near-duplicates recorded as copies of
   * them) move with their dossier inputs and placements to the new story `to`, in their order, which gets a blank row
   * until `saveStory`; an old alias of that id is dropped (it names a live story now). Returns how many copies moved.
   * Bounded by the members moved and their copies.
   */
  splitStory(from: string, to: string, articleIds: string[]): Awaitable<number>;
  /** Writes the story's list row and dossier. */
  saveStory<D>(row: Omit<StoryRow<D>, 'articles' | 'copies'>): Awaitable<void>;
  bandHits(bands: string[]): Awaitable<string[]>;
  signature(articleId: string): Awaitable<Uint32Array | null>;
  saveSignature(articleId: string, sig: Uint32Array, bands: string[]): Awaitable<void>;
  duplicateOf(articleId: string): Awaitable<string | null>;
  addDuplicate(articleId: string, of: string): Awaitable<void>;
  /** The linked entities filed under each of `keys` (at most 50 a key). */
  entityNodesByKey(keys: string[]): Awaitable<Map<string, EntityNodeRow[]>>;
  /** Which of `ids` name a linked entity already. */
  existingEntities(ids: string[]): Awaitable<Set<string>>;
  /** Writes linked entities as saved, in order (a later state of one entity replaces an earlier one), each filed under its keys. */
  saveEntities(saved: Array<{ node: GlobalEntityRow; keys: string[] }>): Awaitable<void>;
  /** Records the article's links to global entities, counting the article and its source once per entity. */
  linkEntities(articleId: string, source: string, links: Array<{ localId: string; globalId: string }>): Awaitable<void>;
}

/** Places a batch of articles through the index, as steps the engine runs inside its transaction (steps.ts). */
export type PlaceBatch = (index: StoryIndex, batch: PendingArticle[]) => Steps<void>;

export interface StoryCounts { articles: number; stories: number; duplicates: number; entities: number }

/** What an export reads: every analysis (oldest publication first), each article's story, each entity's global id. */
export interface ExportData { analyses: Analysis[]; storyOf: Map<string, string>; globalOf: Map<string, string> }

export interface StoryStore {
  /** Stories with the most articles first, then the most recent. */
  list(page: { limit: number; offset: number }): Promise<Page<StoredStorySummary>>;
  /** The story's list row and stored dossier: one keyed row, whatever the story's size. */
  dossier<D>(id: string): Promise<(StoredStorySummary & { dossier: D }) | null>;
  /** Story ids may be given by a unique prefix, as article ids are. */
  resolveId(prefix: string): Promise<string | null>;
  /** The live story that absorbed story `id` in a merge (null when `id` was never merged away or its heir is gone). */
  mergedInto(id: string): Promise<string | null>;
  /** Whether articles were stored since the last placement (a re-analysed article keeps its story). */
  hasPending(): Promise<boolean>;
  /**
   * Places the next batch of articles stored since the last placement, in one transaction under the store's write
   * lock (two processes never place the same article twice); returns how many (0: none were waiting).
   */
  placePending(batchSize: number, place: PlaceBatch): Promise<number>;
  /**
   * Empties every story table and places every article again in one transaction, in the order they were placed
   * (then the others in arrival order); a kill during it leaves the previous stories. Returns how many.
   */
  rebuild(batchSize: number, place: PlaceBatch): Promise<number>;
  counts(): Promise<StoryCounts>;
  exportData(): Promise<ExportData>;
}
