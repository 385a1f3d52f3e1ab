import { toLocalDateTime, type NewComplaint } from '../../domain/complaint';

/** What the intake form holds while the user types: every field as text. */
export interface ComplaintFormValues {
  clientName: string;
  /** `YYYY-MM-DD`, as the date picker gives it; null when cleared. */
  receivedDate: string | null;
  /** `HH:mm` */
  receivedTime: string;
  channel: string;
  cause: string;
  title: string;
  description: string;
}

/** An empty form, received "now" by default: most complaints are typed as they arrive. */
export function emptyComplaintForm(now: Date): ComplaintFormValues {
  const [date = '', time = ''] = toLocalDateTime(now).split('T');
  return {
    clientName: '',
    receivedDate: date,
    receivedTime: time,
    channel: '',
    cause: '',
    title: '',
    description: '',
  };
}

/** The candidate complaint the domain validates; unknown text stays as typed. */
export function toComplaintInput(values: ComplaintFormValues): Record<keyof NewComplaint, string> {
  const { receivedDate, receivedTime, ...rest } = values;
  return { ...rest, receivedAt: receivedDate ? `${receivedDate}T${receivedTime || '00:00'}` : '' };
}
