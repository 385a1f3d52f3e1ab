import { useTranslation } from 'react-i18next';
import { useClientReport } from '../../data';
import { DocSection, DocTable, FieldList } from '../../ui/print';
import { kindLabel } from '../clients';
import { causeLabel, stateLabel } from '../complaint';
import { DocumentFrame, DocumentStatus } from './DocumentFrame';
import { useDocFormat } from './format';

const ENDED = new Set(['closed', 'unfounded']);

/** One client's complaints: the record a client, or a data-access request, asks for. */
export function ClientReportDocument({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const data = useClientReport(id);
  if (data === undefined) return <DocumentStatus state="loading" />;
  if (data === null) return <DocumentStatus state="missing" />;
  const { client, complaints } = data;
  const concluded = complaints.filter((c) => ENDED.has(c.state)).length;
  return (
    <DocumentFrame
      studio={data.studio}
      title={t('reports.client.title')}
      subtitle={client.name}
      fileName={t('reports.client.file', { name: client.name })}
      footer={`${client.name} · ${t('reports.doc.confidential')}`}
    >
      <DocSection title={t('reports.client.data')}>
        <FieldList
          fields={[
            [t('reports.client.name'), client.name],
            [t('reports.client.kind'), t(kindLabel[client.kind])],
            [t('reports.client.taxId'), client.taxId],
            [t('reports.client.email'), client.email],
            [t('reports.client.phone'), client.phone],
            [t('reports.client.pec'), client.pec],
            [t('reports.client.since'), client.clientSince ? fmt.day(client.clientSince) : ''],
            [
              t('reports.client.annualValue'),
              client.annualValue !== undefined ? fmt.euro(client.annualValue) : '',
            ],
          ]}
        />
      </DocSection>
      <DocSection title={t('reports.client.complaints')}>
        <div className="doc-figures">
          <div className="doc-figure">
            <div className="doc-figure-value">{complaints.length}</div>
            {t('reports.client.count')}
          </div>
          <div className="doc-figure">
            <div className="doc-figure-value">{complaints.length - concluded}</div>
            {t('reports.client.open')}
          </div>
          <div className="doc-figure">
            <div className="doc-figure-value">{concluded}</div>
            {t('reports.client.closed')}
          </div>
        </div>
        {complaints.length === 0 ? (
          <p>{t('reports.client.noComplaints')}</p>
        ) : (
          <DocTable
            rowKey={(c) => c.id}
            rows={complaints}
            columns={[
              { key: 'code', header: t('reports.dossier.code'), cell: (c) => c.code, width: '16%' },
              {
                key: 'received',
                header: t('reports.dossier.receivedAt'),
                cell: (c) => fmt.day(c.receivedAt),
                width: '14%',
              },
              { key: 'subject', header: t('reports.dossier.subject'), cell: (c) => c.title },
              {
                key: 'cause',
                header: t('reports.dossier.cause'),
                cell: (c) => t(causeLabel[c.cause]),
                width: '20%',
              },
              {
                key: 'state',
                header: t('reports.dossier.state'),
                cell: (c) => t(stateLabel[c.state]),
                width: '15%',
              },
            ]}
          />
        )}
      </DocSection>
      {complaints.length > 0 && (
        <DocSection title={t('reports.client.details')}>
          {complaints.map((c) => (
            <div key={c.id} className="doc-keep">
              <h3>
                {c.code} — {c.title}
              </h3>
              <p className="doc-quote">{c.clientWords}</p>
              <FieldList
                fields={[
                  [t('reports.dossier.remedy'), c.remedyRequested],
                  [t('reports.dossier.state'), t(stateLabel[c.state])],
                  [t('reports.client.closedOn'), c.milestones.closedAt ? fmt.day(c.milestones.closedAt) : ''],
                ]}
              />
            </div>
          ))}
        </DocSection>
      )}
    </DocumentFrame>
  );
}
