import { Badge, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldLock, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../domain/client/client';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { AnonymiseClientDialog } from './AnonymiseClientDialog';
import { ExportPersonDialog } from './ExportPersonDialog';

/** The client page's GDPR actions: export the person's data and, unless done already, anonymise them. */
export function ClientPrivacyActions({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [exporting, exportDialog] = useDisclosure(false);
  const [anonymising, anonymiseDialog] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconShieldLock size={16} aria-hidden />}
        onClick={exportDialog.open}
      >
        {t('privacy.export.open')}
      </Button>
      {client.anonymisedAt === undefined && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconUserOff size={16} aria-hidden />}
          onClick={anonymiseDialog.open}
        >
          {t('privacy.anonymise.open')}
        </Button>
      )}
      <ExportPersonDialog client={client} opened={exporting} onClose={exportDialog.close} />
      <AnonymiseClientDialog client={client} opened={anonymising} onClose={anonymiseDialog.close} />
    </>
  );
}

/** Says on the client page that the record was anonymised, and when. */
export function AnonymisedBadge({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  if (client.anonymisedAt === undefined) return null;
  const date = formatInstant(client.anonymisedAt, LOCALE_OF[currentLanguage(i18n.language)]);
  return (
    <Badge variant="light" color="grape" radius="sm" tt="none">
      {t('privacy.anonymise.badge', { date })}
    </Badge>
  );
}
