import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSetup, type FirstRunSetup } from '../../data';
import { DEFAULT_STANDARDS } from '../../domain/deadlines';
import {
  EMPTY_STUDIO_PROFILE,
  validateStaffMember,
  validateStandards,
  validateStudioProfile,
  type SettingsResult,
} from '../../domain/settings';
import { changeLanguage, currentLanguage, LANGUAGES } from '../../i18n';
import {
  StandardsFields,
  StudioFields,
  toStandardsValues,
  translateErrors,
  type StandardsValues,
  type StudioValues,
} from '../settings';
import { DemoStep, StepIntro, UserStep, WelcomeStep, type UserValues } from './steps';

const LAST_STEP = 4;

/** A form whose messages come from a domain validator. */
function useCheckedForm<V extends Record<string, unknown>>(
  initialValues: V,
  check: (v: V) => SettingsResult<unknown>,
) {
  const { t } = useTranslation();
  return useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const result = check(values);
      return result.ok ? {} : translateErrors(result.errors, t);
    },
  });
}

/**
 * The first run: welcome, the studio, its response times, who is using
 * Riparo, and the offer of a demo register. Everything typed stays while
 * moving back and forth; it is stored in one go at the end, or the defaults
 * are taken straight from the welcome step.
 */
export function FirstRunWizard() {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState(0);
  const [withDemo, setWithDemo] = useState(false);
  const [saving, setSaving] = useState<'skip' | 'finish' | null>(null);
  const [failed, setFailed] = useState(false);
  const studio = useCheckedForm<StudioValues>({ ...EMPTY_STUDIO_PROFILE }, validateStudioProfile);
  const standards = useCheckedForm<StandardsValues>(toStandardsValues(DEFAULT_STANDARDS), validateStandards);
  const user = useCheckedForm<UserValues>({ name: '', role: '' }, (v) => validateStaffMember(v, []));

  const save = async (kind: 'skip' | 'finish', setup: FirstRunSetup, demo: boolean) => {
    setSaving(kind);
    setFailed(false);
    try {
      await completeSetup(setup, demo);
    } catch {
      setFailed(true);
      setSaving(null);
    }
  };
  const skip = () =>
    save('skip', { studioProfile: EMPTY_STUDIO_PROFILE, standards: DEFAULT_STANDARDS }, false);
  const finish = () => {
    const [profile, times, person] = [
      validateStudioProfile(studio.values),
      validateStandards(standards.values),
      validateStaffMember(user.values, []),
    ];
    if (!profile.ok || !times.ok || !person.ok) return;
    void save(
      'finish',
      { studioProfile: profile.value, standards: times.value, user: person.value },
      withDemo,
    );
  };
  const formOf = [null, studio, standards, user] as const;
  const next = () => {
    const form = formOf[step];
    if (form && form.validate().hasErrors) return;
    if (step === LAST_STEP) finish();
    else setStep(step + 1);
  };

  return (
    <Container size={980} py="xl">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={1}>{t('firstRun.title')}</Title>
          <SegmentedControl
            size="xs"
            aria-label={t('language.label')}
            value={currentLanguage(i18n.language)}
            onChange={(value) => changeLanguage(currentLanguage(value))}
            data={LANGUAGES.map((lng) => ({
              value: lng,
              label: lng === 'it' ? t('language.it') : t('language.en'),
            }))}
          />
        </Group>
        <Paper withBorder p="xl" radius="md">
          <Stepper
            active={step}
            onStepClick={setStep}
            allowNextStepsSelect={false}
            size="sm"
            aria-label={t('firstRun.stepsLabel')}
          >
            <Stepper.Step label={t('firstRun.step.welcome')}>
              <WelcomeStep
                onStart={() => setStep(1)}
                onSkip={() => void skip()}
                skipping={saving === 'skip'}
              />
            </Stepper.Step>
            <Stepper.Step label={t('firstRun.step.studio')}>
              <Stack gap="md">
                <StepIntro title={t('firstRun.step.studio')} text={t('firstRun.studioIntro')} />
                <StudioFields form={studio} />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('firstRun.step.standards')}>
              <Stack gap="md">
                <StepIntro title={t('firstRun.step.standards')} text={t('firstRun.standardsIntro')} />
                <Text size="sm">{t('settings.standards.intro')}</Text>
                <StandardsFields form={standards} />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('firstRun.step.user')}>
              <UserStep form={user} />
            </Stepper.Step>
            <Stepper.Step label={t('firstRun.step.demo')}>
              <DemoStep withDemo={withDemo} onChange={setWithDemo} />
            </Stepper.Step>
          </Stepper>
          {failed && (
            <Alert color="red" role="alert" mt="lg">
              {t('firstRun.finishFailed')}
            </Alert>
          )}
          {step > 0 && (
            <Group justify="flex-end" mt="xl">
              <Button variant="default" onClick={() => setStep(step - 1)}>
                {t('firstRun.back')}
              </Button>
              <Button onClick={next} loading={saving === 'finish'}>
                {t(step === LAST_STEP ? 'firstRun.finish' : 'firstRun.next')}
              </Button>
            </Group>
          )}
        </Paper>
      </Stack>
    </Container>
  );
}
