import { Button, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveStandards, useSetting } from '../../data';
import { DEFAULT_STANDARDS, type Standards } from '../../domain/deadlines';
import { validateStandards } from '../../domain/settings';
import { FormFrame } from './FormFrame';
import { StandardsFields, toStandardsValues, type StandardsValues } from './StandardsFields';
import { useSettingsForm } from './useSettingsForm';

export function StandardsSection() {
  const standards = useSetting('standards');
  return standards ? <StandardsForm initial={standards} /> : <Loader />;
}

function StandardsForm({ initial }: { initial: Standards }) {
  const { t } = useTranslation();
  const { form, problem, submit, status } = useSettingsForm<StandardsValues, Standards>({
    section: 'standards',
    initialValues: toStandardsValues(initial),
    validate: validateStandards,
    save: saveStandards,
    toValues: toStandardsValues,
  });
  const restore = (
    <Button variant="subtle" onClick={() => form.setValues(toStandardsValues(DEFAULT_STANDARDS))}>
      {t('settings.standards.restoreDefaults')}
    </Button>
  );
  return (
    <FormFrame
      intro={t('settings.standards.intro')}
      problem={problem}
      status={status}
      submitting={form.submitting}
      onSubmit={submit}
      extra={restore}
    >
      <StandardsFields form={form} />
    </FormFrame>
  );
}
