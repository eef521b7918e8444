// Commands over stories: list them, show one (timeline, claims ledger, positions), export the store.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { DB_OPTION, listOptions, pageOf, withEngine, type ListOptions } from './store-option.js';
import { storedDetail, type StoryDetailT } from '../server/queries/stories.js';
import { ensureStories, refreshStories } from '../story/refresh.js';
import { CliError } from './errors.js';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from './story-export.js';

const day = (d: string | null | undefined) => (d ?? '').slice(0, 10) || 'undated';

export function formatStory(s: StoryDetailT): string {
  const titles = new Map(s.articleList.map((a) => [a.id, a.title ?? a.id]));
  const from = (id: string) => `${id.slice(0, 8)} ${titles.get(id) ?? ''}`.trim();
  const out = [s.title, `${s.articles} articles, ${s.sources ?? '?'} sources, ${day(s.from)} to ${day(s.to)}  (id ${s.id})`, '', 'Timeline'];
  for (const e of s.timeline) {
    const n = e.sources?.length ?? 1;
    out.push(`  ${day(e.date).padEnd(10)}  ${e.type.padEnd(12)} ${e.summary}${n > 1 ? `  [${n} sources]` : ''}`);
  }
  if (!s.timeline.length) out.push('  (no events found)');
  out.push('', 'Claims ledger');
  for (const e of s.ledger ?? []) {
    out.push(`  ${e.claimantName} (${e.stance}): ${e.text}`);
    for (const a of e.assertedBy) out.push(`      said by   ${a.name}, ${day(a.date)}, ${from(a.articleId)}`);
    for (const d of e.disputedBy) out.push(`      disputed  ${d.name} (${d.stance}), ${day(d.date)}: ${d.text}`);
  }
  if (!s.ledger?.length) out.push('  (no contested or repeated claims)');
  out.push('', "Actors' positions");
  for (const p of s.positions ?? []) {
    out.push(`  ${p.name}`);
    for (const x of p.positions) out.push(`      ${day(x.date)}  ${x.stance.padEnd(8)} ${x.text}`);
  }
  if (!s.positions?.length) out.push('  (no claims found)');
  out.push('', 'Articles');
  for (const a of s.articleList) out.push(`  ${day(a.published)}  ${from(a.id)}`);
  return out.join('\n');
}

export function registerStoryCommands(program: Command): void {
  listOptions(program.command('stories')
    .description('list stories (articles about the same events), largest first'))
    .option('--rebuild', 're-cluster every stored article from scratch first (one transaction; story ids stay)')
    .action(async (opts: ListOptions & { rebuild?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        if (opts.rebuild) {
          const r = await refreshStories(store);
          process.stderr.write(`rebuilt ${r.stories} stories from ${r.articles} articles in ${((r.ms.load + r.ms.build + r.ms.write) / 1000).toFixed(1)}s\n`);
        } else await ensureStories(store);
        const page = await store.stories.list(pageOf(opts));
        if (opts.json) return void process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        const lines = page.items.map((s) => `${s.id}  ${String(s.articleCount).padStart(3)} art ${String(s.sourceCount).padStart(2)} src  ${day(s.firstDate)}..${day(s.lastDate)}  ${s.title}`);
        process.stdout.write(`${[...lines, `${page.items.length} of ${page.total} stories`].join('\n')}\n`);
      });
    });

  program.command('story')
    .description("show one story: merged timeline, claims ledger, actors' positions")
    .argument('<id>', 'story id or a unique prefix of it')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        await ensureStories(store);
        // a story merged into another: the one that holds its articles now
        const full = (await store.stories.resolveId(id)) ?? (await store.stories.mergedInto(id));
        const story = full ? await storedDetail(store, full) : null;
        if (!story) throw new CliError(`${id}: no such story in ${store.location}`);
        process.stdout.write(opts.json ? `${JSON.stringify(story, null, 2)}\n` : `${formatStory(story)}\n`);
      });
    });

  program.command('export')
    .description('export the store: json (analyses + stories), csv (events), jsonld (schema.org), tsv (GDELT-like events)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
    .option(...DB_OPTION)
    .option('--out <file>', 'write here instead of standard output')
    .action(async (opts: { format: string; db?: string; out?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, 2);
      await withEngine(opts.db, async (store) => {
        const text = await exportStore(store, opts.format as ExportFormat);
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      });
    });
}
