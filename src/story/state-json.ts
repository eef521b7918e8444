// Story state as stored JSON: maps as [key, value] pairs, weights rounded to four decimals (the stored precision).

export type Pairs<T> = Array<[string, T]>;

export const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export const pairs = (m: Map<string, number>): Pairs<number> => [...m].map(([k, x]) => [k, r4(x)]);

/** A story's centroid as `story_profiles` stores it beside the state. */
export const centroidJson = (centroid: Map<string, number>): string => JSON.stringify(pairs(centroid));
