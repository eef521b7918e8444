// Saved searches: `storyline searches add|list|show|remove`. New matches are an Atom feed on the server
// (/searches/NAME/atom.xml) and, with --webhook, one POST per new matching article from `storyline watch`.
import type { Command } from 'commander';
import { keyName } from '../store/index.js';
import { CliError } from './errors.js';
import { DB_OPTION, withEngine } from './store-option.js';

interface AddOptions { db?: string; words?: string; entity?: string; story?: string; webhook?: string }

function checkWebhook(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try { u = new URL(url); } catch { throw new CliError(`--webhook: not a URL: ${url}`, 2); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CliError(`--webhook: not an http(s) URL: ${url}`, 2);
  return u.href;
}

export function registerSavedSearchCommands(program: Command): void {
  const searches = program.command('searches').description('saved searches: an Atom feed of new matches and an optional webhook');

  searches.command('add').description('save a search by words, an entity or a story (at least one)').argument('<name>')
    .option(...DB_OPTION)
    .option('--words <words>', 'full-text words, as in `storyline search`')
    .option('--entity <name>', 'an entity name or key ("person:volodymyr zelensky")')
    .option('--story <id>', 'a story id')
    .option('--webhook <url>', 'POST each new matching article here as JSON')
    .action(async (name: string, opts: AddOptions) => {
      if (!opts.words && !opts.entity && !opts.story) throw new CliError('searches add: give --words, --entity or --story', 2);
      if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u.test(name)) throw new CliError(`${name}: a search name is letters, digits, spaces, dots, dashes and underscores (at most 100)`, 2);
      const webhook = checkWebhook(opts.webhook);
      await withEngine(opts.db, async (store) => {
        if (await store.searches.get(name)) throw new CliError(`${name}: a saved search with this name exists (remove it first)`, 1);
        const entityKey = opts.entity ? await store.searches.resolveEntityKey(opts.entity, keyName) : null;
        if (opts.entity && !entityKey) throw new CliError(`${opts.entity}: no stored entity has this name or key`, 1);
        // a story id (or its unique prefix, or a story merged into another) is saved as the live story's full id
        const storyId = opts.story ? (await store.stories.resolveId(opts.story)) ?? (await store.stories.mergedInto(opts.story)) : null;
        if (opts.story && !storyId) throw new CliError(`${opts.story}: no stored story has this id`, 1);
        await store.searches.add({ name, words: opts.words ?? null, entityKey, storyId, webhook, createdAt: new Date().toISOString() });
        process.stdout.write(`saved search ${name}; its Atom feed is /searches/${encodeURIComponent(name)}/atom.xml on \`storyline serve\`\n`);
      });
    });

  searches.command('list').description('saved searches').option(...DB_OPTION).option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const list = await store.searches.list();
        if (opts.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        for (const s of list) process.stdout.write(`${s.name}: ${[s.words && `words “${s.words}”`, s.entityKey && `entity ${s.entityKey}`, s.storyId && `story ${s.storyId}`, s.webhook && `webhook ${s.webhook}`].filter(Boolean).join(', ')}\n`);
        process.stdout.write(`${list.length} saved searches\n`);
      });
    });

  searches.command('show').description('the latest matches of a saved search').argument('<name>').option(...DB_OPTION).option('--json', 'print JSON')
    .action(async (name: string, opts: { db?: string; json?: boolean }) => {
      await withEngine(opts.db, async (store) => {
        const s = await store.searches.get(name);
        if (!s) throw new CliError(`${name}: no saved search with this name`, 1);
        const matches = await store.searches.matches(s, { newestFirst: true, limit: 50 });
        if (opts.json) return void process.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
        for (const m of matches) process.stdout.write(`${m.id}  ${(m.published ?? '').slice(0, 10).padEnd(10)}  ${m.title ?? m.lead.slice(0, 80)}\n`);
        process.stdout.write(`${matches.length} matches\n`);
      });
    });

  searches.command('remove').description('delete a saved search').argument('<name>').option(...DB_OPTION)
    .action(async (name: string, opts: { db?: string }) => {
      await withEngine(opts.db, async (store) => {
        if (!(await store.searches.remove(name))) throw new CliError(`${name}: no saved search with this name`, 1);
      });
    });
}
