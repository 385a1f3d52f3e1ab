import { Anchor, Badge, Button, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsJoin, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { updateClient, useClient, useComplaintsOfClient } from '../../data';
import type { Client, NewClient } from '../../domain/client/client';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { ClientFitPanel, PromisesPanel } from '../quality';
import { documentPath, PrintLink } from '../documents';
import { AnonymisedBadge, ClientPrivacyActions } from '../privacy';
import { ClientComplaints } from './ClientComplaints';
import { ClientDetails } from './ClientDetails';
import { ClientForm } from './ClientForm';
import { clientValues } from './clientFormValues';
import { DeleteClientDialog } from './DeleteClientDialog';
import { formatDay } from './format';
import { kindLabel } from './labels';
import { MergeClientDialog } from './MergeClientDialog';
import { ValueAtRiskPanel } from './ValueAtRiskPanel';

function EditClient({ client, onDone }: { client: Client; onDone: () => void }) {
  const { t } = useTranslation();
  const [initialValues] = useState(() => clientValues(client));
  const save = async (changes: NewClient) => {
    await updateClient(client.id, changes);
    notifications.show({
      color: 'teal',
      message: t('clients.page.saved'),
      closeButtonProps: { 'aria-label': t('app.close') },
    });
    onDone();
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="client-edit">
      <Title order={2} size="h4" id="client-edit" mb="md">
        {t('clients.page.editTitle')}
      </Title>
      <ClientForm initialValues={initialValues} onSubmit={save} onCancel={onDone} />
    </Paper>
  );
}

/** One client: details, value at risk, complaint history, and the registry's housekeeping. */
export function ClientScreen() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const client = useClient(id);
  const complaints = useComplaintsOfClient(id);
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const [editing, setEditing] = useState(false);
  const [merging, merge] = useDisclosure(false);
  const [deleting, remove] = useDisclosure(false);

  const back = (
    <Anchor component={Link} to="/clients" size="sm">
      ← {t('clients.page.back')}
    </Anchor>
  );
  if (client === undefined || complaints === undefined) return <Loader />;
  if (client === null) {
    return (
      <Stack>
        {back}
        <Text role="alert">{t('clients.page.notFound')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1200}>
      {back}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{client.name}</Title>
          <Group gap="sm" mt={4}>
            <Badge variant="light" color="gray" radius="sm" tt="none">
              {t(kindLabel[client.kind])}
            </Badge>
            <AnonymisedBadge client={client} />
            {client.clientSince && (
              <Text c="dimmed" size="sm">
                {t('clients.page.since', { date: formatDay(client.clientSince, locale) })}
              </Text>
            )}
          </Group>
        </div>
        {!editing && (
          <Group gap="xs" role="group" aria-label={t('clients.page.actions')}>
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('clients.page.edit')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconArrowsJoin size={16} aria-hidden />}
              onClick={merge.open}
            >
              {t('clients.merge.open')}
            </Button>
            <PrintLink to={documentPath.client(client.id)} />
            <ClientPrivacyActions client={client} />
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={remove.open}
            >
              {t('clients.delete.open')}
            </Button>
          </Group>
        )}
      </Group>
      {editing ? (
        <EditClient client={client} onDone={() => setEditing(false)} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <ClientDetails client={client} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <ValueAtRiskPanel annualValue={client.annualValue} />
          </Grid.Col>
        </Grid>
      )}
      <ClientComplaints complaints={complaints} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <PromisesPanel clientId={client.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ClientFitPanel clientId={client.id} clientName={client.name} />
        </Grid.Col>
      </Grid>
      <MergeClientDialog client={client} opened={merging} onClose={merge.close} />
      <DeleteClientDialog
        client={client}
        hasComplaints={complaints.length > 0}
        opened={deleting}
        onClose={remove.close}
      />
    </Stack>
  );
}
