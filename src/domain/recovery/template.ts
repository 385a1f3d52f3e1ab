import type { Cause } from '../complaint';
import { RECOVERY_STEPS, type ChecklistItem, type RecoveryStep } from './steps';

/** Item texts per step. */
export type StepItems = Readonly<Record<RecoveryStep, readonly string[]>>;

/**
 * The studio's checklist templates (*Modelli di checklist*): the items every
 * complaint gets, plus items a cause adds on top of them.
 */
export interface ChecklistTemplates {
  readonly base: StepItems;
  readonly byCause: Readonly<Partial<Record<Cause, StepItems>>>;
}

export const emptyStepItems = (): StepItems =>
  Object.fromEntries(RECOVERY_STEPS.map((step) => [step, []])) as unknown as StepItems;

const BASE_IT: StepItems = {
  listen: [
    'Lasciare parlare il cliente senza interrompere né giustificarsi',
    'Annotare con le sue parole che cosa è successo e che cosa si aspettava',
    'Registrare come si sente (frustrazione, sfiducia, senso di ingiustizia…)',
  ],
  apologise: [
    "Scusarsi per l'esperienza vissuta, senza cercare colpevoli",
    'Ringraziare il cliente per averci segnalato il problema',
    'Inviare la conferma di presa in carico con il codice di protocollo',
  ],
  investigate: [
    'Raccogliere documenti, e-mail e appunti della pratica',
    'Fare al cliente le domande mancanti, precise e per iscritto se serve',
    'Individuare la causa e il divario tra promesso, offerto e percepito',
  ],
  resolve: [
    'Definire una soluzione concreta, con che cosa si farà ed entro quando',
    'Valutare se serve una compensazione e quanto costa rispetto al valore a rischio',
    'Proporre la soluzione al cliente e registrarne la risposta',
  ],
  empower: [
    'Verificare che la decisione rientri nel limite di delega di chi gestisce il reclamo',
    "Ottenere l'approvazione del titolare se il limite è superato",
  ],
  communicate: [
    'Aggiornare il cliente su avanzamento, tempi e prossimi passi',
    'Concordare e annotare la data del prossimo contatto',
    'Confermare per iscritto la soluzione realizzata',
  ],
  follow_up: [
    'Richiamare il cliente alla data di follow-up',
    'Chiedere la soddisfazione per la gestione (1–5) e se i sentimenti sono cambiati',
    'Annotare se il rapporto è recuperato e che cosa migliorare',
  ],
};

const BASE_EN: StepItems = {
  listen: [
    'Let the client speak without interrupting or justifying',
    'Write down in their words what happened and what they expected',
    'Record how they feel (frustration, distrust, sense of injustice…)',
  ],
  apologise: [
    'Apologise for the experience, without looking for culprits',
    'Thank the client for telling us about the problem',
    'Send the acknowledgement with the protocol code',
  ],
  investigate: [
    'Gather the documents, e-mails and notes of the matter',
    'Ask the client the missing questions, precisely and in writing if needed',
    'Find the cause and the gap between promised, offered and perceived',
  ],
  resolve: [
    'Define a concrete solution: what will be done and by when',
    'Decide whether a compensation is needed and what it costs against the value at risk',
    'Propose the solution to the client and record their answer',
  ],
  empower: [
    "Check the decision is within the handler's delegated authority",
    "Get the owner's sign-off if the limit is exceeded",
  ],
  communicate: [
    'Update the client on progress, time needed and next steps',
    'Agree and note the date of the next contact',
    'Confirm the completed solution in writing',
  ],
  follow_up: [
    'Call the client back on the follow-up date',
    'Ask their satisfaction with the handling (1–5) and whether their feelings changed',
    'Note whether the relationship was kept and what to improve',
  ],
};

/** Items some causes add (only non-empty steps are listed). */
const BY_CAUSE_IT: Partial<Record<Cause, Partial<Record<RecoveryStep, string[]>>>> = {
  pricing: {
    investigate: [
      "Verificare l'incarico e il preventivo firmati",
      'Confrontare la parcella con quanto pattuito',
    ],
    communicate: ['Spiegare voce per voce come è stata calcolata la parcella'],
  },
  communication: {
    investigate: ['Ricostruire i contatti: chi ha scritto o chiamato, quando, con quale risposta'],
    communicate: ['Indicare al cliente un referente e un recapito diretti'],
  },
  quality: { investigate: ['Far rivedere il lavoro da un collega che non lo ha seguito'] },
};

const BY_CAUSE_EN: Partial<Record<Cause, Partial<Record<RecoveryStep, string[]>>>> = {
  pricing: {
    investigate: ['Check the signed engagement and fee estimate', 'Compare the invoice with what was agreed'],
    communicate: ['Explain line by line how the fee was calculated'],
  },
  communication: {
    investigate: ['Reconstruct the contacts: who wrote or called, when, with what answer'],
    communicate: ['Give the client a direct contact person and number'],
  },
  quality: { investigate: ['Have the work reviewed by a colleague who did not handle it'] },
};

const fill = (partial: Partial<Record<RecoveryStep, string[]>>): StepItems => ({
  ...emptyStepItems(),
  ...partial,
});

/** The templates Riparo starts with, in the studio's language; the studio edits them in settings. */
export function defaultTemplates(language: 'it' | 'en'): ChecklistTemplates {
  const [base, byCause] = language === 'en' ? [BASE_EN, BY_CAUSE_EN] : [BASE_IT, BY_CAUSE_IT];
  return {
    base,
    byCause: Object.fromEntries(Object.entries(byCause).map(([cause, items]) => [cause, fill(items)])),
  };
}

/**
 * A new complaint's checklist: the base items of each step followed by the
 * items its cause adds, blank lines skipped. The texts are copied, so editing
 * a template later leaves this checklist as it was.
 */
export function checklistFromTemplates(
  templates: ChecklistTemplates,
  cause: Cause,
  newId: () => string,
): ChecklistItem[] {
  const extra = templates.byCause[cause];
  return RECOVERY_STEPS.flatMap((step) =>
    [...templates.base[step], ...(extra?.[step] ?? [])]
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ id: newId(), step, text, done: false, note: '' })),
  );
}
