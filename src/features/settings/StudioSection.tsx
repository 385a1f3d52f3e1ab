import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveStudioProfile, useSetting } from '../../data';
import { validateStudioProfile, type StudioProfile } from '../../domain/settings';
import { FormFrame } from './FormFrame';
import { StudioFields, type StudioValues } from './StudioFields';
import { useSettingsForm } from './useSettingsForm';

export function StudioSection() {
  const profile = useSetting('studioProfile');
  return profile ? <StudioForm initial={profile} /> : <Loader />;
}

function StudioForm({ initial }: { initial: StudioProfile }) {
  const { t } = useTranslation();
  const { form, problem, submit, status } = useSettingsForm<StudioValues, StudioProfile>({
    section: 'studio',
    initialValues: initial,
    validate: validateStudioProfile,
    save: saveStudioProfile,
    toValues: (value) => ({ ...value }),
  });
  return (
    <FormFrame
      intro={t('settings.studio.intro')}
      problem={problem}
      status={status}
      submitting={form.submitting}
      onSubmit={submit}
    >
      <StudioFields form={form} />
    </FormFrame>
  );
}
