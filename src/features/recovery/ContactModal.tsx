import { Button, Group, Modal, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addContact } from '../../data';
import { CHANNELS, toLocalDateTime, type Channel } from '../../domain/complaint';
import {
  CONTACT_DIRECTIONS,
  type ChecklistItem,
  type ContactDirection,
  type ContactError,
} from '../../domain/recovery';
import { channelLabel } from '../complaint';
import { contactErrorLabel, directionLabel, stepLabel } from './labels';

interface ContactModalProps {
  complaintId: string;
  /** Items still open, any of which the contact may tick. */
  openItems: readonly ChecklistItem[];
  onClose: () => void;
}

/** Logs one contact with the client; what was typed stays if the log refuses it. */
export function ContactModal({ complaintId, openItems, onClose }: ContactModalProps) {
  const { t } = useTranslation();
  const [at, setAt] = useState(() => toLocalDateTime(new Date()));
  const [channel, setChannel] = useState<Channel>('phone');
  const [direction, setDirection] = useState<ContactDirection>('outgoing');
  const [summary, setSummary] = useState('');
  const [nextContact, setNextContact] = useState('');
  const [tickItemId, setTickItemId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, ContactError>>>({});

  const save = async () => {
    const outcome = await addContact(
      complaintId,
      { at, channel, direction, summary, ...(nextContact ? { nextContact } : {}) },
      tickItemId || undefined,
    );
    if (outcome.ok) onClose();
    else setErrors(outcome.errors);
  };
  const message = (field: string) => {
    const error = errors[field];
    return error ? t(contactErrorLabel[error]) : undefined;
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('recovery.contact.new')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('recovery.contact.at')}
            value={at}
            onChange={(event) => setAt(event.currentTarget.value)}
            error={message('at')}
          />
          <NativeSelect
            label={t('recovery.contact.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(channelLabel[c]) }))}
            value={channel}
            onChange={(event) => setChannel(CHANNELS.find((c) => c === event.currentTarget.value) ?? 'other')}
          />
        </Group>
        <Radio.Group
          label={t('recovery.contact.direction')}
          value={direction}
          onChange={(v) => setDirection(v === 'incoming' ? 'incoming' : 'outgoing')}
        >
          <Group mt={6}>
            {CONTACT_DIRECTIONS.map((d) => (
              <Radio key={d} value={d} label={t(directionLabel[d])} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('recovery.contact.summary')}
          withAsterisk
          autosize
          minRows={3}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          error={message('summary')}
          data-autofocus
        />
        <TextInput
          type="date"
          label={t('recovery.contact.nextContact')}
          value={nextContact}
          onChange={(event) => setNextContact(event.currentTarget.value)}
          error={message('nextContact')}
          w={220}
        />
        {openItems.length > 0 && (
          <NativeSelect
            label={t('recovery.contact.tick')}
            data={[
              { value: '', label: t('recovery.contact.tickNone') },
              ...openItems.map((item) => ({
                value: item.id,
                label: `${t(stepLabel[item.step])} – ${item.text}`,
              })),
            ]}
            value={tickItemId}
            onChange={(event) => setTickItemId(event.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('recovery.cancel')}
          </Button>
          <Button onClick={() => void save()}>{t('recovery.contact.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
