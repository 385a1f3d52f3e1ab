import { describe, expect, it } from 'vitest';
import { safeFileName } from './format';

describe('safeFileName', () => {
  it('turns characters Windows refuses into dashes and keeps accents', () => {
    expect(safeFileName('Reclami Rossi & C. s.n.c. / sede: Perù')).toBe(
      'Reclami Rossi & C. s.n.c. - sede- Perù',
    );
    expect(safeFileName('  \u0007 ')).toBe('-');
    expect(safeFileName('')).toBe('Riparo');
  });
});
