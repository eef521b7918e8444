// Full-text queries: the user's words as a safe FTS5 query (each word quoted, all required, the last one a prefix).

/** Most distinct words a search uses: more add no precision and each costs a pass over its matches. */
export const MAX_QUERY_TERMS = 12;

export function toFtsQuery(query: string): string {
  const seen = new Set<string>();
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => {
    const k = w.toLowerCase();
    if (seen.has(k) || seen.size >= MAX_QUERY_TERMS) return false;
    seen.add(k);
    return true;
  });
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
