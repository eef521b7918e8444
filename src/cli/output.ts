// Human-readable summaries for the terminal.
import type { Analysis } from '../model/analysis.js';
import type { IngestReport } from '../ingest/run.js';
import type { StoreStats } from '../store/types.js';

const short = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatAnalysis(a: Analysis): string {
  const art = a.article;
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  lines.push(`${art.title ?? '(untitled)'}  [${art.id}]`);
  lines.push(`published ${art.published ?? 'unknown'}${art.publishedFrom ? ` (${art.publishedFrom})` : ''} · language ${art.language} · ${art.blocks.length} blocks · ${art.text.length} chars`);
  if (art.related.length) lines.push(`related links: ${art.related.length}  media: ${art.media.length}  dropped: ${art.dropped.length}`);
  const byType = (t: string) => a.entities.filter((e) => e.type === t);
  for (const [label, t] of [['People', 'person'], ['Organisations', 'organization'], ['Places', 'place']] as const) {
    const es = byType(t);
    if (!es.length) continue;
    lines.push('', `${label} (${es.length})`);
    for (const e of es) lines.push(`  ${e.name}${e.roles.length ? ` — ${e.roles.join('; ')}` : ''}  ×${e.mentions.length}${e.geo ? `  (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})` : ''}`);
  }
  if (a.quotes.length) {
    lines.push('', `Quotes (${a.quotes.length})`);
    for (const q of a.quotes) lines.push(`  ${q.speaker ? names.get(q.speaker) : q.speakerName ?? '?'} (${q.kind}, ${q.cue ?? '-'}): “${short(q.text)}”`);
  }
  if (a.times.length) {
    lines.push('', `Dates (${a.times.length})`);
    for (const t of a.times) lines.push(`  ${t.text} → ${t.value ?? '?'}`);
  }
  if (a.quantities.length) {
    lines.push('', `Figures (${a.quantities.length})`);
    for (const q of a.quantities) lines.push(`  ${q.text} = ${q.value}${q.unit ? ` ${q.unit}` : ''}${q.about ? ` — ${q.about}` : ''}`);
  }
  if (a.events.length) {
    lines.push('', `Events (${a.events.length})`);
    for (const e of a.events) lines.push(`  ${e.date ?? '????-??-??'} ${e.type}: ${short(e.summary)}`);
  }
  if (a.claims.length) {
    lines.push('', `Claims (${a.claims.length})`);
    for (const c of a.claims) lines.push(`  ${names.get(c.claimant) ?? c.claimant} ${c.stance}: ${short(c.text)}${c.disputedBy.length ? `  ⟂ disputed by ${c.disputedBy.map((d) => names.get(d) ?? d).join(', ')}` : ''}`);
  }
  const failed = (a.analyser?.messages ?? []).filter((m) => /failed|skipped/.test(m.reason));
  if (failed.length) {
    lines.push('', `Not analysed (${failed.length})`);
    for (const m of failed) lines.push(`  ${m.source}: ${m.reason}`);
  }
  return lines.join('\n');
}

export function formatIngestReport(r: IngestReport): string {
  const rate = r.seconds > 0 ? r.seen / r.seconds : 0;
  const line = `ingested ${r.seen} inputs in ${r.seconds.toFixed(1)}s (${rate.toFixed(1)}/s): ${r.analysed} analysed, ${r.duplicates} already stored, ${r.failed.length} failed`;
  if (!r.stories) return line;
  const s = r.stories;
  const ms = s.ms.load + s.ms.build + s.ms.write;
  return `${line}\nstories: ${s.stories} stories from ${s.articles} articles, ${s.duplicates} near-duplicate copies, ${s.entities} linked entities (${(ms / 1000).toFixed(1)}s)`;
}

export function formatStats(s: StoreStats): string {
  return `store: ${s.articles} articles, ${s.people} people, ${s.organizations} organisations, ${s.places} places, ${s.quotes} quotes, ${s.dates} dates, ${s.quantities} figures, ${s.events} events, ${s.claims} claims`;
}
