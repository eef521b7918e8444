// POSTed articles are analysed in a worker with a time and a memory limit: an input over a limit fails
// alone with a clear reason, its raw bytes kept, and the server keeps answering.
import { afterAll, describe, expect, it } from 'vitest';
import { poolAnalyzer } from '../../src/ingest/analyzer.js';
import { createServer } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';

const ARTICLE = 'Ferry service resumes\n\nThe ferry between Dover and Calais resumed on Tuesday after a two-day strike, the operator said. Passengers waited for hours at both ports while the unions and the company negotiated a new agreement on pay and working hours for the crews of the ferries.';
const closers: Array<() => Promise<void>> = [];
afterAll(async () => { for (const c of closers) await c(); });

async function serverWith(limits: { timeoutMs: number; maxMemoryMb: number }) {
  const pool = poolAnalyzer(1, limits, 0);
  expect(pool, 'the compiled worker (dist/) is needed: run npx tsc').not.toBeNull();
  const store = new SqliteStore(':memory:');
  const app = await createServer({ store, analyse: (raw, o) => pool!.analyze(raw, o) });
  closers.push(async () => { await app.close(); await pool!.close(); store.close(); });
  return { app, store };
}

describe('analysis limits in the server', () => {
  it('stops an analysis over the time limit with a reason, keeps the raw input, and still serves reads', async () => {
    const { app, store } = await serverWith({ timeoutMs: 1, maxMemoryMb: 1024 });
    const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE } });
    expect(r.statusCode).toBe(400);
    expect(r.json().reason).toMatch(/analysis stopped after .* s/);
    expect(store.failures()).toEqual([expect.objectContaining({ error: expect.stringMatching(/stopped after/) })]);
    expect((await app.inject('/api/stats')).json().failed).toBe(1);
  });

  it('stops an analysis over the memory limit with a reason', async () => {
    const { app, store } = await serverWith({ timeoutMs: 120_000, maxMemoryMb: 8 });
    const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE } });
    expect(r.statusCode).toBe(400);
    expect(r.json().reason).toMatch(/needed more than 8 MB/);
    expect(store.failures()).toHaveLength(1);
  });

  it('analyses a normal article in the worker', async () => {
    const { app } = await serverWith({ timeoutMs: 120_000, maxMemoryMb: 1024 });
    const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: ARTICLE } });
    expect(r.statusCode).toBe(201);
    expect(r.json().article.text).toContain('Dover');
  });
});
