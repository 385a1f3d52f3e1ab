import { describe, expect, it } from 'vitest';
import { validateContact, type NewContact } from './contacts';

const contact: NewContact = {
  at: '2026-04-03T10:00',
  channel: 'phone',
  direction: 'outgoing',
  summary: 'Chiamata',
};

describe('validateContact', () => {
  it('accepts a complete contact', () => {
    expect(validateContact({ ...contact, nextContact: '2026-04-03' })).toEqual({});
  });

  it('requires a summary and a valid time', () => {
    expect(validateContact({ ...contact, summary: '  ', at: '03/04/2026' })).toEqual({
      summary: 'summaryRequired',
      at: 'invalidTime',
    });
  });

  it('refuses a next contact before this one', () => {
    expect(validateContact({ ...contact, nextContact: '2026-04-02' }).nextContact).toBe(
      'nextContactBeforeContact',
    );
    expect(validateContact({ ...contact, nextContact: 'domani' }).nextContact).toBe('invalidNextContact');
  });
});
