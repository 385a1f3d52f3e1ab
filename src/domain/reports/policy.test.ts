import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDARDS } from '../deadlines';
import { EMPTY_STUDIO_PROFILE } from '../settings';
import { addPolicyVersion, fillPolicy, policyBlocks } from './policy';

describe('addPolicyVersion', () => {
  it('numbers each changed wording and keeps the earlier ones', () => {
    const first = addPolicyVersion([], ' Prima versione ', new Date('2026-01-10T10:00:00Z'));
    const second = addPolicyVersion(first, 'Seconda versione', new Date('2026-02-10T10:00:00Z'));

    expect(second).toEqual([
      { version: 1, text: 'Prima versione', savedAt: '2026-01-10T10:00:00.000Z' },
      { version: 2, text: 'Seconda versione', savedAt: '2026-02-10T10:00:00.000Z' },
    ]);
  });

  it('adds no version when the text did not change', () => {
    const history = addPolicyVersion([], 'Testo', new Date());
    expect(addPolicyVersion(history, 'Testo  ', new Date())).toBe(history);
  });
});

describe('fillPolicy', () => {
  it('states the studio’s details and current response times, leaving unknown braces alone', () => {
    const studio = { ...EMPTY_STUDIO_PROFILE, name: 'Studio Bianchi', pec: 'studio@pec.it' };
    const text = fillPolicy('{studio} risponde entro {risposta} giorni lavorativi; PEC {pec}; {ignoto}', studio, {
      ...DEFAULT_STANDARDS,
      respondDays: 7,
    });
    expect(text).toBe('Studio Bianchi risponde entro 7 giorni lavorativi; PEC studio@pec.it; {ignoto}');
  });
});

describe('policyBlocks', () => {
  it('reads headings, paragraphs joined across lines, and lists', () => {
    const blocks = policyBlocks('## Perché\nAscoltiamo\nogni reclamo.\n\n- per telefono\n- per PEC\nFine.');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Perché' },
      { kind: 'paragraph', text: 'Ascoltiamo ogni reclamo.' },
      { kind: 'list', items: ['per telefono', 'per PEC'] },
      { kind: 'paragraph', text: 'Fine.' },
    ]);
  });
});
