import { describe, expect, it } from 'vitest';
import { toLocalDateTime, validateNewComplaint } from './validation';

const now = new Date(2026, 3, 10, 12, 0);
const valid = {
  clientName: '  Studio Bianchi srl ',
  receivedAt: '2026-04-03T09:30',
  channel: 'email',
  cause: 'communication',
  title: 'Nessuna risposta alle email',
  description: 'Il cliente ha scritto tre volte senza ricevere risposta.',
};

describe('validateNewComplaint', () => {
  it('accepts a complete complaint and trims the text', () => {
    const result = validateNewComplaint(valid, now);
    expect(result).toEqual({ ok: true, value: { ...valid, clientName: 'Studio Bianchi srl' } });
  });

  it('reports every missing field at once', () => {
    const result = validateNewComplaint({ clientName: ' ', receivedAt: '', channel: '', cause: '' }, now);
    expect(result).toEqual({
      ok: false,
      errors: {
        clientName: 'validation.required',
        receivedAt: 'validation.required',
        channel: 'validation.required',
        cause: 'validation.required',
        title: 'validation.required',
        description: 'validation.required',
      },
    });
  });

  it('refuses a received date in the future', () => {
    const result = validateNewComplaint({ ...valid, receivedAt: '2026-04-10T12:01' }, now);
    expect(result).toEqual({ ok: false, errors: { receivedAt: 'validation.dateInFuture' } });
  });

  it('refuses a date that does not exist', () => {
    const result = validateNewComplaint({ ...valid, receivedAt: '2026-02-30T10:00' }, now);
    expect(result).toEqual({ ok: false, errors: { receivedAt: 'validation.invalidDateTime' } });
  });

  it('refuses a cause outside the fixed taxonomy and an over-long title', () => {
    const result = validateNewComplaint({ ...valid, cause: 'blame', title: 'x'.repeat(161) }, now);
    expect(result).toEqual({
      ok: false,
      errors: { cause: 'validation.chooseFromList', title: 'validation.tooLong' },
    });
  });

  it('formats local date-times without a time zone shift', () => {
    expect(toLocalDateTime(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });
});
