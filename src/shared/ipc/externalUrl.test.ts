import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './externalUrl';

describe('isAllowedExternalUrl', () => {
  it.each(['https://www.example.it/reclami', 'mailto:studio@example.it?subject=Reclamo'])(
    'lets %s out',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'http://example.it',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'app://riparo/index.html',
    'https://user:secret@example.it',
    'mailto:',
    'not a url',
    '',
  ])('keeps %s in', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
