import { toLocalDateTime, type Feeling, type FeelingIntensity } from '../../domain/complaint';

/** What the intake form holds while the user types: every field as the widgets give it. */
export interface IntakeValues {
  /** An existing client's id, or `new:<name>` for a client to create. */
  client: string;
  /** `YYYY-MM-DD`, as the date picker gives it; null when cleared. */
  receivedDate: string | null;
  /** `HH:mm` */
  receivedTime: string;
  channel: string;
  serviceAreaId: string;
  cause: string;
  subCauseId: string;
  severity: string;
  title: string;
  clientWords: string;
  expectation: string;
  feelings: Partial<Record<Feeling, FeelingIntensity>>;
  remedyRequested: string;
  handlerId: string;
}

export const NEW_CLIENT_PREFIX = 'new:';

/** An empty form, received "now" by default: most complaints are typed as they arrive. */
export function emptyIntake(now: Date): IntakeValues {
  const [date = '', time = ''] = toLocalDateTime(now).split('T');
  return {
    client: '',
    receivedDate: date,
    receivedTime: time,
    channel: '',
    serviceAreaId: '',
    cause: '',
    subCauseId: '',
    severity: 'medium',
    title: '',
    clientWords: '',
    expectation: '',
    feelings: {},
    remedyRequested: '',
    handlerId: '',
  };
}

/**
 * True when nothing worth keeping was typed: the received date and time and the
 * default severity are pre-filled, so they alone do not make a draft.
 */
export function isBlankIntake(values: IntakeValues): boolean {
  const { receivedDate: _date, receivedTime: _time, severity, feelings, ...typed } = values;
  return (
    severity === 'medium' &&
    Object.keys(feelings).length === 0 &&
    Object.values(typed).every((value) => value.trim() === '')
  );
}

/** The candidate intake the domain validates; text stays as typed. */
export function toIntakeInput(values: IntakeValues) {
  const { client, receivedDate, receivedTime, feelings, ...rest } = values;
  return {
    ...rest,
    client: client.startsWith(NEW_CLIENT_PREFIX)
      ? { newName: client.slice(NEW_CLIENT_PREFIX.length) }
      : client
        ? { id: client }
        : undefined,
    receivedAt: receivedDate ? `${receivedDate}T${receivedTime || '00:00'}` : '',
    feelings: Object.entries(feelings).map(([feeling, intensity]) => ({ feeling, intensity })),
  };
}
