import { Alert, Button, Group, Loader, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveComplaintPolicy, useSetting } from '../../data';
import { POLICY_MAX_LENGTH, type PolicyHistory } from '../../domain/reports';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { documentPath, PrintLink } from '../documents';

/** The studio's complaint policy: edited here, saved as numbered versions, printed on letterhead. */
export function PolicySection() {
  const history = useSetting('complaintPolicy');
  return history ? <PolicyEditor history={history} /> : <Loader />;
}

function PolicyEditor({ history }: { history: PolicyHistory }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const latest = history.at(-1);
  const [text, setText] = useState(() => latest?.text ?? t('reports.policy.defaultText'));
  const [message, setMessage] = useState<{ color: string; text: string } | undefined>();
  const problem =
    text.trim() === ''
      ? t('reports.policy.empty')
      : text.length > POLICY_MAX_LENGTH
        ? t('reports.policy.tooLong', { max: POLICY_MAX_LENGTH })
        : undefined;

  const save = async () => {
    if (problem) return;
    const saved = await saveComplaintPolicy(text);
    const newest = saved.at(-1);
    setMessage(
      newest && newest.version !== latest?.version
        ? { color: 'teal', text: t('reports.policy.saved', { version: newest.version }) }
        : { color: 'gray', text: t('reports.policy.unchanged') },
    );
  };

  return (
    <Stack gap="md" maw={860}>
      <Text c="dimmed">{t('reports.policy.sectionIntro')}</Text>
      <Textarea
        label={t('reports.policy.text')}
        description={t('reports.policy.placeholders')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setMessage(undefined);
        }}
        error={problem}
        autosize
        minRows={12}
        maxRows={28}
      />
      <Group gap="sm">
        <Button onClick={() => void save()} disabled={problem !== undefined}>
          {t('reports.policy.save')}
        </Button>
        <Button variant="subtle" onClick={() => setText(t('reports.policy.defaultText'))}>
          {t('reports.policy.restoreDefault')}
        </Button>
        <PrintLink to={documentPath.policy()} ml="auto" />
      </Group>
      {message && (
        <Alert color={message.color} variant="light" role="status">
          {message.text}
        </Alert>
      )}
      <Title order={3} size="h5">
        {t('reports.policy.versions')}
      </Title>
      {history.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('reports.policy.noVersions')}
        </Text>
      ) : (
        <Table withTableBorder maw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.policy.versionColumn')}</Table.Th>
              <Table.Th>{t('reports.policy.savedAtColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...history].reverse().map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>{v.version}</Table.Td>
                <Table.Td>{formatInstant(v.savedAt, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h5">
        {t('reports.policy.documents')}
      </Title>
      <Group gap="sm">
        <PrintLink to={documentPath.complaintForm()} label={t('reports.screen.complaintForm')} />
        <PrintLink to={documentPath.surveyForm()} label={t('reports.screen.surveyForm')} />
        <PrintLink to={documentPath.poster()} label={t('reports.screen.poster')} />
        <PrintLink to={documentPath.websiteText()} label={t('reports.screen.websiteText')} />
      </Group>
    </Stack>
  );
}
