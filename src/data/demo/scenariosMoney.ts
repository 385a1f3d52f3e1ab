import type { Scenario } from './studio';

/** Complaints about fees, about the studio's interest coming first, and the odd one out. */
export const MONEY_SCENARIOS: readonly Scenario[] = [
  {
    cause: 'pricing',
    subCause: 'Parcella oltre il preventivo',
    area: 'Successioni e donazioni',
    severities: ['medium', 'high'],
    channels: ['email', 'pec', 'letter'],
    clientKind: 'person',
    title: 'Parcella della successione molto più alta del preventivo',
    clientWords:
      'Il preventivo era di 900 euro, la fattura è di 1.450. Nessuno mi ha avvisato che ci sarebbero stati costi in più e l’ho scoperto solo aprendo la fattura.',
    expectation: 'Essere avvisata prima di qualsiasi aumento.',
    remedy: 'La fattura riportata al preventivo, o almeno la spiegazione delle voci.',
    feelings: ['injustice', 'loss_of_trust'],
  },
  {
    cause: 'pricing',
    subCause: 'Voci di costo non spiegate',
    area: 'Contabilità e bilanci',
    severities: ['low', 'medium'],
    channels: ['email', 'phone'],
    title: 'Voce «spese di segreteria» comparsa in fattura',
    clientWords:
      'Da quest’anno in fattura c’è una voce di spese di segreteria di 80 euro a trimestre. Non ne avevamo mai parlato e nel mandato non c’è.',
    expectation: 'Che i costi nuovi vengano concordati.',
    remedy: 'Lo storno della voce o un mandato aggiornato da firmare.',
    feelings: ['injustice'],
  },
  {
    cause: 'pricing',
    subCause: 'Parcella oltre il preventivo',
    area: 'Contenzioso tributario',
    severities: ['high'],
    channels: ['pec', 'email', 'in_person'],
    title: 'Costo del ricorso superiore alla somma contestata',
    clientWords:
      'Per un accertamento di 3.000 euro mi arriva una parcella di 2.800. Se l’avessi saputo avrei valutato di pagare. Nessuno mi ha fatto fare questo conto all’inizio.',
    expectation: 'Essere aiutato a decidere se conveniva fare ricorso.',
    remedy: 'Uno sconto sulla parcella.',
    feelings: ['injustice', 'loss_of_trust', 'word_of_mouth'],
  },
  {
    cause: 'profit_orientation',
    subCause: 'Servizi non richiesti',
    area: 'Consulenza societaria',
    severities: ['medium', 'high'],
    channels: ['email', 'in_person'],
    clientKind: 'company',
    title: 'Proposta insistente di un servizio di consulenza non richiesto',
    clientWords:
      'Ogni volta che chiamo per una domanda semplice mi viene proposto il pacchetto di consulenza strategica. Ho l’impressione che lo studio pensi più a vendere che ad ascoltare.',
    expectation: 'Risposte alle mie domande, non offerte commerciali.',
    remedy: 'Nessuna proposta commerciale se non la chiedo io.',
    feelings: ['loss_of_trust', 'not_heard'],
  },
  {
    cause: 'profit_orientation',
    area: 'Dichiarazioni dei redditi',
    severities: ['medium'],
    channels: ['phone', 'email', 'website_review'],
    clientKind: 'person',
    title: 'Appuntamento a pagamento per una domanda da due minuti',
    clientWords:
      'Volevo solo sapere se la ricevuta dell’asilo nido va conservata. Mi hanno detto che serve un appuntamento da 60 euro. Mi sembra una scelta fatta per fatturare.',
    expectation: 'Una risposta veloce a una domanda semplice.',
    remedy: 'La risposta, senza appuntamento.',
    feelings: ['injustice', 'word_of_mouth'],
  },
  {
    cause: 'other',
    area: 'Contabilità e bilanci',
    severities: ['low'],
    channels: ['in_person', 'social', 'website_review'],
    title: 'Nessun parcheggio per i clienti vicino allo studio',
    clientWords:
      'Da quando avete tolto i posti riservati davanti allo studio devo girare mezz’ora per parcheggiare. Per chi ha difficoltà a camminare è un problema vero.',
    expectation: 'Un modo per arrivare senza fatica.',
    remedy: 'Un posto riservato o la possibilità di consegnare i documenti in altro modo.',
    feelings: ['frustration'],
  },
  {
    cause: 'other',
    area: 'Paghe e contributi',
    severities: ['low', 'medium'],
    channels: ['email', 'other'],
    clientKind: 'company',
    title: 'Documenti originali restituiti rovinati',
    clientWords:
      'Mi avete restituito i contratti originali dei dipendenti piegati e con una macchia di caffè. Sono documenti che devo conservare.',
    expectation: 'Che i documenti tornassero come li avevo consegnati.',
    remedy: 'Più cura nella conservazione dei documenti dei clienti.',
    feelings: ['frustration', 'loss_of_trust'],
  },
];
