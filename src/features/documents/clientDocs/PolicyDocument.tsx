import { useTranslation } from 'react-i18next';
import { useDocumentBasics, useSetting } from '../../../data';
import { toLocalDateTime } from '../../../domain/complaint';
import { fillPolicy, policyBlocks } from '../../../domain/reports';
import { DocumentFrame, DocumentStatus } from '../DocumentFrame';
import { useDocFormat } from '../format';

/** The studio's complaint policy, latest version, on letterhead. */
export function PolicyDocument() {
  const { t } = useTranslation();
  const fmt = useDocFormat();
  const basics = useDocumentBasics();
  const history = useSetting('complaintPolicy');
  if (basics === undefined || history === undefined) return <DocumentStatus state="loading" />;
  const latest = history.at(-1);
  const text = fillPolicy(latest?.text ?? t('reports.policy.defaultText'), basics.studio, basics.standards);
  return (
    <DocumentFrame
      studio={basics.studio}
      title={t('reports.policy.title')}
      subtitle={
        latest
          ? t('reports.policy.version', {
              version: latest.version,
              date: fmt.day(toLocalDateTime(new Date(latest.savedAt))),
            })
          : t('reports.policy.defaultVersion')
      }
      fileName={t('reports.policy.file')}
    >
      {policyBlocks(text).map((block, i) => {
        if (block.kind === 'heading') return <h2 key={i}>{block.text}</h2>;
        if (block.kind === 'paragraph') return <p key={i}>{block.text}</p>;
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        );
      })}
    </DocumentFrame>
  );
}
