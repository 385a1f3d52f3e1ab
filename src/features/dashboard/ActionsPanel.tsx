import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setActionStatus, useImprovementActions, useStaff } from '../../data';
import { CAUSES, type Cause } from '../../domain/complaint';
import { useSearchParams } from 'react-router';
import {
  ACTION_STATUSES,
  changePercent,
  judgeEffectiveness,
  type ActionStatus,
  type ImprovementAction,
} from '../../domain/improvement';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { causeLabel } from '../complaint';
import { ActionModal } from '../quality';
import { EffectivenessModal } from './EffectivenessModal';

const STATUS_LABEL = {
  planned: 'dashboard.actions.status.planned',
  in_progress: 'dashboard.actions.status.in_progress',
  done: 'dashboard.actions.status.done',
  dropped: 'dashboard.actions.status.dropped',
} as const satisfies Record<ActionStatus, string>;

const VERDICT = {
  improved: { key: 'dashboard.actions.verdict.improved', color: 'teal' },
  unchanged: { key: 'dashboard.actions.verdict.unchanged', color: 'gray' },
  worse: { key: 'dashboard.actions.verdict.worse', color: 'red' },
} as const;

function ActionCard({
  action,
  owner,
  onCheck,
}: {
  action: ImprovementAction;
  owner: string | undefined;
  onCheck: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const last = action.checks.at(-1);
  const change = last && changePercent(last);
  return (
    <Paper withBorder p="md" component="article" aria-label={action.description}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>{action.description}</Text>
          <Text size="sm" c="dimmed">
            {t(causeLabel[action.cause])} ·{' '}
            {t('dashboard.actions.due', { date: formatDay(action.dueDate, locale) })}
            {owner && ` · ${owner}`}
            {action.complaintIds.length > 0 &&
              ` · ${t('dashboard.actions.linked', { count: action.complaintIds.length })}`}
          </Text>
        </div>
        <NativeSelect
          size="xs"
          aria-label={t('dashboard.actions.statusLabel')}
          value={action.status}
          onChange={(e) => void setActionStatus(action.id, e.currentTarget.value as ActionStatus)}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
        />
      </Group>
      <Group justify="space-between" mt="xs">
        {last ? (
          <Group gap="xs" role="status">
            <Badge color={VERDICT[judgeEffectiveness(last)].color} variant="light" radius="sm" tt="none">
              {t(VERDICT[judgeEffectiveness(last)].key)}
            </Badge>
            <Text size="sm">
              {t('dashboard.actions.beforeAfter', { before: last.before, after: last.after })}
              {change !== undefined && ` (${change > 0 ? '+' : ''}${change}%)`}
              {' · '}
              {t('dashboard.actions.checkedOn', { date: formatDay(last.checkedOn, locale) })}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('dashboard.actions.notChecked')}
          </Text>
        )}
        <Button size="xs" variant="light" onClick={onCheck}>
          {t('dashboard.actions.check')}
        </Button>
      </Group>
    </Paper>
  );
}

/** Improvement actions, open ones first, each with its latest effectiveness check. */
export function ActionsPanel() {
  const { t } = useTranslation();
  const actions = useImprovementActions() ?? [];
  const staff = new Map((useStaff() ?? []).map((s) => [s.id, s.name]));
  const [params, setParams] = useSearchParams();
  const asked = CAUSES.find((c) => c === params.get('new'));
  const [creating, setCreating] = useState<Cause | null>(asked ?? null);
  const stopCreating = () => {
    setCreating(null);
    if (asked) setParams({}, { replace: true });
  };
  const [checking, setChecking] = useState<ImprovementAction | null>(null);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('dashboard.actions.title')}
        </Title>
        <Button onClick={() => setCreating('other')}>{t('dashboard.actions.new')}</Button>
      </Group>
      {actions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboard.actions.none')}
        </Text>
      )}
      {actions.map((a) => (
        <ActionCard
          key={a.id}
          action={a}
          owner={a.ownerId ? staff.get(a.ownerId) : undefined}
          onCheck={() => setChecking(a)}
        />
      ))}
      {creating && <ActionModal opened cause={creating} onClose={stopCreating} />}
      {checking && <EffectivenessModal action={checking} onClose={() => setChecking(null)} />}
    </Stack>
  );
}
