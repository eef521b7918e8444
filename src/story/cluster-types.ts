// The clusterer's public types and options (cluster.ts places articles; passage-links.ts links passages), and the
// state of one open story that both share.
import type { Vector } from './terms.js';
import type { EntityMention } from './features.js';
import { LEARNED, type LinkerWeights, type StoryProfile } from './linker.js';
import type { RosterEntry } from './roster.js';

export interface ClusterInput {
  id: string;
  /** YYYY-MM-DD or null */
  date: string | null;
  title: string | null;
  text: string;
  /** linked entity ids (EntityLinker) mentioned in the article */
  entities: string[];
  /** id of the earlier article this one copies (NearDuplicateIndex), if any */
  duplicateOf?: string | null;
  /** linked entity mentions with offsets into `text`: weighs lead mentions up and places entities in passages */
  mentions?: EntityMention[];
  /** the publishing site: features common to most of one site's articles are discounted */
  source?: string | null;
  /** linked entity id → entity type (person, organization, place, …) */
  entityTypes?: Record<string, string>;
  /** the article's events with linked participant and place ids */
  events?: Array<{ type: string; participants: string[]; place: string | null }>;
  /** how sure the date is (linker.DATE_CONFIDENCE); defaults to 1 when dated, 0 when not */
  dateConfidence?: number;
  /** years the article names (features.namedYears) */
  years?: number[];
  /** months the article points back at as a follow-up does (features.followUpMonths) */
  months?: number[];
}

/** A candidate story with the linker's features and probability for the arriving article. */
export interface ScoredCandidate { id: string; x: number[]; p: number; /** whether the linker alone would join it */ ok: boolean }
/** Chooses the story an article joins among scored candidates, or null for a new story. */
export type Decide = (candidates: ScoredCandidate[]) => string | null;

/** An article of another story whose passages match this story (the article's main story is elsewhere). */
export interface StoryLink { articleId: string; score: number; spans: Array<{ start: number; end: number }> }

export interface Story {
  id: string;
  title: string;
  articles: string[];
  /** syndicated copies: attached to the story but not counted as sources */
  copies: string[];
  firstDate: string | null;
  lastDate: string | null;
  topEntities: string[];
  /** articles linked through a strongly matching passage, best first */
  links: StoryLink[];
}


export interface ClusterOptions {
  /** whole-text cosine below which a story is not even scored (0: the linker decides alone) */
  threshold: number; windowDays: number; probe: number; postingCap: number; centroidSize: number;
  /** features kept per article vector */
  top: number;
  /** cosine of a passage with another story's core that links the article to it (Infinity: off) */
  linkThreshold: number;
  /** features of a story's core: a passage is short, the full centroid's long tail would drown it */
  coreSize: number;
  /** the learned article-to-story scorer and its new-story threshold */
  linker: LinkerWeights;
}
export const DEFAULT_CLUSTER: ClusterOptions = { linker: LEARNED, threshold: 0, windowDays: LEARNED.windowDays ?? 10, probe: 12, postingCap: 300, centroidSize: 80, top: 30, linkThreshold: 0.25, coreSize: 20 };

/** Options over the defaults; the date window follows the linker's weights unless given. */
export function clusterOptions(options: Partial<ClusterOptions> = {}): ClusterOptions {
  return { ...DEFAULT_CLUSTER, ...(options.linker?.windowDays ? { windowDays: options.linker.windowDays } : {}), ...options };
}

/** One story while the clusterer holds it (not part of the public surface). */
export interface OpenStory {
  id: string; centroid: Vector; sum: Vector; articles: string[]; copies: string[];
  /** the centroid's `coreSize` heaviest features, renormalised: what a single passage is matched against */
  core: Vector;
  first: number | null; last: number | null; titles: Map<string, { title: string | null; v: Vector }>;
  links: Map<string, StoryLink>;
  profile: StoryProfile;
  /** what each member brought, while the story is small enough for the split check (roster.ts); null beyond */
  roster: RosterEntry[] | null;
  /** set when the story was merged into another: stale postings skip it */
  gone?: boolean;
}
