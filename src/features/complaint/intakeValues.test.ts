import { describe, expect, it } from 'vitest';
import { emptyIntake, isBlankIntake, toIntakeInput } from './intakeValues';

describe('intake form values', () => {
  it('start empty, received now, with medium severity', () => {
    expect(emptyIntake(new Date(2026, 3, 3, 9, 5))).toMatchObject({
      receivedDate: '2026-04-03',
      receivedTime: '09:05',
      severity: 'medium',
      client: '',
    });
  });

  it('count as blank until something beyond the pre-filled date, time and severity is typed', () => {
    const empty = emptyIntake(new Date(2026, 3, 3, 9, 5));
    expect(isBlankIntake({ ...empty, receivedDate: '2026-04-01', receivedTime: '18:00' })).toBe(true);
    expect(isBlankIntake({ ...empty, title: '   ' })).toBe(true);
    expect(isBlankIntake({ ...empty, title: 'Parcella' })).toBe(false);
    expect(isBlankIntake({ ...empty, severity: 'high' })).toBe(false);
    expect(isBlankIntake({ ...empty, feelings: { stress: 1 } })).toBe(false);
  });

  it('turn a typed new client name and ticked feelings into the domain intake', () => {
    const input = toIntakeInput({
      ...emptyIntake(new Date(2026, 3, 3, 9, 5)),
      client: 'new:Ferri Anna',
      feelings: { stress: 2, injustice: 3 },
    });
    expect(input.client).toEqual({ newName: 'Ferri Anna' });
    expect(input.receivedAt).toBe('2026-04-03T09:05');
    expect(input.feelings).toEqual([
      { feeling: 'stress', intensity: 2 },
      { feeling: 'injustice', intensity: 3 },
    ]);
  });

  it('pass an existing client by id and leave a missing one missing', () => {
    const base = emptyIntake(new Date(2026, 3, 3, 9, 5));
    expect(toIntakeInput({ ...base, client: '01JABC' }).client).toEqual({ id: '01JABC' });
    expect(toIntakeInput(base).client).toBeUndefined();
  });
});
