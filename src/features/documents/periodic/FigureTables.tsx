import { useTranslation } from 'react-i18next';
import type { PeriodicReportData } from '../../../data';
import { CHANNELS, COMPLAINT_STATES, SEVERITIES } from '../../../domain/complaint';
import { STANDARD_KEYS } from '../../../domain/deadlines';
import { CauseParetoChart } from '../../../ui/charts/CauseParetoChart';
import { DocSection, DocTable } from '../../../ui/print';
import { causeLabel, channelLabel, severityLabel, standardLabel, stateLabel } from '../../complaint';
import { useDocFormat } from '../format';

interface Props {
  readonly data: PeriodicReportData;
}

/** Each standard: target, met, missed, overdue, running, % met and median working days. */
export function StandardsTable({ data: { figures } }: Props) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  return (
    <DocSection title={t('reports.periodic.standards')}>
      <DocTable
        rowKey={(key) => key}
        rows={STANDARD_KEYS}
        columns={[
          { key: 'standard', header: t('reports.periodic.standard'), cell: (k) => t(standardLabel[k]) },
          {
            key: 'target',
            header: t('reports.periodic.target'),
            numeric: true,
            cell: (k) => t('reports.doc.days', { count: figures.standards[k].targetDays }),
          },
          {
            key: 'met',
            header: t('reports.periodic.met'),
            numeric: true,
            cell: (k) => figures.standards[k].met,
          },
          {
            key: 'missed',
            header: t('reports.periodic.missed'),
            numeric: true,
            cell: (k) => figures.standards[k].missed,
          },
          {
            key: 'overdue',
            header: t('reports.periodic.overdue'),
            numeric: true,
            cell: (k) => figures.standards[k].overdue,
          },
          {
            key: 'open',
            header: t('reports.periodic.running'),
            numeric: true,
            cell: (k) => figures.standards[k].open,
          },
          {
            key: 'pct',
            header: t('reports.periodic.metPercent'),
            numeric: true,
            cell: (k) => {
              const pct = figures.standards[k].metPercent;
              return pct === undefined ? '—' : fmt.percent(pct);
            },
          },
          {
            key: 'median',
            header: t('reports.periodic.median'),
            numeric: true,
            cell: (k) => {
              const days = figures.standards[k].medianDays;
              return days === undefined ? '—' : t('reports.doc.days', { count: days });
            },
          },
        ]}
      />
      <p className="doc-muted">{t('reports.periodic.standardsNote')}</p>
    </DocSection>
  );
}

/** The cause Pareto: chart and table. */
export function CausesSection({ data: { figures } }: Props) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  return (
    <DocSection title={t('reports.periodic.causes')}>
      <div className="doc-keep">
        <CauseParetoChart
          width={660}
          height={260}
          countLabel={t('reports.periodic.count')}
          cumulativeLabel={t('reports.periodic.cumulative')}
          data={figures.pareto.map((bar) => ({ ...bar, label: t(causeLabel[bar.cause]) }))}
        />
      </div>
      <DocTable
        rowKey={(bar) => bar.cause}
        rows={figures.pareto}
        columns={[
          { key: 'cause', header: t('reports.periodic.cause'), cell: (b) => t(causeLabel[b.cause]) },
          { key: 'count', header: t('reports.periodic.count'), numeric: true, cell: (b) => b.count },
          {
            key: 'share',
            header: t('reports.periodic.share'),
            numeric: true,
            cell: (b) => fmt.percent((b.count / figures.total) * 100),
          },
          {
            key: 'cumulative',
            header: t('reports.periodic.cumulative'),
            numeric: true,
            cell: (b) => fmt.percent(b.cumulativePercent),
          },
        ]}
      />
      <p className="doc-muted">
        {t('reports.periodic.otherShare', { value: fmt.percent(figures.otherPercent) })}
      </p>
    </DocSection>
  );
}

function CountTable({
  title,
  rows,
}: {
  title: string;
  rows: readonly (readonly [string, string, number])[];
}) {
  const { t } = useTranslation();
  return (
    <div className="doc-keep">
      <h3>{title}</h3>
      <DocTable
        rowKey={(row) => row[0]}
        rows={rows.filter((row) => row[2] > 0)}
        columns={[
          { key: 'label', header: title, cell: (row) => row[1] },
          {
            key: 'count',
            header: t('reports.periodic.count'),
            numeric: true,
            cell: (row) => row[2],
            width: '25%',
          },
        ]}
      />
    </div>
  );
}

/** Counts by state, channel, severity and service area. */
export function BreakdownSection({ data }: Props) {
  const { t } = useTranslation();
  const { figures } = data;
  const areas = [...figures.byServiceArea.entries()]
    .map(
      ([id, count]) =>
        [
          id || '-',
          data.serviceAreas.find((a) => a.id === id)?.name ?? t('reports.periodic.noArea'),
          count,
        ] as const,
    )
    .sort((a, b) => b[2] - a[2]);
  return (
    <DocSection title={t('reports.periodic.breakdown')}>
      <div className="doc-grid2">
        <CountTable
          title={t('reports.periodic.col_state')}
          rows={COMPLAINT_STATES.map((s) => [s, t(stateLabel[s]), figures.byState[s]] as const)}
        />
        <CountTable
          title={t('reports.periodic.col_channel')}
          rows={CHANNELS.map((c) => [c, t(channelLabel[c]), figures.byChannel[c]] as const)}
        />
        <CountTable
          title={t('reports.periodic.col_severity')}
          rows={SEVERITIES.map((s) => [s, t(severityLabel[s]), figures.bySeverity[s]] as const)}
        />
        <CountTable title={t('reports.periodic.col_serviceArea')} rows={areas} />
      </div>
    </DocSection>
  );
}
