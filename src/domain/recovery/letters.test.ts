import { describe, expect, it } from 'vitest';
import {
  builtInLetterTemplate,
  draftLetter,
  LETTER_KINDS,
  mailtoUrl,
  mergeText,
  MERGE_FIELDS,
  validateLetterTemplate,
  type MergeValues,
} from './letters';

const values: MergeValues = {
  client: 'Ferri Anna',
  code: 'R-2026-0007',
  receivedDate: '03/04/2026',
  subject: 'Parcella più alta del previsto',
  today: '10/04/2026',
  handler: 'Marco Bianchi',
  studio: 'Studio Rossi',
  studioAddress: 'Via Roma 1, Torino',
  studioEmail: 'info@studiorossi.it',
  studioPhone: '011 123456',
  solution: 'Riduzione della parcella del 20 %.',
  reason: '',
};

describe('letters', () => {
  it('fills every merge field of an apology', () => {
    const { letter, missing } = draftLetter('apology', 'it', values);
    expect(letter.subject).toBe('Le nostre scuse – R-2026-0007');
    expect(letter.body).toContain('Gentile Ferri Anna');
    expect(letter.body).toContain('«Parcella più alta del previsto»');
    expect(letter.body).toContain('Marco Bianchi\nStudio Rossi');
    expect(letter.body).not.toMatch(/\{\{/);
    expect(missing).toEqual([]);
  });

  it('leaves a field without value visible and lists it', () => {
    const { letter, missing } = draftLetter('unfounded', 'en', values);
    expect(letter.body).toContain('{{reason}}');
    expect(missing).toEqual(['reason']);
  });

  it('only uses known merge fields in every template', () => {
    for (const kind of LETTER_KINDS) {
      for (const language of ['it', 'en'] as const) {
        const { letter } = draftLetter(kind, language, { ...values, reason: 'x' });
        expect(letter.body).not.toMatch(/\{\{/);
      }
    }
    expect(MERGE_FIELDS).toContain('solution');
  });

  it('leaves out signature details the studio has not entered, without flagging them', () => {
    const { letter, missing } = draftLetter('apology', 'it', {
      ...values,
      handler: '',
      studioAddress: '',
      studioPhone: '',
    });
    expect(letter.body.endsWith('Cordiali saluti,\nStudio Rossi\ninfo@studiorossi.it')).toBe(true);
    expect(missing).toEqual([]);
  });

  it('leaves unknown placeholders as typed', () => {
    expect(mergeText('Ciao {{nome}} {{client}}', values).text).toBe('Ciao {{nome}} Ferri Anna');
  });

  it('encodes subject and body into a mailto address', () => {
    const url = mailtoUrl(' anna@example.it ', { subject: 'Scuse & grazie', body: 'Riga 1\nRiga 2' });
    expect(url).toBe('mailto:anna@example.it?subject=Scuse%20%26%20grazie&body=Riga%201%0ARiga%202');
  });

  it("drafts from the studio's own wording of a kind and keeps the built-in one for the others", () => {
    const studioTemplates = {
      apology: { subject: 'Ci scusiamo ({{code}})', body: 'Caro {{client}}, ci scusiamo.' },
    };
    const apology = draftLetter('apology', 'it', values, studioTemplates).letter;
    expect(apology).toEqual({
      kind: 'apology',
      subject: 'Ci scusiamo (R-2026-0007)',
      body: 'Caro Ferri Anna, ci scusiamo.',
    });
    const update = draftLetter('update', 'it', values, studioTemplates).letter;
    expect(update.subject).toBe('Aggiornamento sulla sua segnalazione – R-2026-0007');
  });

  it('accepts every built-in template as valid', () => {
    for (const kind of LETTER_KINDS) {
      for (const language of ['it', 'en'] as const) {
        expect(validateLetterTemplate(builtInLetterTemplate(kind, language))).toEqual([]);
      }
    }
  });

  it('rejects an empty subject or body and names each misspelt field once', () => {
    expect(
      validateLetterTemplate({ subject: '  ', body: 'Gentile {{cliente}}, {{cliente}} {{code}} {{data}}' }),
    ).toEqual([
      { part: 'subject', error: 'empty' },
      { part: 'body', error: 'unknownField', names: ['cliente', 'data'] },
    ]);
  });
});
