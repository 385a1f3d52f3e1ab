/**
 * Folds text for searching the way Italian users type: without accents and
 * case (`perche` finds `Perché`, `citta` finds `città`).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct folded words of some texts, as stored in the search index. */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 2) words.add(word);
    }
  }
  return [...words];
}

/**
 * The words of a search box query. Each must match the start of some word of a
 * complaint (so `dich` finds `dichiarazione`), and all of them must match.
 */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      foldText(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 2),
    ),
  ];
}
