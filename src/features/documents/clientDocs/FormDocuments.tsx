import { useTranslation } from 'react-i18next';
import { useDocumentBasics } from '../../../data';
import { FEELINGS } from '../../../domain/complaint';
import { ScaleBoxes, WriteLines } from '../../../ui/print';
import { feelingLabel } from '../../complaint';
import { DocumentFrame, DocumentStatus } from '../DocumentFrame';
import { SERVQUAL_DIMENSIONS, servqualLabel } from '../labels';

/** A labelled blank to fill by hand, in a two-column grid. */
function Blank({ label, wide = false }: { label: string; wide?: boolean }) {
  return (
    <div className={wide ? 'doc-form-field wide' : 'doc-form-field'}>
      <span className="doc-lines" />
      {label}
    </div>
  );
}

/** The complaint form a client fills by hand: the same fields the intake form types back in. */
export function ComplaintFormDocument() {
  const { t } = useTranslation();
  const basics = useDocumentBasics();
  if (basics === undefined) return <DocumentStatus state="loading" />;
  const { standards } = basics;
  return (
    <DocumentFrame studio={basics.studio} title={t('reports.form.title')} fileName={t('reports.form.file')}>
      <p>
        {t('reports.form.intro')}{' '}
        {t('reports.form.times', {
          ack: standards.acknowledgeDays,
          respond: standards.respondDays,
          resolve: standards.resolveDays,
        })}
      </p>
      <div className="doc-form-grid" role="group" aria-label={t('reports.form.you')}>
        <Blank label={t('reports.form.name')} wide />
        <Blank label={t('reports.form.phone')} />
        <Blank label={t('reports.form.email')} />
        <Blank label={t('reports.form.date')} />
        <Blank label={t('reports.form.service')} />
      </div>
      <h3>{t('reports.form.what')}</h3>
      <WriteLines count={4} />
      <h3>{t('reports.form.expected')}</h3>
      <WriteLines count={2} />
      <h3>{t('reports.form.feelings')}</h3>
      <div className="doc-grid2">
        {FEELINGS.map((f) => (
          <div key={f} className="doc-check">
            {t(feelingLabel[f])}
          </div>
        ))}
      </div>
      <h3>{t('reports.form.remedy')}</h3>
      <WriteLines count={2} />
      <p style={{ marginTop: '3mm' }}>
        {t('reports.form.contactBy')}: <span className="doc-check">{t('reports.form.byPhone')}</span>{' '}
        <span className="doc-check">{t('reports.form.byEmail')}</span>{' '}
        <span className="doc-check">{t('reports.form.byLetter')}</span>
      </p>
      <p className="doc-check">{t('reports.form.consent')}</p>
      <div className="doc-form-grid">
        <Blank label={t('reports.form.signature')} wide />
      </div>
      <div className="doc-studio-box">
        <strong>{t('reports.form.studioOnly')}</strong>
        <div className="doc-form-grid four">
          <Blank label={t('reports.form.protocol')} />
          <Blank label={t('reports.form.receivedAt')} />
          <Blank label={t('reports.form.receivedBy')} />
          <Blank label={t('reports.form.channel')} />
        </div>
      </div>
    </DocumentFrame>
  );
}

/** The satisfaction survey on paper: NPS 0–10, CSAT 1–5, the five dimensions 1–7, a comment. */
export function SurveyFormDocument() {
  const { t } = useTranslation();
  const basics = useDocumentBasics();
  if (basics === undefined) return <DocumentStatus state="loading" />;
  return (
    <DocumentFrame
      studio={basics.studio}
      title={t('reports.survey.title')}
      fileName={t('reports.survey.file')}
    >
      <p>{t('reports.survey.intro')}</p>
      <div className="doc-keep">
        <h3>1. {t('reports.survey.nps')}</h3>
        <ScaleBoxes from={0} to={10} />
        <p className="doc-muted">
          {t('reports.survey.npsLow')} · {t('reports.survey.npsHigh')}
        </p>
      </div>
      <div className="doc-keep">
        <h3>2. {t('reports.survey.csat')}</h3>
        <ScaleBoxes from={1} to={5} />
        <p className="doc-muted">
          {t('reports.survey.csatLow')} · {t('reports.survey.csatHigh')}
        </p>
      </div>
      <div className="doc-keep">
        <h3>3. {t('reports.survey.dimensions')}</h3>
        <p className="doc-muted">{t('reports.survey.dimensionsScale')}</p>
        <table>
          <thead>
            <tr>
              <th>{t('reports.survey.dimension')}</th>
              {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                <th key={n} className="num" style={{ width: '7mm', textAlign: 'center' }}>
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SERVQUAL_DIMENSIONS.map((d) => (
              <tr key={d}>
                <td>{t(servqualLabel[d])}</td>
                {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                  <td key={n} style={{ textAlign: 'center' }}>
                    <span className="doc-check" aria-hidden />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>4. {t('reports.survey.comment')}</h3>
      <WriteLines count={4} />
      <div className="doc-form-grid">
        <Blank label={t('reports.survey.name')} />
        <Blank label={t('reports.survey.date')} />
      </div>
      <div className="doc-studio-box">
        <strong>{t('reports.survey.studioOnly')}</strong>
        <div className="doc-form-grid">
          <Blank label={t('reports.survey.typedBy')} />
          <Blank label={t('reports.survey.typedAt')} />
        </div>
      </div>
    </DocumentFrame>
  );
}
