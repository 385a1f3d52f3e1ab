import { describe, expect, it } from 'vitest';
import { mentionRedactor, nationalDigits, REDACTED, type PersonIdentity } from './mentions';

const person: PersonIdentity = {
  name: 'Niccolò De Santis',
  email: 'niccolo.desantis@example.it',
  phone: '+39 333 123 4567',
  pec: 'desantis@pec.example.it',
  taxId: 'DSNNCC80A01H501U',
};

describe('mentions of a person in their own records', () => {
  const redact = mentionRedactor(person, 'own');

  it('replaces the whole name by one marker, whatever the case and accents', () => {
    expect(redact('Ha chiamato NICCOLO de santis ieri')).toBe(`Ha chiamato ${REDACTED} ieri`);
  });

  it('replaces each word of the name on its own', () => {
    expect(redact('Il sig. Santis è arrivato; Niccolò aspettava')).toBe(
      `Il sig. ${REDACTED} è arrivato; ${REDACTED} aspettava`,
    );
  });

  it('keeps a short particle of the name when it stands alone', () => {
    expect(redact('un parere de visu')).toBe('un parere de visu');
  });

  it('replaces e-mail, PEC and tax id in any case', () => {
    expect(
      redact('Scrivere a Niccolo.DeSantis@example.it o desantis@PEC.example.it, CF dsnncc80a01h501u'),
    ).toBe(`Scrivere a ${REDACTED} o ${REDACTED}, CF ${REDACTED}`);
  });

  it.each(['3331234567', '333 123 4567', '+39 333-123-4567', '0039 333.123.4567', '+393331234567'])(
    'replaces the phone written as %s',
    (written) => {
      expect(redact(`Richiamare al ${written} domani`)).toBe(`Richiamare al ${REDACTED} domani`);
    },
  );

  it('leaves a longer number that only contains the phone', () => {
    expect(redact('Pratica 13331234567')).toBe('Pratica 13331234567');
  });

  it('returns a text that mentions nobody unchanged', () => {
    expect(redact('Ritardo nella consegna della dichiarazione')).toBe(
      'Ritardo nella consegna della dichiarazione',
    );
  });
});

describe('mentions of a person in other records', () => {
  const redact = mentionRedactor(person, 'elsewhere');

  it('replaces the whole name, in either order', () => {
    expect(redact('Segnalato da Niccolò De Santis e da De Santis, Niccolò')).toBe(
      `Segnalato da ${REDACTED} e da ${REDACTED}`,
    );
  });

  it('keeps a namesake: one word of the name alone is not the person', () => {
    expect(redact('Giulia Santis ha scritto')).toBe('Giulia Santis ha scritto');
  });

  it('still replaces contact details', () => {
    expect(redact('tel. 333 1234567')).toBe(`tel. ${REDACTED}`);
  });
});

describe('national digits of a phone', () => {
  it('drops the Italian prefix and separators', () => {
    expect(nationalDigits('+39 02 1234 5678')).toBe('0212345678');
    expect(nationalDigits('0039 333 1234567')).toBe('3331234567');
    expect(nationalDigits('06/123456')).toBe('06123456');
  });
});
