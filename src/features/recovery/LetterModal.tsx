import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addContact, useClient, useSetting, useStaff } from '../../data';
import { toLocalDateTime, type Complaint } from '../../domain/complaint';
import { draftLetter, LETTER_KINDS, mailtoUrl, type LetterKind, type Recovery } from '../../domain/recovery';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { platform } from '../../platform';
import { channelLabel } from '../complaint';
import { documentPath } from '../documents';
import { letterKindLabel } from './labels';
import { letterValues } from './letterValues';

const SENT_CHANNELS = ['letter', 'pec', 'email', 'in_person'] as const;
type SentChannel = (typeof SENT_CHANNELS)[number];

interface LetterModalProps {
  complaint: Complaint;
  recovery: Recovery;
  onClose: () => void;
}

/**
 * Drafts a letter from a template with the merge fields filled, for the
 * studio to edit; copying it, opening it as an e-mail or marking it sent logs
 * it in *Comunicazioni* exactly as it reads here.
 */
export function LetterModal({ complaint, recovery, onClose }: LetterModalProps) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const locale = LOCALE_OF[language];
  const studio = useSetting('studioProfile');
  const currentStaffId = useSetting('currentStaffId');
  const studioTemplates = useSetting('letterTemplates');
  const staff = useStaff();
  const client = useClient(complaint.clientId);
  if (
    !studio ||
    !studioTemplates ||
    staff === undefined ||
    client === undefined ||
    currentStaffId === undefined
  )
    return null;
  const handlerName = staff.find((s) => s.id === (complaint.handlerId ?? currentStaffId))?.name ?? '';
  const draft = (kind: LetterKind) =>
    draftLetter(
      kind,
      language,
      letterValues({
        complaint,
        recovery,
        studio,
        handlerName,
        today: toLocalDateTime(new Date()).slice(0, 10),
        locale,
      }),
      studioTemplates,
    );
  return (
    <LetterEditor complaintId={complaint.id} email={client?.email ?? ''} draft={draft} onClose={onClose} />
  );
}

interface LetterEditorProps {
  complaintId: string;
  email: string;
  draft: (kind: LetterKind) => ReturnType<typeof draftLetter>;
  onClose: () => void;
}

function LetterEditor({ complaintId, email, draft, onClose }: LetterEditorProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LetterKind>('apology');
  const [initial] = useState(() => draft('apology'));
  const [subject, setSubject] = useState(initial.letter.subject);
  const [body, setBody] = useState(initial.letter.body);
  const [missing, setMissing] = useState(initial.missing);
  const [to, setTo] = useState(email);
  const [sentBy, setSentBy] = useState<SentChannel>('letter');
  const [copied, setCopied] = useState(false);

  const choose = (next: LetterKind) => {
    const { letter, missing: stillMissing } = draft(next);
    setKind(next);
    setSubject(letter.subject);
    setBody(letter.body);
    setMissing(stillMissing);
  };
  const navigate = useNavigate();
  const record = (channel: SentChannel) =>
    addContact(complaintId, {
      at: toLocalDateTime(new Date()),
      channel,
      direction: 'outgoing',
      summary: subject,
      letter: { kind, subject, body },
    });
  const log = async (channel: SentChannel) => {
    if ((await record(channel)).ok) onClose();
  };
  /** A letter sent on paper: logged as sent by post, then opened on letterhead to print. */
  const print = async () => {
    const outcome = await record('letter');
    if (outcome.ok) void navigate(documentPath.letter(outcome.contact.id));
  };
  const copy = async () => {
    await navigator.clipboard.writeText(`${subject}\n\n${body}`);
    setCopied(true);
  };
  const openEmail = async () => {
    const { opened } = await platform.openExternal(mailtoUrl(to, { subject, body }));
    if (opened) await log('email');
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('recovery.letter.write')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <NativeSelect
          label={t('recovery.letter.kind.label')}
          data={LETTER_KINDS.map((k) => ({ value: k, label: t(letterKindLabel[k]) }))}
          value={kind}
          onChange={(event) => choose(LETTER_KINDS.find((k) => k === event.currentTarget.value) ?? 'apology')}
        />
        {missing.length > 0 && (
          <Alert color="yellow" variant="light">
            {t('recovery.letter.missing', { fields: missing.map((f) => `{{${f}}}`).join(', ') })}
          </Alert>
        )}
        <TextInput
          label={t('recovery.letter.subject')}
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
        />
        <Textarea
          label={t('recovery.letter.body')}
          autosize
          minRows={10}
          maxRows={20}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('recovery.letter.to')}
              type="email"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              w={240}
            />
            <Button variant="light" onClick={() => void openEmail()} disabled={to.trim() === ''}>
              {t('recovery.letter.openEmail')}
            </Button>
          </Group>
          <Button variant="default" onClick={() => void copy()}>
            {copied ? t('recovery.letter.copied') : t('recovery.letter.copy')}
          </Button>
        </Group>
        <Group align="flex-end" justify="flex-end" gap="xs">
          <NativeSelect
            label={t('recovery.letter.sentBy')}
            data={SENT_CHANNELS.map((c) => ({ value: c, label: t(channelLabel[c]) }))}
            value={sentBy}
            onChange={(event) =>
              setSentBy(SENT_CHANNELS.find((c) => c === event.currentTarget.value) ?? 'letter')
            }
          />
          <Button onClick={() => void log(sentBy)}>{t('recovery.letter.markSent')}</Button>
          <Button variant="default" onClick={() => void print()}>
            {t('recovery.letter.printSent')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
