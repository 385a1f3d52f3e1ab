import { Button, Group, MultiSelect, SegmentedControl, TextInput, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useServiceAreas, useStaff } from '../../data';
import { CAUSES, CHANNELS, COMPLAINT_STATES, SEVERITIES } from '../../domain/complaint';
import { causeLabel, channelLabel, severityLabel, stateLabel } from '../complaint';
import { VIEW_FIXES, VIEWS, type QueueState } from './queueParams';

interface QueueToolbarProps {
  state: QueueState;
  onChange: (next: QueueState) => void;
  /** Who is using Riparo; "I miei aperti" needs it. */
  currentStaffId: string | null;
}

const viewLabel = {
  all: 'queue.view.all',
  mine_open: 'queue.view.mine_open',
  overdue: 'queue.view.overdue',
  to_call_back: 'queue.view.to_call_back',
} as const;

/** Search, saved views and filters. `/` or Ctrl+F jumps to the search box. */
export function QueueToolbar({ state, onChange, currentStaffId }: QueueToolbarProps) {
  const { t } = useTranslation();
  const staff = useStaff() ?? [];
  const areas = useServiceAreas() ?? [];
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([
    ['/', () => searchRef.current?.focus()],
    ['mod+F', () => searchRef.current?.focus()],
  ]);
  // "Cerca reclami" from the menu or the palette arrives as navigation state, from any screen.
  const focusSearch = (useLocation().state as { focusSearch?: number } | null)?.focusSearch;
  useEffect(() => {
    if (focusSearch) searchRef.current?.focus();
  }, [focusSearch]);
  const set = (changes: Partial<QueueState>) => onChange({ ...state, ...changes });
  const fixes = VIEW_FIXES[state.view];
  const hasFilters =
    state.states.length + state.causes.length + state.channels.length + state.severities.length > 0 ||
    state.handlerIds.length + state.serviceAreaIds.length > 0 ||
    Boolean(state.receivedFrom || state.receivedTo);

  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  const common = { size: 'xs', clearable: true, w: 190, comboboxProps: { withinPortal: true } } as const;

  return (
    <>
      <Group gap="sm" wrap="wrap">
        <TextInput
          ref={searchRef}
          aria-label={t('queue.searchLabel')}
          placeholder={t('queue.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={state.search}
          onChange={(event) => set({ search: event.currentTarget.value })}
          w={420}
          type="search"
        />
        <SegmentedControl
          aria-label={t('queue.views')}
          value={state.view}
          onChange={(view) => set({ view: VIEWS.find((v) => v === view) ?? 'all' })}
          data={VIEWS.map((view) => ({
            value: view,
            disabled: view === 'mine_open' && !currentStaffId,
            label:
              view === 'mine_open' && !currentStaffId ? (
                <Tooltip label={t('queue.mineNeedsUser')} multiline w={260}>
                  <span>{t(viewLabel[view])}</span>
                </Tooltip>
              ) : (
                t(viewLabel[view])
              ),
          }))}
        />
      </Group>
      <Group gap="xs" wrap="wrap" aria-label={t('queue.filters')} role="group">
        {!fixes.states && (
          <MultiSelect
            {...common}
            aria-label={t('queue.filter.state')}
            placeholder={state.states.length ? undefined : t('queue.filter.state')}
            data={options(COMPLAINT_STATES, (s) => t(stateLabel[s]))}
            value={state.states}
            onChange={(v) => set({ states: COMPLAINT_STATES.filter((s) => v.includes(s)) })}
          />
        )}
        <MultiSelect
          {...common}
          aria-label={t('queue.filter.cause')}
          placeholder={state.causes.length ? undefined : t('queue.filter.cause')}
          data={options(CAUSES, (c) => t(causeLabel[c]))}
          value={state.causes}
          onChange={(v) => set({ causes: CAUSES.filter((c) => v.includes(c)) })}
        />
        <MultiSelect
          {...common}
          aria-label={t('queue.filter.channel')}
          placeholder={state.channels.length ? undefined : t('queue.filter.channel')}
          data={options(CHANNELS, (c) => t(channelLabel[c]))}
          value={state.channels}
          onChange={(v) => set({ channels: CHANNELS.filter((c) => v.includes(c)) })}
        />
        <MultiSelect
          {...common}
          w={150}
          aria-label={t('queue.filter.severity')}
          placeholder={state.severities.length ? undefined : t('queue.filter.severity')}
          data={options(SEVERITIES, (s) => t(severityLabel[s]))}
          value={state.severities}
          onChange={(v) => set({ severities: SEVERITIES.filter((s) => v.includes(s)) })}
        />
        {!fixes.handler && (
          <MultiSelect
            {...common}
            aria-label={t('queue.filter.handler')}
            placeholder={state.handlerIds.length ? undefined : t('queue.filter.handler')}
            data={staff.map((s) => ({ value: s.id, label: s.name }))}
            value={state.handlerIds}
            onChange={(handlerIds) => set({ handlerIds })}
          />
        )}
        <MultiSelect
          {...common}
          aria-label={t('queue.filter.serviceArea')}
          placeholder={state.serviceAreaIds.length ? undefined : t('queue.filter.serviceArea')}
          data={areas.map((a) => ({ value: a.id, label: a.name }))}
          value={state.serviceAreaIds}
          onChange={(serviceAreaIds) => set({ serviceAreaIds })}
        />
        <DatePickerInput
          type="range"
          size="xs"
          w={220}
          clearable
          valueFormat="DD/MM/YYYY"
          aria-label={t('queue.filter.period')}
          placeholder={t('queue.filter.period')}
          value={[state.receivedFrom || null, state.receivedTo || null]}
          onChange={([from, to]) => set({ receivedFrom: from ?? '', receivedTo: to ?? '' })}
        />
        {hasFilters && (
          <Button
            size="xs"
            variant="subtle"
            onClick={() =>
              set({
                states: [],
                causes: [],
                channels: [],
                severities: [],
                handlerIds: [],
                serviceAreaIds: [],
                receivedFrom: '',
                receivedTo: '',
              })
            }
          >
            {t('queue.clearFilters')}
          </Button>
        )}
      </Group>
    </>
  );
}
