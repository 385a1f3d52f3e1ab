import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled read-only value, for record pages. */
export function FieldValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}
