import { describe, expect, it } from 'vitest';
import {
  completedSteps,
  currentStep,
  incompleteStepsFor,
  nextItem,
  setItemDone,
  setItemNote,
  stepProgress,
} from './checklist';
import { RECOVERY_STEPS, type ChecklistItem, type RecoveryStep } from './steps';
import { checklistFromTemplates, defaultTemplates } from './template';

let n = 0;
const id = () => `i${++n}`;
const items = () => checklistFromTemplates(defaultTemplates('it'), 'quality', id);
const tickSteps = (list: ChecklistItem[], steps: readonly RecoveryStep[]) =>
  list.reduce(
    (acc, item) =>
      steps.includes(item.step) ? setItemDone(acc, item.id, true, '2026-04-03T10:00:00Z') : acc,
    list,
  );

describe('the checklist', () => {
  it('starts at Ascoltare with its first item as the next thing to do', () => {
    const list = items();
    expect(currentStep(list)).toBe('listen');
    expect(nextItem(list)?.text).toMatch(/senza interrompere/);
    expect(completedSteps(list)).toBe(0);
  });

  it('moves the current step on as steps are completed', () => {
    const list = tickSteps(items(), ['listen', 'apologise']);
    expect(currentStep(list)).toBe('investigate');
    expect(completedSteps(list)).toBe(2);
    expect(stepProgress(list)[2]).toEqual({ step: 'investigate', done: 0, total: 4 });
  });

  it('has no current step once everything is done', () => {
    const list = tickSteps(items(), RECOVERY_STEPS);
    expect(currentStep(list)).toBeUndefined();
    expect(nextItem(list)).toBeUndefined();
    expect(completedSteps(list)).toBe(7);
  });

  it('records who and when on ticking, and forgets them on unticking', () => {
    const [first] = items();
    if (!first) throw new Error('no items');
    const ticked = setItemDone([first], first.id, true, '2026-04-03T10:00:00Z', 'anna');
    expect(ticked[0]).toMatchObject({ done: true, doneAt: '2026-04-03T10:00:00Z', doneBy: 'anna' });
    const unticked = setItemDone(ticked, first.id, false, '2026-04-03T11:00:00Z');
    expect(unticked[0]?.done).toBe(false);
    expect(unticked[0] && 'doneAt' in unticked[0]).toBe(false);
    expect(setItemNote(unticked, first.id, 'chiamata')[0]?.note).toBe('chiamata');
  });
});

describe('checklist and lifecycle agreement', () => {
  it('asks nothing to acknowledge a complaint', () => {
    expect(incompleteStepsFor('acknowledge', items())).toEqual([]);
  });

  it('flags an incomplete Risolvere when resolving', () => {
    const list = tickSteps(items(), ['listen', 'apologise', 'investigate', 'empower']);
    expect(incompleteStepsFor('resolve', list)).toEqual(['resolve']);
  });

  it('lists every earlier step still open, in step order', () => {
    expect(incompleteStepsFor('propose_solution', items())).toEqual(['listen', 'apologise', 'investigate']);
  });

  it('agrees once the expected steps are complete, whatever comes later', () => {
    const list = tickSteps(items(), ['listen', 'apologise', 'investigate', 'resolve', 'empower']);
    expect(incompleteStepsFor('resolve', list)).toEqual([]);
    expect(incompleteStepsFor('close', list)).toEqual(['communicate', 'follow_up']);
  });

  it('never blocks side steps such as pausing the clock', () => {
    expect(incompleteStepsFor('pause_clock', items())).toEqual([]);
    expect(incompleteStepsFor('mark_unfounded', items())).toEqual([]);
  });
});

describe('templates', () => {
  it('adds the cause’s own items after the base ones', () => {
    const pricing = checklistFromTemplates(defaultTemplates('it'), 'pricing', id);
    const investigate = pricing.filter((i) => i.step === 'investigate').map((i) => i.text);
    expect(investigate.at(-2)).toMatch(/incarico e il preventivo/);
    expect(investigate).toHaveLength(5);
  });

  it('has concrete items for every step in both languages', () => {
    for (const language of ['it', 'en'] as const) {
      const t = defaultTemplates(language);
      for (const step of RECOVERY_STEPS) expect(t.base[step].length).toBeGreaterThan(0);
    }
  });

  it('copies the texts, so a later template edit leaves an existing checklist as it was', () => {
    const templates = defaultTemplates('it');
    const list = checklistFromTemplates(templates, 'quality', id);
    const edited = { ...templates, base: { ...templates.base, listen: ['Nuova voce'] } };
    expect(list[0]?.text).toMatch(/senza interrompere/);
    expect(checklistFromTemplates(edited, 'quality', id)[0]?.text).toBe('Nuova voce');
  });

  it('skips blank lines', () => {
    const t = defaultTemplates('en');
    const list = checklistFromTemplates({ ...t, base: { ...t.base, listen: ['  ', 'Listen'] } }, 'other', id);
    expect(list.filter((i) => i.step === 'listen').map((i) => i.text)).toEqual(['Listen']);
  });
});
