import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDocumentBasics, type DocumentBasics } from '../../../data';
import { DocumentFrame, DocumentStatus } from '../DocumentFrame';

/** The A4 waiting-room poster: where, to whom and how to complain, and the times the studio promises. */
export function PosterDocument() {
  const { t } = useTranslation();
  const basics = useDocumentBasics();
  if (basics === undefined) return <DocumentStatus state="loading" />;
  const { studio, standards } = basics;
  const ways = [
    t('reports.poster.howInPerson'),
    studio.phone && t('reports.poster.howPhone', { value: studio.phone }),
    studio.email && t('reports.poster.howEmail', { value: studio.email }),
    studio.pec && t('reports.poster.howPec', { value: studio.pec }),
    studio.address && t('reports.poster.howLetter', { value: studio.address }),
  ].filter((way): way is string => Boolean(way));
  return (
    <DocumentFrame
      studio={studio}
      title={t('reports.poster.title')}
      fileName={t('reports.poster.file')}
      poster
    >
      <div className="doc-poster">
        <div className="doc-poster-studio">{studio.name || t('reports.doc.noStudioName')}</div>
        <h1>{t('reports.poster.title')}</h1>
        <p className="doc-poster-lead">{t('reports.poster.lead')}</p>
        <h2>{t('reports.poster.how')}</h2>
        <ul>
          {ways.map((way) => (
            <li key={way}>{way}</li>
          ))}
        </ul>
        <h2>{t('reports.poster.whom')}</h2>
        <p>{t('reports.poster.whomText')}</p>
        <h2>{t('reports.poster.times')}</h2>
        <div className="doc-poster-times">
          {(
            [
              ['reports.poster.ack', standards.acknowledgeDays],
              ['reports.poster.respond', standards.respondDays],
              ['reports.poster.resolve', standards.resolveDays],
            ] as const
          ).map(([key, days]) => (
            <div key={key} className="doc-poster-time">
              <div className="doc-poster-days">{days}</div>
              <div>{t(key, { count: days })}</div>
            </div>
          ))}
        </div>
        <p className="doc-poster-thanks">{t('reports.poster.thanks')}</p>
      </div>
    </DocumentFrame>
  );
}

function websiteParagraphs({ studio, standards }: DocumentBasics, t: TFunction) {
  const times = {
    ack: standards.acknowledgeDays,
    respond: standards.respondDays,
    resolve: standards.resolveDays,
  };
  return [
    t('reports.website.intro', { studio: studio.name || t('reports.doc.noStudioName') }),
    t('reports.website.how', {
      email: studio.email || '—',
      pec: studio.pec || '—',
      phone: studio.phone || '—',
      address: studio.address || '—',
    }),
    t('reports.website.times', times),
    t('reports.website.escalation'),
  ];
}

/** The text for the studio's website, with the response times from the standards; copyable in one click. */
export function WebsiteTextDocument() {
  const { t } = useTranslation();
  const basics = useDocumentBasics();
  if (basics === undefined) return <DocumentStatus state="loading" />;
  const paragraphs = websiteParagraphs(basics, t);
  const copy = async () => {
    await navigator.clipboard.writeText([t('reports.website.heading'), ...paragraphs].join('\n\n'));
    notifications.show({ color: 'teal', message: t('reports.website.copied') });
  };
  return (
    <DocumentFrame
      studio={basics.studio}
      title={t('reports.website.title')}
      fileName={t('reports.website.file')}
    >
      <p className="doc-muted">{t('reports.website.forStudio')}</p>
      <Button
        className="doc-no-print"
        variant="light"
        leftSection={<IconCopy size={16} aria-hidden />}
        onClick={() => void copy()}
        mb="md"
      >
        {t('reports.website.copy')}
      </Button>
      <div className="doc-quote">
        <h2>{t('reports.website.heading')}</h2>
        {paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
    </DocumentFrame>
  );
}
