import { describe, expect, it } from 'vitest';
import { pdfFileName, printableDocument } from './printName';

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

describe('printableDocument', () => {
  it('prints a complaint as its dossier and a client as the client report', () => {
    expect(printableDocument('/complaints/01JABC')).toBe('/print/dossier/01JABC');
    expect(printableDocument('/clients/01JXYZ')).toBe('/print/client/01JXYZ');
    expect(printableDocument('/settings/policy')).toBe('/print/policy');
    expect(printableDocument('/print/report/2026-Q1')).toBe('/print/report/2026-Q1');
  });

  it('has nothing to print for screens without a document', () => {
    expect(printableDocument('/complaints')).toBeNull();
    expect(printableDocument('/complaints/new')).toBeNull();
    expect(printableDocument('/settings/staff')).toBeNull();
  });
});
