import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createClient } from '../../data';
import type { NewClient } from '../../domain/client/client';
import { ClientForm } from './ClientForm';
import { emptyClientValues } from './clientFormValues';

export function NewClientScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initialValues] = useState(emptyClientValues);

  const save = async (draft: NewClient) => {
    const client = await createClient(draft);
    notifications.show({
      color: 'teal',
      message: t('clients.new.saved', { name: client.name }),
      closeButtonProps: { 'aria-label': t('app.close') },
    });
    await navigate(`/clients/${client.id}`);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('clients.new.title')}</Title>
        <Text c="dimmed" maw={760} mt={4}>
          {t('clients.new.intro')}
        </Text>
      </div>
      <ClientForm initialValues={initialValues} onSubmit={save} onCancel={() => void navigate('/clients')} />
    </Stack>
  );
}
