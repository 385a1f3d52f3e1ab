import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueueRows, useRecoveries, type QueueRow, type QueueSort, type QueueSortKey } from '../../data';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { QueueRowCells } from './QueueRowCells';
import classes from './QueueTable.module.css';

const ROW_HEIGHT = 41;
/** Rows are read in blocks, so scrolling asks the database for new rows only now and then. */
export const QUEUE_BLOCK = 50;

interface QueueTableProps {
  /** The ids in display order: all of them, or the first ones while the rest are still being read. */
  ids: readonly string[];
  /** How many rows the queue has; rows past `ids` show empty until their ids arrive. */
  count: number;
  sort: QueueSort;
  onSort: (key: QueueSortKey) => void;
  today: string;
}

/**
 * The queue as a virtualised table: only the rows on screen exist in the page,
 * and only their records are read, so 100,000 complaints scroll like 100.
 * Arrow keys move between rows, Enter opens the complaint.
 */
export function QueueTable({ ids, count, sort, onSort, today }: QueueTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = Math.floor((items[0]?.index ?? 0) / QUEUE_BLOCK) * QUEUE_BLOCK;
  const last = Math.ceil(((items.at(-1)?.index ?? 0) + 1) / QUEUE_BLOCK) * QUEUE_BLOCK;
  const windowIds = ids.slice(first, last);
  const rows = useQueueRows(windowIds);
  const recoveries = useRecoveries(windowIds);
  const rowById = new Map<string, QueueRow>((rows ?? []).map((r) => [r.id, r]));
  const recoveryById = new Map((recoveries ?? []).map((r) => [r.id, r]));

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 15, PageUp: -15 };
    const step = moves[event.key];
    if (step !== undefined) {
      event.preventDefault();
      focusRow(index + step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusRow(event.key === 'Home' ? 0 : count - 1);
    } else if (event.key === 'Enter') {
      void navigate(`/complaints/${id}`);
    }
  };

  const header = (key: QueueSortKey | null, label: string) => {
    if (key === null) return <Table.Th>{label}</Table.Th>;
    const current = sort.key === key;
    const Arrow = sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          className={classes.sortButton}
          onClick={() => onSort(key)}
          aria-label={t('queue.sortBy', { column: label })}
        >
          {label}
          {current && <Arrow size={14} aria-hidden />}
        </UnstyledButton>
      </Table.Th>
    );
  };

  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <Table
        stickyHeader
        highlightOnHover
        aria-label={t('queue.tableLabel')}
        aria-rowcount={count + 1}
        className={classes.table}
      >
        <Table.Thead>
          <Table.Tr>
            {header('code', t('queue.column.code'))}
            {header('receivedAt', t('queue.column.receivedAt'))}
            {header('clientName', t('queue.column.client'))}
            {header(null, t('queue.column.title'))}
            {header(null, t('queue.column.cause'))}
            {header(null, t('queue.column.severity'))}
            {header(null, t('queue.column.state'))}
            {header(null, t('recovery.queueColumn'))}
            {header('dueDate', t('queue.column.due'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const id = ids[item.index];
            if (id === undefined) {
              return (
                <Table.Tr
                  key={`pending-${item.index}`}
                  aria-rowindex={item.index + 2}
                  aria-busy
                  style={{ height: ROW_HEIGHT }}
                >
                  <Table.Td colSpan={9} />
                </Table.Tr>
              );
            }
            const row = rowById.get(id);
            return (
              <Table.Tr
                key={id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === active ? 0 : -1}
                className={classes.row}
                onClick={() => void navigate(`/complaints/${id}`)}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index, id)}
                style={{ height: ROW_HEIGHT }}
              >
                {row ? (
                  <QueueRowCells row={row} recovery={recoveryById.get(id)} today={today} locale={locale} />
                ) : (
                  <Table.Td colSpan={9} />
                )}
              </Table.Tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
