import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addSurvey, useClientSearch, useServiceAreas } from '../../data';
import { DIMENSIONS, isLevel, type Dimension, type Level } from '../../domain/quality';
import { needsFollowUp, surveyProblems, type SurveyDraft, type SurveyProblem } from '../../domain/surveys';
import { DayInput } from '../../ui/DayInput';
import { today } from './today';
import { dimensionLabel } from '../quality';
import { blankServqual, ServqualFields, toServqualAnswers, type ServqualValues } from './ServqualFields';

/** The short form asks the five dimensions directly; the full one asks the 22 SERVQUAL statements. */
type FormKind = 'short' | 'full';

interface Values {
  date: string;
  nps: number | string;
  csat: number | string;
  comment: string;
  clientId: string;
  serviceAreaId: string;
  dimensions: Record<Dimension, number | string>;
  form: FormKind;
  servqual: ServqualValues;
}

const blank = (date: string, serviceAreaId: string, clientId = '', previous?: Values): Values => ({
  date,
  nps: '',
  csat: '',
  comment: '',
  clientId,
  serviceAreaId,
  dimensions: { tangibles: '', reliability: '', responsiveness: '', assurance: '', empathy: '' },
  // The next paper in the pile is most likely the same questionnaire.
  form: previous?.form ?? 'short',
  servqual: blankServqual(previous?.servqual.mode),
});

/** Message keys of each problem, written out whole for the key check. */
const PROBLEM_MESSAGE = {
  date: 'surveys.form.error.date',
  nps: 'surveys.form.error.nps',
  csat: 'surveys.form.error.csat',
  dimension: 'surveys.form.error.dimension',
  servqual: 'surveys.form.error.servqual',
} as const satisfies Record<SurveyProblem, string>;

/**
 * Typing in paper surveys, one after another, by keyboard: Enter saves, the
 * form clears but keeps the date and service area, and the cursor goes back
 * to the recommendation question for the next answer.
 */
export interface SurveyOfComplaint {
  readonly id: string;
  readonly code: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly serviceAreaId?: string;
}

export function SurveyForm({ complaint }: { complaint?: SurveyOfComplaint }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() =>
    blank(today(), complaint?.serviceAreaId ?? '', complaint?.clientId ?? ''),
  );
  const [problems, setProblems] = useState<SurveyProblem[]>([]);
  const [clientSearch, setClientSearch] = useState('');
  const clients = useClientSearch(clientSearch, 20) ?? [];
  const areas = useServiceAreas() ?? [];
  const npsRef = useRef<HTMLInputElement>(null);

  const draft = (): SurveyDraft => {
    const full = values.form === 'full';
    const dimensions: SurveyDraft['dimensions'] = Object.fromEntries(
      DIMENSIONS.filter((d) => !full && values.dimensions[d] !== '').map((d) => {
        // A level out of range is kept as typed so surveyProblems below can name it.
        return [d, { perceived: Number(values.dimensions[d]) as Level }];
      }),
    );
    return {
      date: values.date,
      nps: values.nps === '' ? NaN : Number(values.nps),
      csat: values.csat === '' ? NaN : Number(values.csat),
      dimensions,
      ...(full && { servqual: toServqualAnswers(values.servqual) }),
      comment: values.comment.trim(),
      source: 'manual',
      ...(values.clientId ? { clientId: values.clientId } : {}),
      ...(values.serviceAreaId ? { serviceAreaId: values.serviceAreaId } : {}),
      ...(complaint ? { complaintId: complaint.id } : {}),
    };
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const answer = draft();
    const found = surveyProblems(answer);
    setProblems(found);
    if (found.length > 0) return;
    await addSurvey(answer, today());
    notifications.show({
      color: needsFollowUp(answer) ? 'orange' : 'teal',
      message: t(needsFollowUp(answer) ? 'surveys.form.savedWithFollowUp' : 'surveys.form.saved'),
      closeButtonProps: { 'aria-label': t('app.close') },
    });
    setValues(blank(values.date, values.serviceAreaId, complaint?.clientId, values));
    setClientSearch('');
    npsRef.current?.focus();
  };
  const error = (p: SurveyProblem) => (problems.includes(p) ? t(PROBLEM_MESSAGE[p]) : undefined);
  const clientData = clients.map((c) => ({ value: c.id, label: c.name }));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="survey-form">
      <Title order={2} size="h4" id="survey-form" mb="sm">
        {t('surveys.form.title')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            ref={npsRef}
            label={t('surveys.field.nps')}
            description={t('surveys.field.npsHint')}
            min={0}
            max={10}
            allowDecimal={false}
            withAsterisk
            autoFocus
            value={values.nps}
            onChange={(nps) => setValues((v) => ({ ...v, nps }))}
            error={error('nps')}
          />
          <NumberInput
            label={t('surveys.field.csat')}
            description={t('surveys.field.csatHint')}
            min={1}
            max={5}
            allowDecimal={false}
            withAsterisk
            value={values.csat}
            onChange={(csat) => setValues((v) => ({ ...v, csat }))}
            error={error('csat')}
          />
          <DayInput
            label={t('surveys.field.date')}
            placeholder={t('surveys.field.datePlaceholder')}
            withAsterisk
            value={values.date || null}
            onChange={(date) => setValues((v) => ({ ...v, date: date ?? '' }))}
            error={error('date')}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm" align="center">
          <Text size="sm" fw={500}>
            {t('surveys.servqual.form')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('surveys.servqual.form')}
            value={values.form}
            onChange={(f) => setValues((v) => ({ ...v, form: f === 'full' ? 'full' : 'short' }))}
            data={[
              { value: 'short', label: t('surveys.servqual.short') },
              { value: 'full', label: t('surveys.servqual.full') },
            ]}
          />
        </Group>
        {values.form === 'full' ? (
          <ServqualFields
            value={values.servqual}
            onChange={(update) => setValues((v) => ({ ...v, servqual: update(v.servqual) }))}
            invalid={problems.includes('servqual')}
          />
        ) : (
          <>
            <Text size="sm" fw={500} mt="md">
              {t('surveys.field.dimensions')}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
              {DIMENSIONS.map((d) => (
                <NumberInput
                  key={d}
                  label={t(dimensionLabel[d])}
                  min={1}
                  max={7}
                  allowDecimal={false}
                  value={values.dimensions[d]}
                  onChange={(level) =>
                    setValues((v) => ({ ...v, dimensions: { ...v.dimensions, [d]: level } }))
                  }
                  error={
                    problems.includes('dimension') &&
                    values.dimensions[d] !== '' &&
                    !isLevel(Number(values.dimensions[d]))
                  }
                />
              ))}
            </SimpleGrid>
            {problems.includes('dimension') && (
              <Text c="red" size="sm" role="alert">
                {t('surveys.form.error.dimension')}
              </Text>
            )}
          </>
        )}
        {problems.includes('servqual') && (
          <Text c="red" size="sm" role="alert">
            {t('surveys.form.error.servqual')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="md">
          {complaint ? (
            <TextInput
              label={t('surveys.field.client')}
              description={t('surveys.form.ofComplaint', { code: complaint.code })}
              value={complaint.clientName}
              readOnly
            />
          ) : (
            <Select
              label={t('surveys.field.client')}
              description={t('surveys.field.clientHint')}
              searchable
              clearable
              data={clientData}
              value={values.clientId || null}
              onChange={(id) => setValues((v) => ({ ...v, clientId: id ?? '' }))}
              searchValue={clientSearch}
              onSearchChange={setClientSearch}
              filter={({ options }) => options}
            />
          )}
          <Select
            label={t('surveys.field.serviceArea')}
            clearable
            data={areas.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))}
            value={values.serviceAreaId || null}
            onChange={(id) => setValues((v) => ({ ...v, serviceAreaId: id ?? '' }))}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('surveys.field.comment')}
          autosize
          minRows={2}
          maxLength={2000}
          value={values.comment}
          onChange={(e) => {
            const comment = e.currentTarget.value;
            setValues((v) => ({ ...v, comment }));
          }}
        />
        <Group justify="flex-end" mt="md">
          <Button type="submit">{t('surveys.form.save')}</Button>
        </Group>
      </form>
    </Paper>
  );
}
