import type { Cause } from '../../src/domain/complaint';

// Italian word lists for the generated register, so that rows carry text of
// the length and shape a studio really stores (names with accents and
// apostrophes, legal forms, a client's own sentences), which is what the
// search-word index and structured cloning cost depends on.

export const FIRST_NAMES = [
  'Mario',
  'Giulia',
  'Luca',
  'Francesca',
  'Giuseppe',
  'Chiara',
  'Marco',
  'Sara',
  'Antonio',
  'Elena',
  'Alessandro',
  'Valentina',
  'Giovanni',
  'Martina',
  'Roberto',
  'Federica',
  'Stefano',
  'Silvia',
  'Nicolò',
  'Paola',
  'Andrea',
  'Laura',
  'Davide',
  'Anna',
  'Simone',
  'Lucia',
  'Matteo',
  'Ilaria',
  'Fabio',
  'Noemi',
] as const;

export const SURNAMES = [
  'Rossi',
  'Russo',
  'Ferrari',
  'Esposito',
  'Bianchi',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'De Luca',
  'Mancini',
  'Costa',
  'Giordano',
  'Rizzo',
  'Lombardi',
  'Moretti',
  'Barbieri',
  'Fontana',
  'Santoro',
  'Mariani',
  'Rinaldi',
  'Caruso',
  'Ferrara',
  'Galli',
  'Martini',
  'Leone',
  'Longo',
  'Gentile',
  'Martinelli',
  'Vitale',
  'Lombardo',
  'Serra',
  'Coppola',
  'De Santis',
  "D'Angelo",
  'Fabbri',
] as const;

export const BUSINESSES = [
  'Costruzioni',
  'Trasporti',
  'Impianti',
  'Ristorazione',
  'Arredamenti',
  'Autofficina',
  'Panificio',
  'Farmacia',
  'Immobiliare',
  'Tipografia',
  'Serramenti',
  'Agriturismo',
  'Ottica',
  'Elettronica',
  'Ceramiche',
] as const;

export const LEGAL_FORMS = ['s.r.l.', 's.r.l.s.', 's.n.c.', 's.a.s.', 's.p.a.'] as const;

export const TITLES: Record<Cause, readonly string[]> = {
  quality: [
    'Errore nella dichiarazione dei redditi',
    'Pratica consegnata incompleta',
    'Calcolo errato del ravvedimento',
    'Documento con dati anagrafici sbagliati',
    'Bilancio depositato con un refuso',
  ],
  personalization: [
    'Consulenza troppo generica',
    'Nessuna attenzione alle esigenze della famiglia',
    'Proposta standard non adatta alla ditta',
    'Il professionista non ricordava la pratica',
  ],
  communication: [
    'Nessuna risposta alle email',
    'Telefonate senza risposta',
    'Scadenza comunicata in ritardo',
    'Linguaggio troppo tecnico',
    'Appuntamento spostato senza avviso',
  ],
  pricing: [
    'Parcella più alta del preventivo',
    'Voci di costo non spiegate',
    'Aumento della tariffa non concordato',
    'Fattura emessa due volte',
  ],
  after_sales: [
    'Nessun seguito dopo la consegna',
    'Chiarimenti sulla pratica chiusa negati',
    'Copia dei documenti non restituita',
  ],
  profit_orientation: [
    'Servizi aggiuntivi non richiesti',
    'Proposta di pratiche inutili',
    'Pressione per rinnovare il mandato',
  ],
  other: ['Sala d’attesa affollata', 'Parcheggio dello studio inaccessibile', 'Orari di apertura ridotti'],
};

/** What happened, in the client's own words. */
export const CLIENT_WORDS: Record<Cause, readonly string[]> = {
  quality: [
    'Nel modello inviato mancava la detrazione per le spese mediche che avevo consegnato a marzo.',
    "L'acconto è stato calcolato sul reddito dell'anno sbagliato e ho pagato quasi il doppio.",
    'Nella visura allegata c’era ancora il vecchio indirizzo della sede.',
  ],
  personalization: [
    'La soluzione proposta non teneva conto dei miei due figli a carico.',
    "Nessuno mi ha chiesto quali fossero i programmi dell'azienda per il prossimo anno.",
    'Ho ricevuto lo stesso modulo precompilato che mandate a tutti.',
  ],
  communication: [
    'Ho scritto tre volte alla segreteria e non ho mai ricevuto risposta.',
    "Ho saputo della scadenza dall'Agenzia delle Entrate, non da voi.",
    'Al telefono mi hanno dato spiegazioni che non ho capito.',
  ],
  pricing: [
    'In fattura ci sono trecento euro in più rispetto al preventivo che avevo firmato.',
    'Non capisco a cosa corrispondano le spese generali addebitate.',
    'La tariffa oraria è aumentata senza che nessuno me lo dicesse.',
  ],
  after_sales: [
    'Dopo la consegna della pratica nessuno ha più risposto alle mie domande.',
    'Aspetto da settimane che mi restituiate gli originali.',
  ],
  profit_orientation: [
    'Mi avete proposto una consulenza che non avevo chiesto.',
    "Ho l'impressione che le pratiche vengano moltiplicate per aumentare la parcella.",
  ],
  other: [
    "Ho aspettato quaranta minuti oltre l'orario dell'appuntamento.",
    'Non c’era modo di parcheggiare vicino allo studio con la carrozzina.',
  ],
};

export const EXPECTATIONS = [
  'Una risposta entro pochi giorni',
  'Essere avvisato per tempo delle scadenze',
  'Pagare quanto concordato nel preventivo',
  'Una pratica corretta al primo invio',
  'Parlare con il professionista che segue la pratica',
] as const;

export const REMEDIES = [
  'La correzione della pratica entro la prossima scadenza',
  'Un appuntamento con il titolare dello studio',
  'Il rimborso della differenza',
  'Una risposta scritta',
  'Nessuna: vuole solo che lo studio lo sappia',
] as const;

export const UNFOUNDED_REASONS = [
  'La scadenza era indicata nella lettera di incarico firmata dal cliente.',
  'Le spese contestate sono previste dal preventivo accettato.',
] as const;
