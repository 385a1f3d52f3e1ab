import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  recordClientCall,
  saveSilenceDays,
  useSetting,
  useSilentDissatisfaction,
  type SilentClient,
  type SilentSignal,
} from '../../data';
import { SILENCE_DAYS_RANGE } from '../../domain/dashboard';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { today } from './today';

const SIGNAL_LABEL = {
  detractor: 'dashboard.silent.signal.detractor',
  low_csat: 'dashboard.silent.signal.low_csat',
  negative_gap: 'dashboard.silent.signal.negative_gap',
  broken_promise: 'dashboard.silent.signal.broken_promise',
  long_silence: 'dashboard.silent.signal.long_silence',
} as const satisfies Record<SilentSignal, string>;

function CallModal({ client, onClose }: { client: SilentClient; onClose: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const save = async () => {
    await recordClientCall(client.clientId, outcome.trim(), today());
    onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('dashboard.silent.callTitle', { name: client.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text size="sm">
          {client.phone
            ? t('dashboard.silent.phone', { phone: client.phone })
            : t('dashboard.silent.noPhone')}
        </Text>
        <Textarea
          label={t('dashboard.silent.outcome')}
          description={t('dashboard.silent.outcomeHint')}
          autosize
          minRows={3}
          maxLength={1000}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('quality.action.cancel')}
          </Button>
          <Button onClick={() => void save()} disabled={outcome.trim() === ''}>
            {t('dashboard.silent.record')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** How many days without contact make a long silence: the studio's own rhythm, not ours. */
function SilenceThreshold({ days }: { days: number }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<number | string>(days);
  const [invalid, setInvalid] = useState(false);
  const apply = async () => {
    const saved = await saveSilenceDays(Number(typed));
    setInvalid(!saved);
  };
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput
        size="xs"
        w={200}
        label={t('dashboard.silent.threshold')}
        min={SILENCE_DAYS_RANGE.min}
        max={SILENCE_DAYS_RANGE.max}
        clampBehavior="none"
        allowDecimal={false}
        value={typed}
        onChange={setTyped}
        onKeyDown={(e) => e.key === 'Enter' && void apply()}
        error={invalid && t('dashboard.silent.thresholdInvalid', SILENCE_DAYS_RANGE)}
      />
      <Button size="xs" variant="default" onClick={() => void apply()} disabled={Number(typed) === days}>
        {t('dashboard.silent.thresholdApply')}
      </Button>
    </Group>
  );
}

/** The early warning: clients who showed dissatisfaction but never complained, each with "call the client". */
export function SilentPanel() {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const clients = useSilentDissatisfaction(today()) ?? [];
  const silenceDays = useSetting('silenceDays');
  const [calling, setCalling] = useState<SilentClient | null>(null);
  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h4">
          {t('dashboard.silent.title')}
        </Title>
        {silenceDays !== undefined && (
          <Text size="sm" c="dimmed">
            {t('dashboard.silent.hint', { days: silenceDays })}
          </Text>
        )}
      </div>
      {silenceDays !== undefined && <SilenceThreshold key={silenceDays} days={silenceDays} />}
      {clients.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboard.silent.none')}
        </Text>
      )}
      {clients.map((c) => (
        <Paper key={c.clientId} withBorder p="sm" component="article" aria-label={c.name}>
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Anchor component={Link} to={`/clients/${c.clientId}`} fw={600}>
                {c.name}
              </Anchor>
              <Group gap={6} mt={4}>
                {c.signals.map((s) => (
                  <Badge key={s} color="orange" variant="light" radius="sm" tt="none">
                    {t(SIGNAL_LABEL[s])}
                  </Badge>
                ))}
                <Text size="xs" c="dimmed">
                  {c.lastContact
                    ? t('dashboard.silent.lastContact', { date: formatDay(c.lastContact, locale) })
                    : t('dashboard.silent.last', { date: formatDay(c.lastSignal, locale) })}
                </Text>
              </Group>
            </div>
            <Button size="xs" onClick={() => setCalling(c)}>
              {t('dashboard.silent.call')}
            </Button>
          </Group>
        </Paper>
      ))}
      {calling && <CallModal client={calling} onClose={() => setCalling(null)} />}
    </Stack>
  );
}
