import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveChecklistTemplates, useSetting } from '../../../data';
import { CAUSES, type Cause } from '../../../domain/complaint';
import {
  defaultTemplates,
  emptyStepItems,
  RECOVERY_STEPS,
  type ChecklistTemplates,
  type StepItems,
} from '../../../domain/recovery';
import { currentLanguage } from '../../../i18n';
import { causeLabel } from '../../complaint';
import { stepLabel } from '../labels';
import { SavedNote } from './SavedNote';

type Which = 'base' | Cause;
const toText = (items: StepItems) =>
  Object.fromEntries(RECOVERY_STEPS.map((s) => [s, items[s].join('\n')])) as Record<string, string>;
const fromText = (text: Record<string, string>): StepItems =>
  Object.fromEntries(
    RECOVERY_STEPS.map((s) => [
      s,
      (text[s] ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ]),
  ) as unknown as StepItems;

/**
 * *Modelli di checklist*: the items every complaint gets, and those each cause
 * adds, one item per line. Saving affects complaints registered from now on.
 */
export function ChecklistTemplatesSection() {
  const { i18n } = useTranslation();
  const stored = useSetting('checklistTemplates');
  if (stored === undefined) return null;
  return <TemplatesEditor initial={stored ?? defaultTemplates(currentLanguage(i18n.language))} />;
}

function TemplatesEditor({ initial }: { initial: ChecklistTemplates }) {
  const { t, i18n } = useTranslation();
  const [templates, setTemplates] = useState(initial);
  const [which, setWhich] = useState<Which>('base');
  const [text, setText] = useState(() => toText(initial.base));
  const [saved, setSaved] = useState(false);

  const itemsOf = (w: Which, from: ChecklistTemplates) =>
    w === 'base' ? from.base : (from.byCause[w] ?? emptyStepItems());
  const withCurrent = (): ChecklistTemplates =>
    which === 'base'
      ? { ...templates, base: fromText(text) }
      : { ...templates, byCause: { ...templates.byCause, [which]: fromText(text) } };
  const choose = (next: Which) => {
    const kept = withCurrent();
    setTemplates(kept);
    setWhich(next);
    setText(toText(itemsOf(next, kept)));
  };
  const save = async () => {
    const next = withCurrent();
    setTemplates(next);
    await saveChecklistTemplates(next);
    setSaved(true);
  };
  const restore = () => {
    const defaults = defaultTemplates(currentLanguage(i18n.language));
    setTemplates(defaults);
    setText(toText(itemsOf(which, defaults)));
    setSaved(false);
  };

  return (
    <Stack maw={960}>
      <Text c="dimmed" size="sm">
        {t('recovery.settings.templates.intro')}
      </Text>
      <NativeSelect
        label={t('recovery.settings.templates.which')}
        data={[
          { value: 'base', label: t('recovery.settings.templates.base') },
          ...CAUSES.map((c) => ({
            value: c,
            label: t('recovery.settings.templates.forCause', { cause: t(causeLabel[c]) }),
          })),
        ]}
        value={which}
        onChange={(event) => choose(CAUSES.find((c) => c === event.currentTarget.value) ?? 'base')}
        w={420}
      />
      {which !== 'base' && <Text size="sm">{t('recovery.settings.templates.causeHint')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {RECOVERY_STEPS.map((step, index) => (
          <Textarea
            key={step}
            label={`${index + 1}. ${t(stepLabel[step])}`}
            description={t('recovery.settings.templates.onePerLine')}
            autosize
            minRows={3}
            value={text[step] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setText((all) => ({ ...all, [step]: value }));
              setSaved(false);
            }}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button onClick={() => void save()}>{t('recovery.settings.templates.save')}</Button>
        <Button variant="default" onClick={restore}>
          {t('recovery.settings.templates.restore')}
        </Button>
        <SavedNote saved={saved} />
      </Group>
    </Stack>
  );
}
