// Migration 10's reckoning, the same on both engines (src/store/migrations.ts, src/store/postgres/migrations.ts): which
// stored entity rows take a new key (keys.ts entityKey), and where a saved search on an old key goes.
import type { EntityType } from '../model/analysis.js';
import { entityKey } from './keys.js';

export class Rekeying {
  /** old key → new key → how many rows move there */
  readonly moves = new Map<string, Map<string, number>>();

  /** The row's key today, or null when it keeps its stored key; a move is counted. */
  newKey(r: { key: string; name: string; type: EntityType }): string | null {
    const key = entityKey(r);
    if (key === r.key) return null;
    const to = this.moves.get(r.key) ?? new Map<string, number>();
    this.moves.set(r.key, to.set(key, (to.get(key) ?? 0) + 1));
    return key;
  }

  /**
   * Where a saved search on the old key `from` goes: the new key most of its rows went to, if more went there than
   * stayed, else nowhere (null). `rows`: the old key's rows before the moves.
   */
  searchTarget(from: string, rows: number): string | null {
    const to = this.moves.get(from);
    if (!to) return null;
    const [target, count] = [...to].sort((a, b) => b[1] - a[1])[0]!;
    const moved = [...to.values()].reduce((n, c) => n + c, 0);
    return count > rows - moved ? target : null;
  }
}
