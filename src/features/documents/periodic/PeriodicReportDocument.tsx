import { useTranslation } from 'react-i18next';
import { usePeriodicReport, type PeriodicReportData } from '../../../data';
import { meanRating, PRINCIPLES, type Period } from '../../../domain/reports';
import { DocSection, DocTable } from '../../../ui/print';
import { DocumentFrame, DocumentStatus } from '../DocumentFrame';
import { useDocFormat } from '../format';
import { principleHint, principleLabel, ratingLabel } from '../labels';
import { BreakdownSection, CausesSection, StandardsTable } from './FigureTables';
import { periodLabel } from './periodLabel';
import { ActionsSection, ChainHeadSection, QualityGapSection, SurveysSection } from './QualitySections';

function KeyFigures({ data: { figures } }: { data: PeriodicReportData }) {
  const { t } = useTranslation();
  const concluded = figures.byState.closed + figures.byState.followed_up + figures.byState.resolved;
  const items = [
    ['reports.periodic.total', figures.total],
    ['reports.periodic.concluded', concluded],
    ['reports.periodic.unfounded', figures.byState.unfounded],
    ['reports.periodic.stillOpen', figures.total - concluded - figures.byState.unfounded],
  ] as const;
  return (
    <DocSection title={t('reports.periodic.keyFigures')}>
      <div className="doc-figures">
        {items.map(([label, value]) => (
          <div key={label} className="doc-figure">
            <div className="doc-figure-value">{value}</div>
            {t(label)}
          </div>
        ))}
      </div>
    </DocSection>
  );
}

/** The owner's notes, decisions and self-assessment for the management review. */
function ReviewSection({ data: { review } }: { data: PeriodicReportData }) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const mean = meanRating(review.ratings);
  return (
    <DocSection title={t('reports.periodic.review')}>
      <h3>{t('reports.periodic.notes')}</h3>
      <p className="doc-quote">{review.notes || t('reports.periodic.nothingWritten')}</p>
      <h3>{t('reports.periodic.decisions')}</h3>
      <p className="doc-quote">{review.decisions || t('reports.periodic.nothingWritten')}</p>
      <h3>{t('reports.periodic.principles')}</h3>
      <DocTable
        rowKey={(p) => p}
        rows={PRINCIPLES}
        columns={[
          {
            key: 'principle',
            header: t('reports.periodic.principle'),
            cell: (p) => (
              <>
                <strong>{t(principleLabel[p])}</strong>
                <div className="doc-muted">{t(principleHint[p])}</div>
              </>
            ),
          },
          {
            key: 'rating',
            header: t('reports.periodic.rating'),
            width: '22%',
            cell: (p) => {
              const rating = review.ratings[p] ?? 0;
              return rating === 0
                ? t('reports.periodic.notAssessed')
                : `${rating}/4 · ${t(ratingLabel[rating])}`;
            },
          },
        ]}
      />
      {mean !== undefined && <p>{t('reports.periodic.mean', { value: fmt.number(mean) })}</p>}
    </DocSection>
  );
}

/** The periodic report for the owner's management review or an audit. */
export function PeriodicReportDocument({ period }: { period: Period }) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const data = usePeriodicReport(period);
  if (data === undefined) return <DocumentStatus state="loading" />;
  const label = periodLabel(period, t, fmt.locale);
  return (
    <DocumentFrame
      studio={data.studio}
      title={t('reports.periodic.title')}
      subtitle={t('reports.periodic.periodLine', {
        period: label,
        from: fmt.day(period.from),
        to: fmt.day(period.to),
      })}
      fileName={t('reports.periodic.file', { period: period.key })}
      footer={`${t('reports.periodic.title')} · ${label}`}
    >
      <KeyFigures data={data} />
      {data.figures.total === 0 ? (
        <p>{t('reports.periodic.empty')}</p>
      ) : (
        <>
          <StandardsTable data={data} />
          <CausesSection data={data} />
          <BreakdownSection data={data} />
        </>
      )}
      <SurveysSection data={data} />
      <QualityGapSection data={data} />
      <ActionsSection data={data} />
      <ReviewSection data={data} />
      <ChainHeadSection data={data} />
    </DocumentFrame>
  );
}
