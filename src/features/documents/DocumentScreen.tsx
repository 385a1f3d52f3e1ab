import { useParams } from 'react-router';
import { parsePeriodKey } from '../../domain/reports';
import { ClientReportDocument } from './ClientReportDocument';
import { ComplaintFormDocument, SurveyFormDocument } from './clientDocs/FormDocuments';
import { PosterDocument, WebsiteTextDocument } from './clientDocs/KitDocuments';
import { PolicyDocument } from './clientDocs/PolicyDocument';
import { DocumentStatus } from './DocumentFrame';
import { DossierDocument } from './dossier/DossierDocument';
import { LetterDocument } from './letter/LetterDocument';
import { PeriodicReportDocument } from './periodic/PeriodicReportDocument';

/**
 * A printable document at `#/print/<document>/<id>`, outside the app's shell:
 * what the desktop app's hidden window prints, and the preview the browser
 * prints with its own dialog.
 */
export function DocumentScreen() {
  const { doc = '', id = '' } = useParams();
  switch (doc) {
    case 'dossier':
      return <DossierDocument id={id} />;
    case 'letter':
      return <LetterDocument contactId={id} />;
    case 'client':
      return <ClientReportDocument id={id} />;
    case 'report': {
      const period = parsePeriodKey(id);
      return period ? <PeriodicReportDocument period={period} /> : <DocumentStatus state="unknown" />;
    }
    case 'policy':
      return <PolicyDocument />;
    case 'complaint-form':
      return <ComplaintFormDocument />;
    case 'survey-form':
      return <SurveyFormDocument />;
    case 'poster':
      return <PosterDocument />;
    case 'website-text':
      return <WebsiteTextDocument />;
    default:
      return <DocumentStatus state="unknown" />;
  }
}
