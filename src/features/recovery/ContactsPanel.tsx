import { Badge, Button, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPhonePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../../data';
import type { Complaint } from '../../domain/complaint';
import type { Recovery } from '../../domain/recovery';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import { channelLabel } from '../complaint';
import { documentPath, PrintLink } from '../documents';
import { ContactModal } from './ContactModal';
import { formatDay } from './format';
import { directionLabel, letterKindLabel } from './labels';
import { LetterModal } from './LetterModal';

/** *Comunicazioni*: every contact with the client, newest first, and the letters sent exactly as sent. */
export function ContactsPanel({ complaint, recovery }: { complaint: Complaint; recovery: Recovery }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const contacts = useContacts(complaint.id) ?? [];
  const [open, setOpen] = useState<'contact' | 'letter' | null>(null);
  const openItems = recovery.items.filter((item) => !item.done);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-contacts">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="recovery-contacts">
          {t('recovery.contact.title')}
        </Title>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPhonePlus size={14} aria-hidden />}
            onClick={() => setOpen('contact')}
          >
            {t('recovery.contact.new')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconMail size={14} aria-hidden />}
            onClick={() => setOpen('letter')}
          >
            {t('recovery.letter.write')}
          </Button>
        </Group>
      </Group>
      {contacts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('recovery.contact.empty')}
        </Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('recovery.contact.log')}
        >
          {contacts.map((contact) => (
            <li key={contact.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {formatLocalDateTime(contact.at, locale)}
                </Text>
                <Badge variant="light" size="sm">
                  {t(channelLabel[contact.channel])}
                </Badge>
                <Badge variant="outline" color="gray" size="sm">
                  {t(directionLabel[contact.direction])}
                </Badge>
                {contact.letter && (
                  <Badge variant="light" color="grape" size="sm">
                    {t(letterKindLabel[contact.letter.kind])}
                  </Badge>
                )}
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {contact.summary}
              </Text>
              {contact.nextContact && (
                <Text size="xs" c="dimmed">
                  {t('recovery.contact.nextOn', { date: formatDay(contact.nextContact, locale) })}
                </Text>
              )}
              {contact.letter && (
                <Group gap="xs" align="flex-start">
                  <Spoiler
                    maxHeight={0}
                    showLabel={t('recovery.letter.showSent')}
                    hideLabel={t('recovery.letter.hideSent')}
                  >
                    <Paper withBorder p="sm" mt={4}>
                      <Text size="sm" fw={600}>
                        {contact.letter.subject}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {contact.letter.body}
                      </Text>
                    </Paper>
                  </Spoiler>
                  <PrintLink
                    to={documentPath.letter(contact.id)}
                    label={t('recovery.letter.print')}
                    size="compact-sm"
                    variant="subtle"
                  />
                </Group>
              )}
            </li>
          ))}
        </Stack>
      )}
      {open === 'contact' && (
        <ContactModal complaintId={complaint.id} openItems={openItems} onClose={() => setOpen(null)} />
      )}
      {open === 'letter' && (
        <LetterModal complaint={complaint} recovery={recovery} onClose={() => setOpen(null)} />
      )}
    </Paper>
  );
}
