import { useTranslation } from 'react-i18next';
import { DIMENSIONS, dimensionGap } from '../../../domain/quality';
import { assessRecovery, completedSteps, RECOVERY_STEPS, stepProgress } from '../../../domain/recovery';
import { DocSection, DocTable, FieldList } from '../../../ui/print';
import { channelLabel, feelingLabel } from '../../complaint';
import { dimensionLabel } from '../../quality';
import {
  directionLabel,
  economicsRows,
  followUpIntensityLabel,
  letterKindLabel,
  stepLabel,
  verdictLabel,
} from '../../recovery';
import { useDocFormat } from '../format';
import type { DossierSectionProps } from './sections';

const nameIn = (list: readonly { id: string; name: string }[], id: string | undefined) =>
  list.find((entry) => entry.id === id)?.name ?? '';

/** The seven recovery steps item by item, who ticked each and when; then the compensation and the follow-up. */
export function ChecklistSection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const { recovery } = data;
  if (!recovery) {
    return (
      <DocSection title={t('reports.dossier.checklist')}>
        <p className="doc-muted">{t('reports.dossier.noChecklist')}</p>
      </DocSection>
    );
  }
  const progress = stepProgress(recovery.items);
  const order = new Map(RECOVERY_STEPS.map((step, index) => [step, index]));
  const items = [...recovery.items].sort((a, b) => (order.get(a.step) ?? 0) - (order.get(b.step) ?? 0));
  const { proposal, followUp } = recovery;
  return (
    <DocSection title={t('reports.dossier.checklist')}>
      <p>
        {t('reports.dossier.stepsDone', {
          done: completedSteps(recovery.items),
          total: progress.length,
        })}
      </p>
      <DocTable
        rowKey={(item) => item.id}
        rows={items}
        columns={[
          { key: 'step', header: t('reports.dossier.step'), cell: (i) => t(stepLabel[i.step]), width: '18%' },
          { key: 'item', header: t('reports.dossier.item'), cell: (i) => i.text },
          {
            key: 'done',
            header: t('reports.dossier.done'),
            width: '26%',
            cell: (i) =>
              i.done
                ? [i.doneAt && fmt.instant(i.doneAt), nameIn(data.staff, i.doneBy)]
                    .filter(Boolean)
                    .join(' · ') || t('reports.dossier.doneYes')
                : t('reports.dossier.notDone'),
          },
          { key: 'note', header: t('reports.dossier.note'), cell: (i) => i.note || '—', width: '22%' },
        ]}
      />
      {proposal && (
        <>
          <h3>{t('recovery.compensation.title')}</h3>
          <FieldList
            fields={[
              [t('recovery.compensation.solution'), proposal.description],
              [t('recovery.compensation.amount'), fmt.euro(proposal.amount)],
              [t('recovery.compensation.hours'), fmt.number(proposal.hours)],
              [t('reports.dossier.proposedBy'), nameIn(data.staff, proposal.proposedBy)],
              [
                t('recovery.compensation.approver'),
                proposal.approval
                  ? `${nameIn(data.staff, proposal.approval.approverId)} · ${fmt.instant(proposal.approval.at)}`
                  : '',
              ],
            ]}
          />
        </>
      )}
      {followUp && (
        <>
          <h3>{t('recovery.followUp.title')}</h3>
          <FieldList
            fields={[
              [t('recovery.followUp.at'), fmt.dateTime(followUp.at)],
              [t('recovery.followUp.satisfaction'), `${followUp.satisfaction}/5`],
              [
                t('recovery.followUp.recoveredQuestion'),
                t(followUp.recovered ? 'reports.dossier.yes' : 'reports.dossier.no'),
              ],
              [
                t('recovery.followUp.feelings'),
                followUp.feelings
                  .map(({ feeling, intensity }) => {
                    const before = data.complaint.feelings.find((f) => f.feeling === feeling)?.intensity;
                    return t('recovery.followUp.feelingChange', {
                      feeling: t(feelingLabel[feeling]),
                      before: before === undefined ? '—' : t(followUpIntensityLabel[before]),
                      after: t(followUpIntensityLabel[intensity]),
                    });
                  })
                  .join(' · '),
              ],
              [t('recovery.followUp.note'), followUp.note],
            ]}
          />
        </>
      )}
    </DocSection>
  );
}

/** *Comunicazioni*: every contact in order, then each letter word for word as it was sent. */
export function ContactsSection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const letters = data.contacts.filter((c) => c.letter);
  return (
    <DocSection title={t('reports.dossier.contactLog')}>
      {data.contacts.length === 0 ? (
        <p className="doc-muted">{t('reports.dossier.noContacts')}</p>
      ) : (
        <DocTable
          rowKey={(c) => c.id}
          rows={data.contacts}
          columns={[
            { key: 'at', header: t('reports.dossier.when'), cell: (c) => fmt.dateTime(c.at), width: '20%' },
            {
              key: 'how',
              header: t('reports.dossier.how'),
              width: '22%',
              cell: (c) => `${t(channelLabel[c.channel])} · ${t(directionLabel[c.direction])}`,
            },
            { key: 'summary', header: t('reports.dossier.contactSummary'), cell: (c) => c.summary },
            {
              key: 'next',
              header: t('reports.dossier.nextContact'),
              width: '16%',
              cell: (c) => (c.nextContact ? fmt.day(c.nextContact) : '—'),
            },
          ]}
        />
      )}
      {letters.map((c) =>
        c.letter ? (
          <div key={c.id} className="doc-keep">
            <h3>
              {t('reports.dossier.letterSent', {
                kind: t(letterKindLabel[c.letter.kind]),
                date: fmt.day(c.at),
              })}
            </h3>
            <p className="doc-quote">
              <strong>{c.letter.subject}</strong>
              {'\n\n'}
              {c.letter.body}
            </p>
          </div>
        ) : null,
      )}
    </DocSection>
  );
}

/** The gap assessment: what the studio thinks it offered against what the client perceived and expected. */
export function GapSection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const scores = data.assessment?.scores;
  const rows = scores ? DIMENSIONS.filter((d) => scores[d] !== undefined) : [];
  return (
    <DocSection title={t('reports.dossier.gap')}>
      {!scores || rows.length === 0 ? (
        <p className="doc-muted">{t('reports.dossier.noGap')}</p>
      ) : (
        <>
          <p className="doc-muted">{t('reports.dossier.gapHint')}</p>
          <DocTable
            rowKey={(d) => d}
            rows={rows}
            columns={[
              {
                key: 'dim',
                header: t('reports.dossier.dimension'),
                cell: (d) => t(dimensionLabel[d]),
                width: '20%',
              },
              {
                key: 'off',
                header: t('reports.dossier.offered'),
                numeric: true,
                cell: (d) => scores[d]?.offered ?? '—',
              },
              {
                key: 'per',
                header: t('reports.dossier.perceived'),
                numeric: true,
                cell: (d) => scores[d]?.perceived ?? '—',
              },
              {
                key: 'exp',
                header: t('reports.dossier.expected'),
                numeric: true,
                cell: (d) => scores[d]?.expected ?? '—',
              },
              {
                key: 'gapOff',
                header: t('reports.dossier.gapOffered'),
                numeric: true,
                cell: (d) => fmt.signed(dimensionGap(scores[d]).vsOffered),
              },
              {
                key: 'gapExp',
                header: t('reports.dossier.gapExpected'),
                numeric: true,
                cell: (d) => fmt.signed(dimensionGap(scores[d]).vsExpected),
              },
              {
                key: 'note',
                header: t('reports.dossier.note'),
                cell: (d) => scores[d]?.note || '—',
                width: '26%',
              },
            ]}
          />
        </>
      )}
    </DocSection>
  );
}

/** *Conviene recuperare?* as judged with the studio's figures when the dossier was printed. */
export function EconomicsSection({ data }: DossierSectionProps) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const proposal = data.recovery?.proposal;
  const a = assessRecovery({
    annualValue: data.client?.annualValue,
    severity: data.complaint.severity,
    compensation: proposal?.amount ?? 0,
    hours: proposal?.hours ?? 0,
    economics: data.economics,
  });
  const euro = (value: number | undefined) => (value === undefined ? '—' : fmt.euro(value));
  return (
    <DocSection title={t('recovery.economics.title')}>
      <FieldList
        fields={[
          [t('reports.dossier.verdict'), t(verdictLabel[a.verdict])],
          ...economicsRows(a, t, euro, {
            hours: fmt.number(proposal?.hours ?? 0),
            rate: fmt.euro(data.economics.hourlyCost),
          }),
        ]}
      />
      <p className="doc-muted">
        {a.verdict === 'unknown' ? t('recovery.economics.unknownText') : t('recovery.economics.note')}
      </p>
    </DocSection>
  );
}
