import { useTranslation } from 'react-i18next';
import { useLetter } from '../../../data';
import { letterKindLabel } from '../../recovery';
import { DocumentFrame, DocumentStatus } from '../DocumentFrame';
import { useDocFormat } from '../format';

/**
 * A letter from the contact log on the studio's letterhead, word for word as
 * it was sent: what the studio posts, or keeps as the signed copy.
 */
export function LetterDocument({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const data = useLetter(contactId);
  if (data === undefined) return <DocumentStatus state="loading" />;
  if (data === null) return <DocumentStatus state="missing" />;
  const { contact, complaint, client } = data;
  const kind = t(letterKindLabel[contact.letter.kind]);
  const recipient = [client?.name ?? complaint.clientName, client?.pec || client?.email].filter(Boolean);
  const longDate = new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${contact.at.slice(0, 10)}T12:00:00Z`),
  );
  return (
    <DocumentFrame
      studio={data.studio}
      title={t('reports.letter.title', { kind })}
      fileName={t('reports.letter.file', { code: complaint.code, kind })}
      footer={`${complaint.code} · ${t('reports.letter.sentOn', { date: fmt.day(contact.at) })}`}
      letter
    >
      <p className="doc-letter-date">{longDate}</p>
      <address className="doc-letter-to" style={{ fontStyle: 'normal' }}>
        {recipient.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </address>
      <p className="doc-letter-subject">{t('reports.letter.subject', { subject: contact.letter.subject })}</p>
      <div className="doc-letter-body">
        {contact.letter.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </DocumentFrame>
  );
}
