import type { LocalDate } from './localDate';
import type { StandardCheck, StandardKey } from './standards';

const RUNNING = new Set(['on_time', 'due_today', 'overdue']);

/**
 * The earliest due date among the standards whose clock is still running: the
 * date the queue sorts and flags a complaint by. Undefined when nothing is
 * due: every milestone reached, the complaint ended, or the clock paused.
 */
export function nextDueDate(checks: Record<StandardKey, StandardCheck>): LocalDate | undefined {
  let earliest: LocalDate | undefined;
  for (const check of Object.values(checks)) {
    if (!RUNNING.has(check.status) || check.dueDate === undefined) continue;
    if (earliest === undefined || check.dueDate < earliest) earliest = check.dueDate;
  }
  return earliest;
}
