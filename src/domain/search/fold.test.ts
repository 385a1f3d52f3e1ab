import { describe, expect, it } from 'vitest';
import { foldText, queryWords, searchWords } from './fold';

describe('search folding', () => {
  it('finds accented Italian words typed without accents', () => {
    expect(foldText('Perché la città è così?')).toBe('perche la citta e cosi?');
  });

  it('indexes distinct words of two or more characters, protocol codes included', () => {
    expect(searchWords('R-2026-0001', 'Perché? Perché è così!')).toEqual(['2026', '0001', 'perche', 'cosi']);
  });

  it('splits a query into distinct folded words', () => {
    expect(queryWords('  Dichiarazione  DICHIARAZIONE Città e ')).toEqual(['dichiarazione', 'citta']);
  });
});
