// Incremental stories at a scale the direct bench cannot reach in time (1M articles placed one by one is hours):
// a store placed directly by scale.mjs (--keep) is copied and its story state replicated in SQL until it holds
// (copies + 1) × its articles, then the stream's next real articles are placed through the real ensureStories path
// and timed exactly as scale.mjs times them (CPU of the process, batches of 500), and the story pages are timed.
//
//   node bench/stories/scale-replicate.mjs build --from S.db --to R.db --copies 9 [--articles light|full|padded]   (--to S.db: in place)
//   node bench/stories/scale-replicate.mjs place --store R.db --place 3000 [--cache /tmp/scale-wiki.json] [--no-dbstat] [--cache-size KiB]
//
// `place` on a plain copy of the base store (`build --copies 0`) is the control: the same articles placed into the
// same recent stories with only the history missing, so the difference is what the store's size costs.
//
// How the replicas are made, and why:
// - Replica c (1..copies) is the base's history moved c blocks EARLIER in time (a block = the base's rounds × 30
//   days, so replicas never overlap each other or the base, and none is within a story window of the base's end).
//   The base stays the most recent part, untouched, so the articles placed afterwards continue the real stream
//   (article k = N, N + 1, …: the same texts, tags and dates the direct run would place next) into exactly the
//   stories the direct run would offer them. Replicas placed later in time would break that continuity (the next
//   articles would follow a copy whose round tag and position in the round are not theirs).
// - Ids: article syn0001234 of replica c is s<cc>0001234 (same length; cc two letters from c); story ids are a
//   12-hex hash of (c, base id), the shape storyIdOf gives. JSON columns are rewritten for the ids they hold
//   (profiles' state: its id, roster ids and day numbers; dossiers and dossier inputs: article ids).
// - Every table the story state uses is replicated row for row (stories, story_articles, story_done, story_inputs,
//   story_profiles, story_postings, story_aliases, duplicates, minhash_bands, minhash_signatures, entity_links),
//   in rowid order, so each replica story lists its members in the base's order; foreign keys are on while copying.
// - Shared by all replicas (as the real stream shares them): global entities, their name keys and sources (the
//   synthetic stream reuses the same 293 analyses, so every round links to the same global entities), and the
//   feature strings (postings and bands keep the base's features and band keys).
// - Counts scaled by (copies + 1): document frequencies (story_df, story_source_df), documents (story_sources,
//   story_state 'docs'), global_entities.article_count. So idf of a feature is what it was in the base.
// - Article rows: --articles light (default) keeps title, dates, language and site and stores an empty text and '{}'
//   analysis (and an empty raw input): placing reads only new articles' analyses, and the story page and member
//   lists read titles and dates; full rows at 1M (~36 KB each) would not fit the disk budget. --articles full copies
//   text and analysis; --articles padded stores an empty text and a dummy analysis of PAD bytes, so the articles
//   B-tree has the leaf pages of full rows without their overflow pages (measured at 100k: light rows placed faster).
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { DAYS_PER_ROUND, articleWriter, dist, loadBase, mb, pageLine, pageTimes, storyStateBytes, synth } from './scale-stream.mjs';

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const UNDATED_DAY = -1_000_000; // src/store/story-types.ts: an undated story's postings day, never shifted
const ROUND = 293; // articles per round of the synthetic stream (the Wikinews set)
// --articles padded: an analysis of this many bytes, so that a replica's articles row fills a B-tree leaf as a full row
// does (a full row's ~36 KB overflow, leaving 489–4061 bytes in the leaf: 1.5 rows per 4 KB leaf in a 10k store)
// without its overflow pages.
const PAD = Number(arg('--pad', '2400'));
const mode = process.argv[2];

if (mode === 'build') await build(arg('--from'), arg('--to'), Number(arg('--copies', '9')), arg('--articles', 'light'));
else if (mode === 'finish') {
  const db = new Database(arg('--store'));
  const r = finish(db, Number(arg('--copies')));
  db.pragma('journal_mode = WAL');
  db.close();
  console.log(JSON.stringify(r));
} else if (mode === 'place') await place(arg('--store'), Number(arg('--place', '3000')), arg('--cache', null), !process.argv.includes('--no-dbstat'), arg('--cache-size', null));
else { console.error('usage: scale-replicate.mjs build --from S.db --to R.db --copies C [--articles light|full|padded --pad N] | place --store R.db --place P [--cache F]'); process.exit(2); }

/** Two letters for replica c (1 → "aa", 2 → "ab", …): its article ids are s<cc><7 digits>, sorting before "syn". */
function prefixOf(c) { return `s${String.fromCharCode(97 + Math.floor((c - 1) / 26))}${String.fromCharCode(97 + ((c - 1) % 26))}`; }

async function build(from, to, copies, articles) {
  if (!from || !to) throw new Error('build needs --from and --to');
  const t0 = performance.now();
  // Fold the base's WAL into its file, then copy the file: the copy is the base as placed, byte for byte.
  const src = new Database(from);
  src.pragma('wal_checkpoint(TRUNCATE)');
  src.close();
  // --to equal to --from builds in place (at 1M the base and a copy would not both fit the disk budget).
  if (to !== from) {
    for (const x of ['', '-wal', '-shm']) rmSync(to + x, { force: true });
    copyFileSync(from, to);
  }
  const db = new Database(to);
  // One writer and a throwaway file: no WAL (it would grow to the size of everything written) and no rollback journal
  // (a failed build is thrown away), no fsync, a large page cache so that the index inserts (bands, postings) stay in
  // memory, and the temporary copy SQLite makes of a table inserted into itself in memory rather than on disk.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -4000000');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');

  const n0 = db.prepare('SELECT count(*) AS n FROM articles').get().n;
  const ids = db.prepare("SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM articles WHERE id GLOB 'syn[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'").get();
  if (ids.n !== n0 || ids.lo !== 'syn0000000' || ids.hi !== `syn${String(n0 - 1).padStart(7, '0')}`) throw new Error(`${from} is not a plain synthetic stream (${JSON.stringify(ids)})`);
  const shift = Math.ceil(n0 / ROUND) * DAYS_PER_ROUND; // days per block: the base's whole rounds
  const maxSeq = db.prepare('SELECT max(seq) AS m FROM story_done').get().m;
  // Rows added from here on are replicas: the base's rows of a table are those up to its largest rowid now.
  const stories0 = db.prepare('SELECT max(rowid) AS m FROM stories').get().m;

  // Rewriting functions, called per row by the INSERT … SELECT statements below.
  const sidCache = new Map();
  const storyId = (id, c) => {
    const key = `${c}:${id}`;
    let v = sidCache.get(key);
    if (!v) { v = createHash('sha256').update(`replica:${key}`).digest('hex').slice(0, 12); sidCache.set(key, v); }
    return v;
  };
  db.function('rep_story', { deterministic: true }, storyId);
  db.function('rep_article', { deterministic: true }, (id, c) => (id.startsWith('syn') ? prefixOf(c) + id.slice(3) : id));
  // Article ids inside JSON: "syn" followed by seven digits (article texts never hold that shape).
  db.function('rep_json', { deterministic: true }, (text, c) => text.replace(/syn(?=\d{7})/g, prefixOf(c)));
  // A story's state: its id (the first key, see saveState), its roster's article ids, and every day number
  // ("first", "last" of the state and its profile, "day" of profile members and roster entries and their views).
  db.function('rep_state', { deterministic: true }, (text, id, c) => {
    const head = `{"id":"${id}"`;
    if (!text.startsWith(head)) throw new Error(`state of ${id} does not start with its id`);
    const days = c * shift;
    return `{"id":"${storyId(id, c)}"` + text.slice(head.length).replace(/syn(?=\d{7})/g, prefixOf(c))
      .replace(/"(first|last|day)":(-?\d+)/g, (_, k, d) => `"${k}":${Number(d) - days}`);
  });

  const steps = [
    ['raw_inputs', `INSERT INTO raw_inputs (id, bytes, size, source_path, source_url, fetched_at, media_type, charset, status)
       SELECT rep_article(id, :c), ${articles === 'full' ? 'bytes' : "x''"}, size, source_path, source_url, fetched_at, media_type, charset, status
       FROM raw_inputs WHERE id GLOB 'syn*' ORDER BY rowid`],
    ['articles', `INSERT INTO articles (id, title, published, published_from, language, source_path, source_url, site, text, analysis, analysed_at)
       SELECT rep_article(id, :c), title, date(published, '-' || :days || ' days'), published_from, language, source_path, source_url, site,
         ${articles === 'full' ? 'text, analysis' : articles === 'padded' ? `'', '{"pad":"${'x'.repeat(PAD)}"}'` : "'', '{}'"}, analysed_at
       FROM articles WHERE id GLOB 'syn*' ORDER BY rowid`],
    ['stories', `INSERT INTO stories (id, title, first_date, last_date, article_count, source_count, anchor, dossier)
       SELECT rep_story(id, :c), title, date(first_date, '-' || :days || ' days'), date(last_date, '-' || :days || ' days'), article_count, source_count, anchor, rep_json(dossier, :c)
       FROM stories WHERE rowid <= :stories0 ORDER BY rowid`],
    ['story_articles', `INSERT INTO story_articles (story_id, article_id, is_copy)
       SELECT rep_story(story_id, :c), rep_article(article_id, :c), is_copy FROM story_articles WHERE article_id GLOB 'syn*' ORDER BY rowid`],
    ['story_done', `INSERT INTO story_done (article_id, story_id, seq)
       SELECT rep_article(article_id, :c), rep_story(story_id, :c), seq - :c * :maxSeq FROM story_done WHERE article_id GLOB 'syn*'`],
    ['story_inputs', `INSERT INTO story_inputs (story_id, article_id, inputs)
       SELECT rep_story(story_id, :c), rep_article(article_id, :c), rep_json(inputs, :c) FROM story_inputs WHERE article_id GLOB 'syn*' ORDER BY rowid`],
    ['story_profiles', `INSERT INTO story_profiles (story_id, centroid, state)
       SELECT rep_story(story_id, :c), centroid, rep_state(state, story_id, :c) FROM story_profiles WHERE rowid <= :profiles0 ORDER BY rowid`],
    ['story_postings', `INSERT INTO story_postings (feature, story_id, last_day)
       SELECT feature, rep_story(story_id, :c), CASE WHEN last_day = ${UNDATED_DAY} THEN last_day ELSE last_day - :days END FROM story_postings WHERE story_id IN (SELECT story_id FROM base_stories)`],
    ['story_aliases', `INSERT INTO story_aliases (old_id, story_id)
       SELECT rep_story(old_id, :c), rep_story(story_id, :c) FROM story_aliases WHERE old_id IN (SELECT old_id FROM base_aliases)`],
    ['duplicates', `INSERT INTO duplicates (article_id, duplicate_of)
       SELECT rep_article(article_id, :c), rep_article(duplicate_of, :c) FROM duplicates WHERE article_id GLOB 'syn*'`],
    ['minhash_signatures', `INSERT INTO minhash_signatures (article_id, sig)
       SELECT rep_article(article_id, :c), sig FROM minhash_signatures WHERE article_id GLOB 'syn*' ORDER BY rowid`],
    ['minhash_bands', `INSERT INTO minhash_bands (band, article_id)
       SELECT band, rep_article(article_id, :c) FROM minhash_bands WHERE article_id GLOB 'syn*'`],
    ['entity_links', `INSERT INTO entity_links (article_id, local_id, global_id)
       SELECT rep_article(article_id, :c), local_id, global_id FROM entity_links WHERE article_id GLOB 'syn*'`],
  ];
  // The base's stories, profiles and aliases, fixed before any replica is added (their tables gain replica rows).
  db.exec(`CREATE TEMP TABLE base_stories AS SELECT DISTINCT story_id FROM story_postings;
    CREATE TEMP TABLE base_aliases AS SELECT old_id FROM story_aliases;`);
  const profiles0 = db.prepare('SELECT max(rowid) AS m FROM story_profiles').get().m;
  const done = Object.fromEntries(steps.map(([t]) => [t, 0]));
  for (let c = 1; c <= copies; c++) {
    db.transaction(() => {
      for (const [table, sql] of steps) {
        const t = performance.now();
        const params = { c, days: c * shift, maxSeq, stories0, profiles0 };
        const st = db.prepare(sql);
        // pass only the parameters the statement names
        st.run(Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`:${k}`))));
        done[table] += performance.now() - t;
      }
    })();
    console.log(`  copy ${c}/${copies} done, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const { fk, counts } = finish(db, copies);
  db.pragma('journal_mode = WAL');
  db.close();
  console.log(`built ${to} from ${from}: ${copies} replicas of ${n0} articles (${shift} days apart, articles ${articles}), ${JSON.stringify(counts)}, ` +
    `foreign key violations ${fk}, ${mb(statSync(to).size)} MB, ${((performance.now() - t0) / 1000).toFixed(0)} s; ` +
    `seconds per table ${Object.entries(done).map(([t, ms]) => `${t} ${(ms / 1000).toFixed(0)}`).join(', ')}`);
}

async function place(file, count, cache, dbstat, cacheSize) {
  const { SqliteStore } = await import(`${dist}/store/index.js`);
  const { ensureStories } = await import(`${dist}/story/refresh.js`);
  const base = loadBase(cache);
  const store = new SqliteStore(file);
  // --cache-size KiB: an experiment, not what the store does (SqliteStore keeps SQLite's default page cache of 2 MB):
  // how much of the placement's growth with the store is B-tree pages read again through the OS.
  if (cacheSize) store.db.pragma(`cache_size = -${Number(cacheSize)}`);
  // The stream goes on where the base left off: the base's articles are syn0000000 … syn<n0 - 1>.
  const n0 = store.db.prepare("SELECT count(*) AS n FROM articles WHERE id GLOB 'syn*'").get().n;
  const total0 = store.db.prepare('SELECT count(*) AS n FROM articles').get().n;
  const write = articleWriter(store);
  let placeMs = 0, sysMs = 0, wallMs = 0, windowMs = 0, peak = 0;
  const windows = [];
  const t0 = performance.now();
  for (let k = n0; k < n0 + count; k += 500) {
    store.db.transaction(() => { for (let j = k; j < Math.min(n0 + count, k + 500); j++) write(synth(base, j)); })();
    // Timed as scale.mjs times it: CPU time of this process (user + system) around ensureStories of the batch.
    const t = performance.now();
    const cpu = process.cpuUsage();
    await ensureStories(store);
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    wallMs += performance.now() - t;
    placeMs += ms; windowMs += ms; sysMs += used.system / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    const n = Math.min(500, n0 + count - k);
    console.log(`  ${k + n} (+${k + n - n0}) articles: ${(ms / n).toFixed(2)} ms CPU/article in this batch of ${n}, ${((performance.now() - t) / n).toFixed(2)} ms wall, rss ${mb(process.memoryUsage().rss)} MB`);
    if ((k + n - n0) % 1000 === 0) { windows.push(windowMs / 1000); windowMs = 0; }
  }
  const size = ['', '-wal'].map((x) => (existsSync(file + x) ? statSync(file + x).size : 0)).reduce((s, x) => s + x, 0);
  const storyBytes = dbstat ? storyStateBytes(store) : null;
  const { n: stories, largest } = store.db.prepare('SELECT count(*) AS n, max(article_count) AS largest FROM stories').get();
  const times = await pageTimes(store);
  console.log(`replicated ${file}${cacheSize ? ` (cache_size ${cacheSize} KiB)` : ''}: ${total0} articles before, placed ${count} more (k = ${n0} …): ${(placeMs / count).toFixed(2)} ms CPU/article (of which system ${(sysMs / count).toFixed(2)}; ${(wallMs / count).toFixed(2)} ms wall), ` +
    `per 1000: ${windows.map((x) => x.toFixed(2)).join(', ')}; ${stories} stories (largest ${largest} articles); peak rss ${mb(peak)} MB; ` +
    `store ${mb(size)} MB of which story state ${storyBytes === null ? '?' : mb(storyBytes)} MB; ${pageLine(times)}`);
  store.close();
}

/**
 * The end of a build: the counts that grow with the documents scaled (each replica counted the base's documents once
 * more), the watermark moved past every replica, and the foreign keys checked. `finish` mode runs it alone on a store
 * whose build was stopped after `copies` complete replicas (each is one transaction).
 */
function finish(db, copies) {
  const k = copies + 1;
  // (k written into the SQL: a bound JS number is a REAL, and story_state 'docs' would read "19938.0")
  db.transaction(() => {
    db.prepare(`UPDATE story_df SET df = df * ${k}`).run();
    db.prepare(`UPDATE story_source_df SET df = df * ${k}`).run();
    db.prepare(`UPDATE story_sources SET docs = docs * ${k}`).run();
    db.prepare(`UPDATE story_state SET v = CAST(CAST(v AS INTEGER) * ${k} AS TEXT) WHERE k = 'docs'`).run();
    db.prepare(`UPDATE global_entities SET article_count = article_count * ${k}`).run();
    // Every replica article is placed: the next articles stored are the first to place.
    db.prepare("INSERT INTO story_state (k, v) VALUES ('placed_rowid', (SELECT max(rowid) FROM articles)) ON CONFLICT(k) DO UPDATE SET v = excluded.v").run();
  })();
  const fk = db.prepare('PRAGMA foreign_key_check').all().length;
  const counts = db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM story_done) AS placed, (SELECT count(*) FROM stories) AS stories,
    (SELECT n FROM store_totals WHERE name = 'articles') AS totalArticles, (SELECT n FROM store_totals WHERE name = 'stories') AS totalStories`).get();
  return { fk, counts };
}
