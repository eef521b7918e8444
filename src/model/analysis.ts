// The analysis format (shared/docs/analysis-format.md) defined once, as TypeBox schemas.
// The TypeScript types are derived from these schemas and `storyline schema` prints them as JSON Schema,
// so the contract is never written twice.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** A stand-off span: UTF-16 offsets into article.text, end exclusive. */
export const Span = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
});
export type Span = Static<typeof Span>;

export const BlockKind = Type.Union([
  Type.Literal('paragraph'), Type.Literal('heading'), Type.Literal('list-item'), Type.Literal('quote'),
]);
export const Block = Type.Object({ kind: BlockKind, start: Span.properties.start, end: Span.properties.end });
export type Block = Static<typeof Block>;

export const RelatedLink = Type.Object({
  title: Type.String(),
  section: Nullable(Type.String()),
  url: Nullable(Type.String()),
});
export type RelatedLink = Static<typeof RelatedLink>;

export const MediaItem = Type.Object({
  caption: Nullable(Type.String()),
  credit: Nullable(Type.String()),
  url: Nullable(Type.String()),
});
export type MediaItem = Static<typeof MediaItem>;

export const DroppedKind = Type.Union([
  Type.Literal('related'), Type.Literal('gallery'), Type.Literal('navigation'), Type.Literal('advert'), Type.Literal('other'),
]);
export const Dropped = Type.Object({ kind: DroppedKind, text: Type.String() });
export type Dropped = Static<typeof Dropped>;
export type DroppedKind = Static<typeof DroppedKind>;

export const PublishedFrom = Type.Union([
  Type.Literal('metadata'), Type.Literal('text'), Type.Literal('inferred'), Type.Literal('given'),
]);
export type PublishedFrom = Static<typeof PublishedFrom>;

export const Source = Type.Object({
  path: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  fetchedAt: Type.String({ description: 'ISO date-time when the raw input was read' }),
});
export type Source = Static<typeof Source>;

export const Article = Type.Object({
  id: Type.String({ description: 'stable content hash of the raw input' }),
  source: Source,
  title: Nullable(Type.String()),
  published: Nullable(Type.String({ description: 'ISO date or date-time' })),
  publishedFrom: Nullable(PublishedFrom),
  language: Type.String({ description: 'BCP-47 code' }),
  text: Type.String(),
  blocks: Type.Array(Block),
  related: Type.Array(RelatedLink),
  media: Type.Array(MediaItem),
  dropped: Type.Array(Dropped),
  authors: Type.Optional(Type.Array(Type.String())),
  siteName: Type.Optional(Nullable(Type.String())),
  section: Type.Optional(Nullable(Type.String())),
  description: Type.Optional(Nullable(Type.String())),
  canonicalUrl: Type.Optional(Nullable(Type.String())),
  modified: Type.Optional(Nullable(Type.String())),
});
export type Article = Static<typeof Article>;

export const EntityType = Type.Union([
  Type.Literal('person'), Type.Literal('organization'), Type.Literal('place'), Type.Literal('other'),
]);
export type EntityType = Static<typeof EntityType>;

export const Geo = Type.Object({ lat: Type.Number(), lon: Type.Number(), country: Nullable(Type.String()) });
export type Geo = Static<typeof Geo>;

export const Entity = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: EntityType,
  roles: Type.Array(Type.String()),
  aliases: Type.Array(Type.String()),
  mentions: Type.Array(Span),
  geo: Nullable(Geo),
  generic: Type.Optional(Type.Literal(true, {
    description: 'a group named by a common noun ("the government", "the police"): an actor of this article only, not linked across articles',
  })),
});
export type Entity = Static<typeof Entity>;

export const QuoteKind = Type.Union([Type.Literal('direct'), Type.Literal('partial'), Type.Literal('indirect')]);
export const Quote = Type.Object({
  id: Type.String(),
  text: Type.String(),
  kind: QuoteKind,
  speaker: Nullable(Type.String({ description: 'entity id' })),
  speakerName: Nullable(Type.String()),
  cue: Nullable(Type.String()),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
});
export type Quote = Static<typeof Quote>;

export const TimexType = Type.Union([Type.Literal('DATE'), Type.Literal('TIME'), Type.Literal('DURATION'), Type.Literal('SET')],
  { description: 'TimeML TIMEX3 type' });
export type TimexType = Static<typeof TimexType>;

export const TimeExpression = Type.Object({
  text: Type.String(),
  value: Nullable(Type.String({
    description: 'TIMEX3 value. DATE/TIME: ISO date, date-time or partial date (2025-12, 2025-W49, 2025-Q4, 2025-H1, 2025-SU, '
      + 'FY2025, 198 for the 1980s) or PRESENT_REF / PAST_REF / FUTURE_REF; DURATION and SET: ISO 8601 period (P5Y, PT3H, PXY '
      + 'for an unspecified number of years)',
  })),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  endValue: Type.Optional(Nullable(Type.String({ description: 'end of a range, when the expression is one' }))),
  type: Type.Optional(TimexType),
  quant: Type.Optional(Type.String({ description: 'TIMEX3 quant of a SET: EVERY, EACH' })),
  freq: Type.Optional(Type.String({ description: 'TIMEX3 freq of a SET: 2X in "twice a week"' })),
  mod: Type.Optional(Type.String({ description: 'TIMEX3 mod: START ("early 2009"), MID, END' })),
});
export type TimeExpression = Static<typeof TimeExpression>;

export const Quantity = Type.Object({
  text: Type.String(),
  value: Type.Number(),
  unit: Nullable(Type.String()),
  about: Nullable(Type.String()),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  approximate: Type.Optional(Nullable(Type.String({ description: 'qualifier such as "nearly" or "more than"' }))),
  maxValue: Type.Optional(Nullable(Type.Number())),
});
export type Quantity = Static<typeof Quantity>;

export const EventType = Type.Union([
  Type.Literal('statement'), Type.Literal('meeting'), Type.Literal('military'),
  Type.Literal('travel'), Type.Literal('negotiation'), Type.Literal('other'),
]);
export type EventType = Static<typeof EventType>;

export const StoryEvent = Type.Object({
  id: Type.String(),
  type: EventType,
  date: Nullable(Type.String()),
  datePrecision: Type.Optional(Nullable(Type.Union([Type.Literal('day'), Type.Literal('month'), Type.Literal('year'), Type.Literal('time')]))),
  participants: Type.Array(Type.String()),
  place: Nullable(Type.String()),
  summary: Type.String(),
  evidence: Span,
});
export type StoryEvent = Static<typeof StoryEvent>;

export const Stance = Type.Union([
  Type.Literal('assert'), Type.Literal('deny'), Type.Literal('demand'),
  Type.Literal('reject'), Type.Literal('confirm'), Type.Literal('accuse'),
]);
export type Stance = Static<typeof Stance>;

export const Claim = Type.Object({
  id: Type.String(),
  claimant: Type.String({ description: 'entity id' }),
  stance: Stance,
  text: Type.String(),
  about: Type.Array(Type.String()),
  disputedBy: Type.Array(Type.String()),
  evidence: Span,
});
export type Claim = Static<typeof Claim>;

export const PipelineMessage = Type.Object({
  source: Type.String({ description: 'the annotator or stage that wrote it' }),
  reason: Type.String(),
  span: Type.Optional(Span),
});
export type PipelineMessage = Static<typeof PipelineMessage>;

export const AnalyserInfo = Type.Object({
  name: Type.Literal('storyline'),
  version: Type.String({ description: 'the package version that produced this analysis' }),
  messages: Type.Array(PipelineMessage, { description: 'what the pipeline noticed, skipped or failed on' }),
});
export type AnalyserInfo = Static<typeof AnalyserInfo>;

export const Analysis = Type.Object({
  analyser: Type.Optional(AnalyserInfo),
  article: Article,
  entities: Type.Array(Entity),
  quotes: Type.Array(Quote),
  times: Type.Array(TimeExpression),
  quantities: Type.Array(Quantity),
  events: Type.Array(StoryEvent),
  claims: Type.Array(Claim),
}, { $id: 'https://storyline.dev/schema/analysis.json', title: 'Storyline article analysis' });
export type Analysis = Static<typeof Analysis>;
