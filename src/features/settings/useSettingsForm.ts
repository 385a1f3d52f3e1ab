import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsResult } from '../../domain/settings';
import { translateErrors } from './formErrors';
import { saveState } from './SaveStatus';
import { useReportUnsaved } from './unsavedChanges';

export type FormProblem = 'formHasErrors' | 'saveFailed' | null;

interface Options<V extends Record<string, unknown>, T> {
  /** Names the section for the unsaved-changes guard. */
  readonly section: string;
  readonly initialValues: V;
  readonly validate: (values: V) => SettingsResult<T>;
  readonly save: (value: T) => Promise<void>;
  /** How the cleaned, saved value reads back in the form. */
  readonly toValues: (value: T) => V;
}

/**
 * A settings form: the domain validates, messages are translated next to each
 * field, a failed save keeps what was typed, and the save state ("Salvato",
 * "Modifiche non salvate") follows every change.
 */
export function useSettingsForm<V extends Record<string, unknown>, T>(options: Options<V, T>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<FormProblem>(null);
  const [savedOnce, setSavedOnce] = useState(false);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: (values) => {
      const result = options.validate(values);
      return result.ok ? {} : translateErrors(result.errors, t);
    },
  });
  const dirty = form.isDirty();
  useReportUnsaved(options.section, dirty);

  const submit = form.onSubmit(
    async (values) => {
      const result = options.validate(values);
      if (!result.ok) return;
      setProblem(null);
      try {
        await options.save(result.value);
        const saved = options.toValues(result.value);
        form.setValues(saved);
        form.resetDirty(saved);
        setSavedOnce(true);
      } catch {
        setProblem('saveFailed');
      }
    },
    () => setProblem('formHasErrors'),
  );

  return { form, problem, submit, status: saveState(dirty, savedOnce) };
}
