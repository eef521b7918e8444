// Full-text queries: the user's words as an FTS5 query (each word quoted, the last one a prefix).
export function toFtsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
