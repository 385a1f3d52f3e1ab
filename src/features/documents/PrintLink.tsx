import { Button, type ButtonProps } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The printable documents and their addresses under `#/print/`. */
export const documentPath = {
  dossier: (complaintId: string) => `/print/dossier/${complaintId}`,
  client: (clientId: string) => `/print/client/${clientId}`,
  letter: (contactId: string) => `/print/letter/${contactId}`,
  report: (periodKey: string) => `/print/report/${periodKey}`,
  policy: () => '/print/policy',
  complaintForm: () => '/print/complaint-form',
  surveyForm: () => '/print/survey-form',
  poster: () => '/print/poster',
  websiteText: () => '/print/website-text',
} as const;

/** "Stampa / PDF": opens a document's preview, from which it is printed or saved as PDF. */
export function PrintLink({ to, label, ...props }: { to: string; label?: string } & ButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={to}
      variant="default"
      leftSection={<IconPrinter size={16} aria-hidden />}
      title={t('reports.printHint')}
      {...props}
    >
      {label ?? t('reports.print')}
    </Button>
  );
}
