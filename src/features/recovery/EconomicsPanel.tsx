import { Alert, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient, useSetting } from '../../data';
import type { Complaint } from '../../domain/complaint';
import { assessRecovery, type Recovery } from '../../domain/recovery';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatEuro } from './format';
import { economicsRows } from './economicsRows';
import { verdictLabel } from './labels';
import { readableAlertTitle } from './alertStyles';

const COLOR = { worth_it: 'green', not_worth_it: 'red', unknown: 'gray' } as const;

/** *Conviene recuperare?*: the verdict on the proposed recovery, with the numbers behind it. */
export function EconomicsPanel({ complaint, recovery }: { complaint: Complaint; recovery: Recovery }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const economics = useSetting('recoveryEconomics');
  const client = useClient(complaint.clientId);
  if (!economics || client === undefined) return null;

  const a = assessRecovery({
    annualValue: client?.annualValue,
    severity: complaint.severity,
    compensation: recovery.proposal?.amount ?? 0,
    hours: recovery.proposal?.hours ?? 0,
    economics,
  });
  const euro = (value: number | undefined) => (value === undefined ? '—' : formatEuro(value, locale));
  const rows = economicsRows(a, t, euro, {
    hours: new Intl.NumberFormat(locale).format(recovery.proposal?.hours ?? 0),
    rate: formatEuro(economics.hourlyCost, locale),
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-economics">
      <Title order={2} size="h4" id="recovery-economics" mb="sm">
        {t('recovery.economics.title')}
      </Title>
      <Alert
        styles={readableAlertTitle}
        color={COLOR[a.verdict]}
        variant="light"
        mb="sm"
        title={t(verdictLabel[a.verdict])}
      >
        {a.verdict === 'unknown'
          ? t('recovery.economics.unknownText')
          : t(a.verdict === 'worth_it' ? 'recovery.economics.worthText' : 'recovery.economics.notWorthText', {
              max: euro(a.worthSpending),
              cost: euro(a.cost),
              net: euro(Math.abs(a.net ?? 0)),
            })}
      </Alert>
      <Table withRowBorders={false} verticalSpacing={4} fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        {t('recovery.economics.note')}
      </Text>
    </Paper>
  );
}
