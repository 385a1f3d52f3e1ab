import type { ClientKind } from '../../domain/client/client';
import type { Cause, Channel, Feeling, Severity } from '../../domain/complaint';

/** The demo studio: a firm of commercialisti with a lawyer, in a mid-sized Italian town. */
export const DEMO_STAFF = [
  { name: 'Dott.ssa Elena Marchetti', role: 'Titolare, dottore commercialista' },
  { name: 'Dott. Paolo Greco', role: 'Dottore commercialista' },
  { name: 'Avv. Lorenzo Bassi', role: 'Avvocato, contenzioso e contratti' },
  { name: 'Rag. Giorgio Lombardi', role: 'Consulente del lavoro' },
  { name: 'Martina Ferraro', role: 'Segreteria e accoglienza' },
  { name: 'Dott. Davide Conti', role: 'Praticante' },
] as const;

export const DEMO_SERVICE_AREAS = [
  'Contabilità e bilanci',
  'Dichiarazioni dei redditi',
  'Paghe e contributi',
  'Consulenza societaria',
  'Contenzioso tributario',
  'Contratti e recupero crediti',
  'Successioni e donazioni',
] as const;

export type DemoServiceArea = (typeof DEMO_SERVICE_AREAS)[number];

export const DEMO_SUB_CAUSES = {
  quality: ['Errore in una pratica', 'Consegna in ritardo', 'Modi scortesi'],
  personalization: ['Risposta standard a un caso particolare'],
  communication: ['Studio irraggiungibile', 'Spiegazioni poco chiare', 'Aggiornamenti mancanti'],
  pricing: ['Parcella oltre il preventivo', 'Voci di costo non spiegate'],
  after_sales: ['Nessun supporto dopo la consegna'],
  profit_orientation: ['Servizi non richiesti'],
  other: [],
} as const satisfies Record<Cause, readonly string[]>;

type SubCauseOf<C extends Cause> = (typeof DEMO_SUB_CAUSES)[C][number];

/** A kind of complaint the demo studio receives; each complaint varies one at random. */
export type Scenario = {
  [C in Cause]: {
    readonly cause: C;
    readonly subCause?: SubCauseOf<C>;
    readonly area: DemoServiceArea;
    readonly severities: readonly Severity[];
    readonly channels: readonly Channel[];
    /** Who makes this complaint, when only a person or only a company would. */
    readonly clientKind?: ClientKind;
    /** `{year}` becomes the tax year the complaint is about (the year before receipt). */
    readonly title: string;
    readonly clientWords: string;
    readonly expectation: string;
    readonly remedy: string;
    readonly feelings: readonly Feeling[];
  };
}[Cause];

/** Reasons the demo studio gives when it judges a complaint unfounded. */
export const UNFOUNDED_REASONS = [
  'La scadenza era stata comunicata per iscritto con due mesi di anticipo e il cliente ne aveva confermato la ricezione.',
  'Il preventivo firmato dal cliente prevedeva già la voce contestata, con lo stesso importo.',
  'Il ritardo dipende dall’ufficio pubblico competente, che non ha ancora evaso la pratica; lo studio ha rispettato i propri tempi.',
  'I documenti necessari sono arrivati dopo la data concordata: lo studio li ha lavorati entro due giorni dalla consegna.',
  'La cartella riguarda un’annualità in cui il cliente era seguito da un altro professionista.',
] as const;

/** How a studio's clients write: often by e-mail or phone, less often by PEC, rarely online. */
export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['email', 30],
  ['phone', 28],
  ['in_person', 16],
  ['pec', 10],
  ['letter', 4],
  ['website_review', 6],
  ['social', 3],
  ['other', 3],
];
