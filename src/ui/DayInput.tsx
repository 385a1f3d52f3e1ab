import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';

/** Accepts 3/4/2026 as well as 03/04/2026; anything else is not a date. */
export function parseTypedDay(value: string): string | null {
  const parsed = dayjs(value.trim(), ['DD/MM/YYYY', 'D/M/YYYY'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

/** Mantine's date field as the app writes days: dd/mm/yyyy, typed or picked from the calendar. */
export function DayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD/MM/YYYY" dateParser={parseTypedDay} {...props} />;
}
