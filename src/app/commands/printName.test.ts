import { describe, expect, it } from 'vitest';
import { pdfFileName } from './printName';

const template = (screen: string) => `Riparo ${screen} 2026-12-02`;

describe('pdfFileName', () => {
  it('names the PDF after the view and the day', () => {
    expect(pdfFileName(template, 'Coda reclami')).toBe('Riparo Coda reclami 2026-12-02.pdf');
  });

  it('drops characters Windows refuses and squeezes the spaces', () => {
    expect(pdfFileName(template, 'R-2026-0001 · Rossi/Bianchi: "urgente"?\n')).toBe(
      'Riparo R-2026-0001 · Rossi Bianchi urgente 2026-12-02.pdf',
    );
  });

  it('still has a name when the view has no heading', () => {
    expect(pdfFileName(template, null)).toBe('Riparo 2026-12-02.pdf');
  });

  it('keeps a long heading short', () => {
    expect(pdfFileName(template, 'x'.repeat(500)).length).toBeLessThan(110);
  });
});
