import { Badge } from '@mantine/core';
import type { ComplaintState } from '../domain/complaint';

/** Open states draw the eye; finished ones recede. */
const STATE_COLOR: Record<ComplaintState, string> = {
  received: 'red',
  acknowledged: 'orange',
  investigating: 'yellow',
  solution_proposed: 'blue',
  resolved: 'teal',
  followed_up: 'green',
  closed: 'gray',
  unfounded: 'gray',
};

export function StateBadge({ state, label }: { state: ComplaintState; label: string }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="light" radius="sm" tt="none" style={{ overflow: 'visible' }}>
      {label}
    </Badge>
  );
}
