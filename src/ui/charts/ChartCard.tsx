import { Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

/** A table that says in words what a chart draws: its accessible alternative. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface ChartCardProps {
  readonly title: string;
  /** One sentence read by screen readers in place of the drawing. */
  readonly summary: string;
  readonly table: ChartTable;
  /** Texts of the chart/table switch and of the empty state, already translated. */
  readonly labels: {
    readonly chart: string;
    readonly table: string;
    readonly view: string;
    readonly empty: string;
  };
  readonly children: ReactNode;
  /** Controls shown under the chart or table (never inside the drawing, which screen readers skip). */
  readonly footer?: ReactNode;
}

/**
 * A titled card holding one chart, with a switch to show the same figures as a
 * table (for screen readers, for copying numbers, and for anyone who prefers it).
 */
export function ChartCard({ title, summary, table, labels, children, footer }: ChartCardProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const empty = table.rows.length === 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h5" id={id}>
          {title}
        </Title>
        {!empty && (
          <SegmentedControl
            size="xs"
            aria-label={labels.view}
            value={view}
            onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            data={[
              { value: 'chart', label: labels.chart },
              { value: 'table', label: labels.table },
            ]}
          />
        )}
      </Group>
      {empty ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          {labels.empty}
        </Text>
      ) : view === 'chart' ? (
        <div role="img" aria-label={summary}>
          {children}
        </div>
      ) : (
        <Table.ScrollContainer minWidth={320} maxHeight={280}>
          <Table striped withTableBorder fz="sm">
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, j) => (
                    <Table.Td key={j}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!empty && footer}
    </Paper>
  );
}
