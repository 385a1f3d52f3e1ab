import { describe, expect, it } from 'vitest';
import { perMinute, toLocalDateTime, validateComplaintIntake } from './validation';

const now = new Date(2026, 3, 10, 12, 0);
const valid = {
  client: { id: '01JCLIENT' },
  receivedAt: '2026-04-03T09:30',
  channel: 'email',
  serviceAreaId: '',
  cause: 'communication',
  subCauseId: '',
  severity: 'medium',
  title: '  Nessuna risposta alle email ',
  clientWords: 'Ho scritto tre volte senza ricevere risposta.',
  expectation: 'Una risposta entro due giorni',
  feelings: [{ feeling: 'frustration', intensity: 3 }],
  remedyRequested: '',
  handlerId: '01JSTAFF',
};

describe('validateComplaintIntake', () => {
  it('accepts a complete complaint, trims text and drops empty references', () => {
    const result = validateComplaintIntake(valid, now);
    expect(result).toEqual({
      ok: true,
      value: {
        client: { id: '01JCLIENT' },
        receivedAt: '2026-04-03T09:30',
        channel: 'email',
        cause: 'communication',
        severity: 'medium',
        title: 'Nessuna risposta alle email',
        clientWords: 'Ho scritto tre volte senza ricevere risposta.',
        expectation: 'Una risposta entro due giorni',
        feelings: [{ feeling: 'frustration', intensity: 3 }],
        remedyRequested: '',
        handlerId: '01JSTAFF',
      },
    });
  });

  it('reports every missing required field at once', () => {
    const result = validateComplaintIntake(
      { client: { newName: ' ' }, receivedAt: '', channel: '', cause: '' },
      now,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        client: 'validation.required',
        receivedAt: 'validation.required',
        channel: 'validation.required',
        cause: 'validation.required',
        severity: 'validation.required',
        title: 'validation.required',
        clientWords: 'validation.required',
      },
    });
  });

  it('refuses a received date in the future', () => {
    const result = validateComplaintIntake({ ...valid, receivedAt: '2026-04-10T12:01' }, now);
    expect(result).toEqual({ ok: false, errors: { receivedAt: 'validation.dateInFuture' } });
  });

  it('refuses a date that does not exist', () => {
    const result = validateComplaintIntake({ ...valid, receivedAt: '2026-02-30T10:00' }, now);
    expect(result).toEqual({ ok: false, errors: { receivedAt: 'validation.invalidDateTime' } });
  });

  it('refuses a cause outside the fixed taxonomy and an over-long title', () => {
    const result = validateComplaintIntake({ ...valid, cause: 'blame', title: 'x'.repeat(161) }, now);
    expect(result).toEqual({
      ok: false,
      errors: { cause: 'validation.chooseFromList', title: 'validation.tooLong' },
    });
  });

  it('accepts a new client named at intake, trimmed', () => {
    const result = validateComplaintIntake({ ...valid, client: { newName: ' Ferri Anna ' } }, now);
    expect(result.ok && result.value.client).toEqual({ newName: 'Ferri Anna' });
  });

  it('refuses the same feeling rated twice', () => {
    const feelings = [
      { feeling: 'stress', intensity: 1 },
      { feeling: 'stress', intensity: 3 },
    ];
    expect(validateComplaintIntake({ ...valid, feelings }, now)).toEqual({
      ok: false,
      errors: { feelings: 'validation.chooseFromList' },
    });
  });

  it('formats local date-times without a time zone shift', () => {
    expect(toLocalDateTime(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });
});

describe('perMinute', () => {
  it('builds once per minute of the clock and again when the minute changes', () => {
    let builds = 0;
    const schema = perMinute((now) => ({ builds: (builds += 1), minute: now.getMinutes() }));
    const first = schema(new Date(2026, 3, 10, 9, 30, 1));
    expect(schema(new Date(2026, 3, 10, 9, 30, 59))).toBe(first);
    expect(schema(new Date(2026, 3, 10, 9, 31, 0))).toEqual({ builds: 2, minute: 31 });
  });
});
