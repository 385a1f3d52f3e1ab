import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierData } from '../../../data';
import {
  STANDARD_KEYS,
  clocksOf,
  dateOf,
  evaluateStandards,
  type StandardKey,
} from '../../../domain/deadlines';
import { toLocalDateTime } from '../../../domain/complaint';
import { DocSection, DocTable, FieldList } from '../../../ui/print';
import {
  alternativeLabel,
  auditLabel,
  causeLabel,
  channelLabel,
  feelingLabel,
  severityLabel,
  standardLabel,
  standardStatusLabel,
  stateLabel,
} from '../../complaint';
import { useDocFormat } from '../format';
import { ChecklistSection, ContactsSection, EconomicsSection, GapSection } from './recoverySections';

export interface DossierSectionProps {
  readonly data: DossierData;
}

const nameIn = (list: readonly { id: string; name: string }[], id: string | undefined) =>
  list.find((entry) => entry.id === id)?.name ?? '';

/** Who, what, when and how the complaint arrived. */
function SummarySection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const { complaint, client } = data;
  const contacts = client ? [client.phone, client.email, client.pec].filter(Boolean).join(' · ') : '';
  const subCause = nameIn(data.subCauses, complaint.subCauseId);
  return (
    <DocSection title={t('reports.dossier.summary')}>
      <FieldList
        fields={[
          [t('reports.dossier.code'), complaint.code],
          [t('reports.dossier.receivedAt'), fmt.dateTime(complaint.receivedAt)],
          [t('reports.dossier.channel'), t(channelLabel[complaint.channel])],
          [t('reports.dossier.client'), client?.name ?? complaint.clientName],
          [t('reports.dossier.contacts'), contacts],
          [t('reports.dossier.serviceArea'), nameIn(data.serviceAreas, complaint.serviceAreaId)],
          [
            t('reports.dossier.cause'),
            `${t(causeLabel[complaint.cause])}${subCause ? ` — ${subCause}` : ''}`,
          ],
          [t('reports.dossier.severity'), t(severityLabel[complaint.severity])],
          [t('reports.dossier.handler'), nameIn(data.staff, complaint.handlerId)],
          [t('reports.dossier.state'), t(stateLabel[complaint.state])],
        ]}
      />
    </DocSection>
  );
}

const INTENSITY = {
  1: 'reports.dossier.intensity_1',
  2: 'reports.dossier.intensity_2',
  3: 'reports.dossier.intensity_3',
} as const;

/** The client's own account, as recorded while listening. */
function VoiceSection({ data: { complaint } }: DossierSectionProps) {
  const { t } = useTranslation();
  return (
    <DocSection title={t('reports.dossier.voice')}>
      <FieldList fields={[[t('reports.dossier.subject'), complaint.title]]} />
      <h3>{t('reports.dossier.clientWords')}</h3>
      <p className="doc-quote">{complaint.clientWords}</p>
      <h3>{t('reports.dossier.expectation')}</h3>
      <p className="doc-quote">{complaint.expectation || '—'}</p>
      <h3>{t('reports.dossier.feelings')}</h3>
      <p>
        {complaint.feelings.length === 0
          ? t('reports.doc.none')
          : complaint.feelings
              .map((f) => `${t(feelingLabel[f.feeling])} (${t(INTENSITY[f.intensity])})`)
              .join(' · ')}
      </p>
      <h3>{t('reports.dossier.remedy')}</h3>
      <p className="doc-quote">{complaint.remedyRequested || '—'}</p>
    </DocSection>
  );
}

const REACHED: Record<StandardKey, (d: DossierData['complaint']['milestones']) => string | undefined> = {
  acknowledge: (m) => m.acknowledgedAt,
  respond: (m) => m.solutionProposedAt,
  resolve: (m) => m.resolvedAt,
  followUp: (m) => m.followedUpAt,
};

/** Each standard: target, due date, when it was reached and whether in time. */
function DeadlinesSection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const { complaint, standards, calendar } = data;
  const checks = evaluateStandards(
    clocksOf(complaint),
    standards,
    calendar,
    dateOf(toLocalDateTime(new Date())),
  );
  const target: Record<StandardKey, number> = {
    acknowledge: standards.acknowledgeDays,
    respond: standards.respondDays,
    resolve: standards.resolveDays,
    followUp: standards.followUpDays,
  };
  return (
    <DocSection title={t('reports.dossier.deadlines')}>
      <DocTable
        rowKey={(key) => key}
        rows={STANDARD_KEYS}
        columns={[
          { key: 'standard', header: t('reports.dossier.standard'), cell: (key) => t(standardLabel[key]) },
          {
            key: 'target',
            header: t('reports.dossier.target'),
            cell: (key) => t('reports.doc.days', { count: target[key] }),
          },
          {
            key: 'due',
            header: t('reports.dossier.dueDate'),
            cell: (key) => (checks[key].dueDate ? fmt.day(checks[key].dueDate) : '—'),
          },
          {
            key: 'reached',
            header: t('reports.dossier.reachedOn'),
            cell: (key) => {
              const at =
                REACHED[key](complaint.milestones) ??
                (key === 'respond' && complaint.state === 'unfounded'
                  ? complaint.milestones.closedAt
                  : undefined);
              return at ? fmt.day(at) : '—';
            },
          },
          {
            key: 'status',
            header: t('reports.dossier.status'),
            cell: (key) => t(standardStatusLabel[checks[key].status]),
          },
        ]}
      />
    </DocSection>
  );
}

const isAudited = (type: string): type is keyof typeof auditLabel => type in auditLabel;

/** The audit trail, and every pause of the clock with its reason. */
function TimelineSection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const { complaint } = data;
  return (
    <DocSection title={t('reports.dossier.timeline')}>
      <DocTable
        rowKey={(entry) => entry.id}
        rows={data.trail}
        columns={[
          { key: 'when', header: t('reports.dossier.when'), cell: (e) => fmt.instant(e.at), width: '32%' },
          {
            key: 'event',
            header: t('reports.dossier.event'),
            cell: (e) => (isAudited(e.type) ? t(auditLabel[e.type]) : e.type),
          },
          {
            key: 'by',
            header: t('reports.dossier.by'),
            cell: (e) => nameIn(data.staff, e.actorId) || '—',
            width: '30%',
          },
        ]}
      />
      {complaint.pauses.length > 0 && (
        <>
          <h3>{t('reports.dossier.pauses')}</h3>
          <DocTable
            rowKey={(p) => p.from}
            rows={complaint.pauses}
            columns={[
              {
                key: 'from',
                header: t('reports.dossier.pauseFrom'),
                cell: (p) => fmt.dateTime(p.from),
                width: '24%',
              },
              {
                key: 'to',
                header: t('reports.dossier.pauseTo'),
                cell: (p) => (p.to ? fmt.dateTime(p.to) : t('reports.dossier.stillPaused')),
                width: '24%',
              },
              { key: 'reason', header: t('reports.dossier.pauseReason'), cell: (p) => p.reason },
            ]}
          />
        </>
      )}
    </DocSection>
  );
}

/** Where the complaint stands: its milestones, the client's answer, the reasons if unfounded. */
function OutcomeSection({ data: { complaint } }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const m = complaint.milestones;
  const milestones = (
    [
      ['reports.dossier.acknowledgedAt', m.acknowledgedAt],
      ['reports.dossier.solutionProposedAt', m.solutionProposedAt],
      ['reports.dossier.resolvedAt', m.resolvedAt],
      ['reports.dossier.followedUpAt', m.followedUpAt],
      ['reports.dossier.closedAt', m.closedAt],
    ] as const
  ).filter(([, at]) => at !== undefined);
  const decision = complaint.decision;
  const ended = complaint.state === 'closed' || complaint.state === 'unfounded';
  return (
    <DocSection title={t('reports.dossier.outcome')}>
      <FieldList
        fields={[
          [t('reports.dossier.state'), t(stateLabel[complaint.state])],
          ...milestones.map(([label, at]) => [t(label), fmt.dateTime(at ?? '')] as const),
          ...(decision
            ? [
                [
                  t('reports.dossier.decision'),
                  t(decision.accepted ? 'reports.dossier.accepted' : 'reports.dossier.rejected', {
                    date: fmt.dateTime(decision.at),
                  }),
                ] as const,
                ...(decision.alternatives.length
                  ? [
                      [
                        t('reports.dossier.alternatives'),
                        decision.alternatives.map((a) => t(alternativeLabel[a])).join(' · '),
                      ] as const,
                    ]
                  : []),
              ]
            : []),
          ...(complaint.unfoundedReason
            ? [[t('reports.dossier.unfoundedReason'), complaint.unfoundedReason] as const]
            : []),
        ]}
      />
      {!ended && <p className="doc-muted">{t('reports.dossier.open')}</p>}
    </DocSection>
  );
}

/** The dossier's sections, in print order. Each reads only the dossier's data. */
export const DOSSIER_SECTIONS: readonly (readonly [string, ComponentType<DossierSectionProps>])[] = [
  ['summary', SummarySection],
  ['voice', VoiceSection],
  ['deadlines', DeadlinesSection],
  ['checklist', ChecklistSection],
  ['contacts', ContactsSection],
  ['gap', GapSection],
  ['economics', EconomicsSection],
  ['timeline', TimelineSection],
  ['outcome', OutcomeSection],
];
