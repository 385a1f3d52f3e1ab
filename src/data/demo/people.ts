import type { NewClient } from '../../domain/client/client';
import type { Random } from './random';

// Fictitious clients: common Italian names combined at random, and company
// names made of ordinary words. Any likeness to a real person is chance; no
// tax id or telephone number is invented, and e-mails use example.com, a
// domain reserved for examples, so nothing can ever reach a real mailbox.

const WOMEN = (
  'Alessandra, Anna, Beatrice, Carla, Chiara, Cristina, Daniela, Elena, Elisa, Federica, ' +
  'Francesca, Giovanna, Giulia, Ilaria, Laura, Lucia, Marta, Monica, Paola, Roberta, ' +
  'Rossella, Sara, Serena, Silvia, Simona, Valentina'
).split(', ');

const MEN = (
  'Alberto, Alessandro, Andrea, Antonio, Claudio, Davide, Enrico, Fabio, Filippo, Francesco, ' +
  'Gianluca, Giorgio, Giuseppe, Luca, Marco, Massimo, Matteo, Michele, Nicola, Paolo, ' +
  'Pietro, Roberto, Sergio, Stefano, Tommaso, Vittorio'
).split(', ');

const SURNAMES = (
  'Amato, Barbieri, Bellini, Benedetti, Bernardi, Bianchi, Caputo, Carbone, Cattaneo, ' +
  'Colombo, Costa, De Luca, De Santis, Esposito, Fabbri, Ferrari, Fontana, Galli, Gentile, ' +
  'Giordano, Grasso, Guerra, Leone, Longo, Mancini, Mariani, Martinelli, Mazza, Monti, ' +
  'Morelli, Moretti, Negri, Orlando, Palumbo, Pellegrini, Piras, Rinaldi, Ricci, Riva, ' +
  'Rizzo, Romano, Ruggiero, Russo, Sala, Sanna, Santoro, Serra, Testa, Valentini, Villa, ' +
  'Vitale, Zanetti'
).split(', ');

// "Trade:legal form" pairs, and made-up brand names, for the companies.
const TRADES = (
  'Ferramenta:snc, Panificio:snc, Autofficina:snc, Farmacia:snc, Trattoria:sas, Ottica:sas, ' +
  'Pasticceria:sas, Tipografia:sas, Impresa edile:srl, Trasporti:srl, Serramenti:srl, ' +
  'Agriturismo:srl, Studio tecnico:associati, Falegnameria:snc, Lavanderia:sas'
)
  .split(', ')
  .map((entry) => entry.split(':') as [string, string]);

const BRANDS = (
  'Edilnova, Meccanica Padana, Tessitura Collina, Logistica Adriatica, Vetreria Alpina, ' +
  'Casearia del Borgo, Idraulica Moderna, Cantina dei Colli, Arredi Ponte, Elettrotecnica Valle, ' +
  'Frantoio San Marco, Informatica Duemila, Immobiliare Le Querce, Stampi e Presse'
).split(', ');

const FORMS = ['srl', 'srls', 'spa', 'srl'] as const;

const LEGAL_FORM: Record<string, string> = {
  snc: 's.n.c.',
  sas: 's.a.s.',
  srl: 's.r.l.',
  srls: 's.r.l.s.',
  spa: 's.p.a.',
  associati: 'associati',
};

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

function person(random: Random): NewClient {
  const first = random.chance(0.5) ? random.pick(WOMEN) : random.pick(MEN);
  const surname = random.pick(SURNAMES);
  return {
    // The register lists people surname first, as Italian offices do.
    name: `${surname} ${first}`,
    kind: 'person',
    email: random.chance(0.8) ? `${slug(first)}.${slug(surname)}@example.com` : '',
    phone: '',
    pec: '',
    taxId: '',
    annualValue: 50 * random.int(6, 60),
    notes: '',
  };
}

function company(random: Random): NewClient {
  let base: string;
  let form: string;
  if (random.chance(0.55)) {
    const [trade, tradeForm] = random.pick(TRADES);
    [base, form] = [`${trade} ${random.pick(SURNAMES)}`, tradeForm];
  } else {
    [base, form] = [random.pick(BRANDS), random.pick(FORMS)];
  }
  const handle = slug(base);
  return {
    name: `${base} ${LEGAL_FORM[form] ?? ''}`.trim(),
    kind: 'company',
    email: `amministrazione@${handle}.example.com`,
    phone: '',
    pec: random.chance(0.7) ? `${handle}@pec.example.com` : '',
    taxId: '',
    annualValue: 250 * random.int(6, 100),
    notes: '',
  };
}

/** `count` distinct fictitious clients, about three people for every two companies. */
export function demoClients(random: Random, count: number): NewClient[] {
  const clients = new Map<string, NewClient>();
  for (let attempt = 0; clients.size < count && attempt < count * 20; attempt += 1) {
    const client = random.chance(0.6) ? person(random) : company(random);
    if (!clients.has(client.name)) clients.set(client.name, client);
  }
  return [...clients.values()];
}
