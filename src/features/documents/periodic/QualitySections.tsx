import { useTranslation } from 'react-i18next';
import type { PeriodicReportData } from '../../../data';
import { changePercent, judgeEffectiveness } from '../../../domain/improvement';
import { DocSection, DocTable, FieldList } from '../../../ui/print';
import { causeLabel } from '../../complaint';
import { dimensionLabel } from '../../quality';
import { useDocFormat } from '../format';
import { actionStatusLabel, effectivenessLabel } from '../labels';

interface Props {
  readonly data: PeriodicReportData;
}

/** What clients said in the period's surveys: NPS with its split, and CSAT. */
export function SurveysSection({ data: { quality } }: Props) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const { tally } = quality;
  return (
    <DocSection title={t('reports.periodic.surveys')}>
      {quality.surveys === 0 ? (
        <p className="doc-muted">{t('reports.periodic.noSurveys')}</p>
      ) : (
        <FieldList
          fields={[
            [t('reports.periodic.surveysAnswered'), fmt.number(quality.surveys)],
            [t('reports.periodic.nps'), fmt.signed(quality.nps)],
            [
              t('reports.periodic.npsSplit'),
              t('reports.periodic.npsSplitValue', {
                promoters: tally.promoters,
                passives: tally.passives,
                detractors: tally.detractors,
              }),
            ],
            [t('reports.periodic.csat'), quality.csat === undefined ? '—' : fmt.percent(quality.csat)],
          ]}
        />
      )}
    </DocSection>
  );
}

/** Offered against perceived (and expected) quality per SERVQUAL dimension over the period. */
export function QualityGapSection({ data: { quality } }: Props) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const rated = quality.dimensions.filter(
    (d) => d.perceived !== undefined || d.offered !== undefined || d.predicted !== undefined,
  );
  const level = (value: number | undefined) => (value === undefined ? '—' : fmt.number(value));
  return (
    <DocSection title={t('reports.dossier.gap')}>
      {rated.length === 0 ? (
        <p className="doc-muted">{t('reports.periodic.noGap')}</p>
      ) : (
        <>
          <p className="doc-muted">{t('reports.periodic.gapHint')}</p>
          <DocTable
            rowKey={(d) => d.dimension}
            rows={rated}
            columns={[
              {
                key: 'dim',
                header: t('reports.dossier.dimension'),
                cell: (d) => t(dimensionLabel[d.dimension]),
              },
              {
                key: 'off',
                header: t('reports.dossier.offered'),
                numeric: true,
                cell: (d) => level(d.offered),
              },
              {
                key: 'per',
                header: t('reports.dossier.perceived'),
                numeric: true,
                cell: (d) => level(d.perceived),
              },
              {
                key: 'exp',
                header: t('reports.dossier.expected'),
                numeric: true,
                cell: (d) => level(d.expected),
              },
              {
                key: 'gap',
                header: t('reports.dossier.gapOffered'),
                numeric: true,
                cell: (d) => fmt.signed(d.gap),
              },
              {
                key: 'gapExp',
                header: t('reports.dossier.gapExpected'),
                numeric: true,
                cell: (d) => fmt.signed(d.gapVsExpected),
              },
              {
                key: 'pred',
                header: t('reports.periodic.predicted'),
                numeric: true,
                cell: (d) => level(d.predicted),
              },
              {
                key: 'predGap',
                header: t('reports.periodic.predictionGap'),
                numeric: true,
                cell: (d) => fmt.signed(d.predictionGap),
              },
            ]}
          />
        </>
      )}
    </DocSection>
  );
}

/** The improvement actions under way or concluded in the period, and whether they worked. */
export function ActionsSection({ data }: Props) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const owner = (id: string | undefined) => data.staff.find((s) => s.id === id)?.name ?? '—';
  return (
    <DocSection title={t('dashboard.actions.title')}>
      {data.actions.length === 0 ? (
        <p className="doc-muted">{t('reports.periodic.noActions')}</p>
      ) : (
        <DocTable
          rowKey={(a) => a.id}
          rows={data.actions}
          columns={[
            {
              key: 'action',
              header: t('reports.periodic.action'),
              cell: (a) => (
                <>
                  <strong>{a.description}</strong>
                  <div className="doc-muted">{t(causeLabel[a.cause])}</div>
                </>
              ),
            },
            {
              key: 'owner',
              header: t('reports.periodic.owner'),
              cell: (a) => owner(a.ownerId),
              width: '16%',
            },
            { key: 'due', header: t('reports.periodic.due'), cell: (a) => fmt.day(a.dueDate), width: '13%' },
            {
              key: 'status',
              header: t('dashboard.actions.statusLabel'),
              cell: (a) => t(actionStatusLabel[a.status]),
              width: '12%',
            },
            {
              key: 'effect',
              header: t('reports.periodic.effect'),
              width: '24%',
              cell: (a) => {
                const last = a.checks.at(-1);
                if (!last) return t('dashboard.actions.notChecked');
                const change = changePercent(last);
                return (
                  <>
                    <strong>{t(effectivenessLabel[judgeEffectiveness(last)])}</strong>
                    <div>
                      {t('dashboard.actions.beforeAfter', { before: last.before, after: last.after })}
                      {change !== undefined && ` (${fmt.signed(change)} %)`}
                    </div>
                    <div className="doc-muted">
                      {t('dashboard.actions.checkedOn', { date: fmt.day(last.checkedOn) })}
                    </div>
                  </>
                );
              },
            },
          ]}
        />
      )}
    </DocSection>
  );
}

/** The audit trail's head, so an auditor can later check that the register was not rewritten. */
export function ChainHeadSection({ data: { chainHead } }: Props) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  return (
    <DocSection title={t('reports.periodic.integrity')}>
      {chainHead ? (
        <>
          <FieldList
            fields={[
              [t('reports.periodic.chainEvents'), fmt.number(chainHead.count)],
              [t('reports.periodic.chainLast'), fmt.instant(chainHead.at)],
              [
                t('reports.periodic.chainHead'),
                <code key="head" style={{ fontSize: '8pt', wordBreak: 'break-all' }}>
                  {chainHead.head}
                </code>,
              ],
            ]}
          />
          <p className="doc-muted">{t('reports.periodic.chainHint')}</p>
        </>
      ) : (
        <p className="doc-muted">{t('reports.periodic.chainEmpty')}</p>
      )}
    </DocSection>
  );
}
