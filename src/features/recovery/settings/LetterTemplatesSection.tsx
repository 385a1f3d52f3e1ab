import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveLetterTemplates, useSetting } from '../../../data';
import {
  builtInLetterTemplate,
  LETTER_KINDS,
  mergeText,
  MERGE_FIELDS,
  validateLetterTemplate,
  type LetterKind,
  type LetterTemplate,
  type LetterTemplateError,
  type LetterTemplates,
  type MergeField,
  type MergeValues,
} from '../../../domain/recovery';
import type { StudioProfile } from '../../../domain/settings';
import { currentLanguage, LOCALE_OF, type Language } from '../../../i18n';
import { formatDay } from '../format';
import { letterKindLabel, mergeFieldLabel } from '../labels';
import { SavedNote } from './SavedNote';

type Drafts = Record<LetterKind, LetterTemplate>;

const sameText = (a: LetterTemplate, b: LetterTemplate) => a.subject === b.subject && a.body === b.body;

/**
 * *Modelli di lettera*: the studio's own wording of each letter, with the
 * merge fields Riparo fills in. Letters already sent keep the text they were
 * sent with.
 */
export function LetterTemplatesSection() {
  const { i18n } = useTranslation();
  const stored = useSetting('letterTemplates');
  const studio = useSetting('studioProfile');
  if (stored === undefined || studio === undefined) return null;
  return <LetterTemplatesEditor stored={stored} studio={studio} language={currentLanguage(i18n.language)} />;
}

function LetterTemplatesEditor({
  stored,
  studio,
  language,
}: {
  stored: LetterTemplates;
  studio: StudioProfile;
  language: Language;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Drafts>(
    () =>
      Object.fromEntries(
        LETTER_KINDS.map((kind) => [kind, stored[kind] ?? builtInLetterTemplate(kind, language)]),
      ) as Drafts,
  );
  const [kind, setKind] = useState<LetterKind>('acknowledgement');
  const [errors, setErrors] = useState<readonly LetterTemplateError[]>([]);
  const [saved, setSaved] = useState(false);
  const body = useRef<HTMLTextAreaElement>(null);

  const draft = drafts[kind];
  const isBuiltIn = sameText(draft, builtInLetterTemplate(kind, language));
  const edit = (change: Partial<LetterTemplate>) => {
    setDrafts((all) => ({ ...all, [kind]: { ...all[kind], ...change } }));
    setErrors([]);
    setSaved(false);
  };
  const insertField = (field: MergeField) => {
    const area = body.current;
    const at = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? at;
    const token = `{{${field}}}`;
    edit({ body: draft.body.slice(0, at) + token + draft.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  const save = async () => {
    const invalid = LETTER_KINDS.find((k) => validateLetterTemplate(drafts[k]).length > 0);
    if (invalid) {
      setKind(invalid);
      setErrors(validateLetterTemplate(drafts[invalid]));
      return;
    }
    const own = LETTER_KINDS.filter((k) => !sameText(drafts[k], builtInLetterTemplate(k, language)));
    await saveLetterTemplates(Object.fromEntries(own.map((k) => [k, drafts[k]])));
    setSaved(true);
  };

  const errorOf = (part: 'subject' | 'body') => {
    const error = errors.find((e) => e.part === part);
    if (!error) return undefined;
    return error.error === 'empty'
      ? t('recovery.settings.letters.empty')
      : t('recovery.settings.letters.unknownField', {
          names: error.names.map((n) => `{{${n}}}`).join(', '),
        });
  };
  const sample = sampleValues(t, language, studio);
  const preview = {
    subject: mergeText(draft.subject, sample).text,
    body: mergeText(draft.body, sample).text,
  };

  return (
    <Stack maw={1100}>
      <Text c="dimmed" size="sm">
        {t('recovery.settings.letters.intro', { example: '{{client}}' })}
      </Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('recovery.settings.letters.which')}
          data={LETTER_KINDS.map((k) => ({ value: k, label: t(letterKindLabel[k]) }))}
          value={kind}
          onChange={(event) => {
            setKind(LETTER_KINDS.find((k) => k === event.currentTarget.value) ?? 'acknowledgement');
            setErrors([]);
          }}
          w={360}
        />
        <Badge variant="light" color={isBuiltIn ? 'gray' : 'blue'} mb={6}>
          {t(isBuiltIn ? 'recovery.settings.letters.builtIn' : 'recovery.settings.letters.own')}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="sm">
          <TextInput
            label={t('recovery.letter.subject')}
            value={draft.subject}
            error={errorOf('subject')}
            onChange={(event) => edit({ subject: event.currentTarget.value })}
          />
          <Textarea
            ref={body}
            label={t('recovery.letter.body')}
            autosize
            minRows={12}
            maxRows={24}
            value={draft.body}
            error={errorOf('body')}
            onChange={(event) => edit({ body: event.currentTarget.value })}
          />
          <div>
            <Text size="sm" fw={500} id="letter-fields">
              {t('recovery.settings.letters.fields')}
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {t('recovery.settings.letters.fieldsHint')}
            </Text>
            <Group gap={6} role="group" aria-labelledby="letter-fields">
              {MERGE_FIELDS.map((field) => (
                <Button
                  key={field}
                  size="compact-xs"
                  variant="light"
                  title={`{{${field}}}`}
                  onClick={() => insertField(field)}
                >
                  {t(mergeFieldLabel[field])}
                </Button>
              ))}
            </Group>
          </div>
        </Stack>
        <Paper withBorder p="md" component="section" aria-labelledby="letter-preview">
          <Title order={3} size="h5" id="letter-preview">
            {t('recovery.settings.letters.preview')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('recovery.settings.letters.previewHint')}
          </Text>
          <Text fw={600} size="sm" mb="xs">
            {preview.subject}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {preview.body}
          </Text>
        </Paper>
      </SimpleGrid>
      <Group>
        <Button onClick={() => void save()}>{t('recovery.settings.letters.save')}</Button>
        <Button
          variant="default"
          disabled={isBuiltIn}
          onClick={() => edit(builtInLetterTemplate(kind, language))}
        >
          {t('recovery.settings.letters.restore')}
        </Button>
        <SavedNote saved={saved} />
      </Group>
    </Stack>
  );
}

/** Invented but plausible values, so the preview reads like a real letter. */
function sampleValues(
  t: (
    key: `recovery.settings.letters.sample.${'client' | 'subject' | 'handler' | 'solution' | 'reason'}`,
  ) => string,
  language: Language,
  studio: StudioProfile,
): MergeValues {
  const today = new Date().toISOString().slice(0, 10);
  return {
    client: t('recovery.settings.letters.sample.client'),
    code: `R-${today.slice(0, 4)}-0001`,
    receivedDate: formatDay(today, LOCALE_OF[language]),
    subject: t('recovery.settings.letters.sample.subject'),
    today: formatDay(today, LOCALE_OF[language]),
    handler: t('recovery.settings.letters.sample.handler'),
    studio: studio.name,
    studioAddress: studio.address,
    studioEmail: studio.email,
    studioPhone: studio.phone,
    solution: t('recovery.settings.letters.sample.solution'),
    reason: t('recovery.settings.letters.sample.reason'),
  };
}
