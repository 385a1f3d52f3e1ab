import { describe, expect, it } from 'vitest';
import { meanRating } from './review';

describe('meanRating', () => {
  it('averages only the principles assessed', () => {
    expect(meanRating({ visibility: 4, accessibility: 2, objectivity: 0 })).toBe(3);
    expect(meanRating({})).toBeUndefined();
  });
});
