import { useTranslation } from 'react-i18next';
import { useDossier } from '../../../data';
import { DocumentFrame, DocumentStatus } from '../DocumentFrame';
import { useDocFormat } from '../format';
import { DOSSIER_SECTIONS } from './sections';

/** The complaint's full dossier (*fascicolo*), for the file, the client or an auditor. */
export function DossierDocument({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const data = useDossier(id);
  if (data === undefined) return <DocumentStatus state="loading" />;
  if (data === null) return <DocumentStatus state="missing" />;
  const { complaint } = data;
  return (
    <DocumentFrame
      studio={data.studio}
      title={t('reports.dossier.title')}
      subtitle={t('reports.dossier.subtitle', {
        code: complaint.code,
        client: data.client?.name ?? complaint.clientName,
        date: fmt.day(complaint.receivedAt),
      })}
      fileName={t('reports.dossier.file', { code: complaint.code })}
      footer={`${complaint.code} · ${t('reports.doc.confidential')}`}
    >
      {DOSSIER_SECTIONS.map(([key, Section]) => (
        <Section key={key} data={data} />
      ))}
    </DocumentFrame>
  );
}
