import { toLocalDateTime } from '../../domain/complaint';
import { dateOf } from '../../domain/deadlines';

/** Today in the studio's calendar, `YYYY-MM-DD`. */
export const studioToday = () => dateOf(toLocalDateTime(new Date()));
