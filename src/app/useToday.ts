import dayjs from 'dayjs';
import { useEffect, useState } from 'react';

const localDay = () => dayjs().format('YYYY-MM-DD');

/**
 * Today's local date (`YYYY-MM-DD`) for the app's daily tasks. Checked every
 * minute rather than timed to midnight: a timer set for midnight fires late
 * after the PC sleeps, and a studio leaves Riparo open for days. Returning to
 * the window checks at once.
 */
export function useToday(): string {
  const [today, setToday] = useState(localDay);
  useEffect(() => {
    const update = () => setToday(localDay());
    const timer = setInterval(update, 60_000);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', update);
    };
  }, []);
  return today;
}
