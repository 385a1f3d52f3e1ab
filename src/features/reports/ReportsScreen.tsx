import { Anchor, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toLocalDateTime } from '../../domain/complaint';
import { periodContaining, periodOf, type PeriodKind } from '../../domain/reports';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { documentPath, periodLabel, PrintLink } from '../documents';
import { ReviewForm } from './ReviewForm';

const today = () => toLocalDateTime(new Date()).slice(0, 10);

/** The periodic report with its management review, and the documents printed for clients. */
export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const current = periodContaining('quarter', today());
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [year, setYear] = useState(current.year);
  const [index, setIndex] = useState(current.index);
  const period = periodOf(kind, year, kind === 'quarter' ? Math.min(index, 4) : index);
  const name = periodLabel(period, t, locale);
  const thisYear = Number(today().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(2026, i, 1)),
  }));
  const quarters = [1, 2, 3, 4].map((q) => ({ value: String(q), label: `Q${q}` }));

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('reports.screen.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('reports.screen.intro')}
        </Text>
      </div>
      <Paper withBorder p="lg" component="section" aria-labelledby="periodic-title">
        <Title order={2} size="h4" id="periodic-title" mb="sm">
          {t('reports.screen.periodic')}
        </Title>
        <Group align="flex-end" gap="md">
          <SegmentedControl
            aria-label={t('reports.screen.kind')}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setIndex(1);
            }}
            data={[
              { value: 'month', label: t('reports.screen.kindMonth') },
              { value: 'quarter', label: t('reports.screen.kindQuarter') },
              { value: 'year', label: t('reports.screen.kindYear') },
            ]}
          />
          <NativeSelect label={t('reports.screen.year')} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} data={years} />
          {kind === 'month' && (
            <NativeSelect label={t('reports.screen.month')} value={String(index)} onChange={(e) => setIndex(Number(e.currentTarget.value))} data={months} />
          )}
          {kind === 'quarter' && (
            <NativeSelect label={t('reports.screen.quarter')} value={String(index)} onChange={(e) => setIndex(Number(e.currentTarget.value))} data={quarters} />
          )}
          <PrintLink to={documentPath.report(period.key)} label={t('reports.screen.printReport')} variant="filled" />
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {name}
        </Text>
      </Paper>
      <ReviewForm periodKey={period.key} periodName={name} />
      <Paper withBorder p="lg" component="section" aria-labelledby="client-docs-title">
        <Title order={2} size="h4" id="client-docs-title" mb="sm">
          {t('reports.screen.forClients')}
        </Title>
        <Group gap="sm">
          <PrintLink to={documentPath.policy()} label={t('reports.screen.policy')} />
          <PrintLink to={documentPath.complaintForm()} label={t('reports.screen.complaintForm')} />
          <PrintLink to={documentPath.surveyForm()} label={t('reports.screen.surveyForm')} />
          <PrintLink to={documentPath.poster()} label={t('reports.screen.poster')} />
          <PrintLink to={documentPath.websiteText()} label={t('reports.screen.websiteText')} />
        </Group>
        <Anchor component={Link} to="/settings/policy" size="sm" mt="sm" display="inline-block">
          {t('reports.screen.editPolicy')}
        </Anchor>
      </Paper>
    </Stack>
  );
}
