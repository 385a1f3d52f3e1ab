import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_ECONOMICS,
  MAX_YEARS_OF_MARGIN,
  valueAtRisk,
  type Economics,
} from '../../domain/client/valueAtRisk';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatPercent, formatWholeEuro } from './format';

interface ValueAtRiskPanelProps {
  annualValue: number | undefined;
  economics?: Economics;
}

/** What losing the client would cost, said plainly, with the formula one hover away. */
export function ValueAtRiskPanel({ annualValue, economics = DEFAULT_ECONOMICS }: ValueAtRiskPanelProps) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const risk = valueAtRisk(annualValue, economics);
  const explanation = t('clients.risk.explain', {
    margin: formatPercent(economics.margin, locale),
    retention: formatPercent(economics.retention, locale),
    discount: formatPercent(economics.discountRate, locale),
  });

  return (
    <Paper withBorder p="lg" component="section" aria-label={t('clients.risk.title')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>{t('clients.risk.value')} </Text>
          {risk.kind === 'unknown' ? (
            <Text c="dimmed" mt={4}>
              {t('clients.risk.unknown')}
            </Text>
          ) : (
            <Text fz={30} fw={700} lh={1.3}>
              {formatWholeEuro(risk.value, locale)}
            </Text>
          )}
        </div>
        <Tooltip label={explanation} multiline w={320} withArrow position="bottom-end">
          <ActionIcon variant="subtle" color="gray" aria-label={t('clients.risk.how')}>
            <IconInfoCircle size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      {risk.kind === 'estimated' && risk.capped && (
        <Text size="sm" c="orange" mt="xs">
          {t('clients.risk.capped', { years: MAX_YEARS_OF_MARGIN })}
        </Text>
      )}
    </Paper>
  );
}
