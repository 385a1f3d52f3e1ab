import { validateClient, type ClientValidationMessage } from '../client/clientValidation';
import type { ClientKind, NewClient } from '../client/client';
import { normalizeTaxId } from '../client/taxId';
import type { ComplaintIntake, LocalDateTime } from '../complaint/complaint';
import type { ComplaintState } from '../complaint/taxonomy';
import { COMPLAINT_STATES } from '../complaint/taxonomy';
import { toLocalDateTime, validateComplaintIntake } from '../complaint/validation';
import { foldText } from '../search';
import { readDateTime, type ParsedTable } from '../transfer/readTable';
import {
  REGISTER_FIELDS,
  REQUIRED_REGISTER_FIELDS,
  type RegisterField,
  type RegisterMapping,
} from './fields';

/** Message keys of the import's own checks; the UI translates them. */
export type ImportProblem =
  | 'backup.import.problem.columnMissing'
  | 'backup.import.problem.closedAtMissing'
  | 'backup.import.problem.closedWhileOpen'
  | 'backup.import.problem.closedBeforeReceived'
  | 'backup.import.problem.closedInFuture';

/** Every message a row can get: intake's, the client form's and the import's own. */
export type ImportMessage = ClientValidationMessage | ImportProblem;

/** What is wrong with one row; `row` is the line in the file (the header is line 1). */
export interface ImportRowError {
  readonly row: number;
  readonly field: RegisterField;
  readonly value: string;
  readonly message: ImportMessage;
}

/** A client already in the registry, as far as matching needs it. */
export interface KnownClient {
  readonly id: string;
  readonly name: string;
  readonly taxId: string;
  readonly email: string;
}

/** Who an imported complaint is from: a client of the registry, or one of the plan's new clients. */
export type ClientRef = { readonly existingId: string } | { readonly newIndex: number };

/** A complaint ready to store, save its id, code and stamps. */
export interface ImportedComplaint {
  readonly row: number;
  readonly client: ClientRef;
  readonly clientName: string;
  readonly fields: Omit<ComplaintIntake, 'client'>;
  readonly state: ComplaintState;
  readonly closedAt?: LocalDateTime;
}

/** What an import will write: the clients to create and the complaints in file order. */
export interface RegisterImportPlan {
  readonly clients: readonly NewClient[];
  readonly complaints: readonly ImportedComplaint[];
}

export type RegisterImportResult =
  | { readonly ok: true; readonly plan: RegisterImportPlan }
  | { readonly ok: false; readonly errors: readonly ImportRowError[] };

type Choice = 'channel' | 'cause' | 'severity' | 'state';

/**
 * The words a file may use for each choice: key → labels (the UI's Italian and
 * English labels). The keys themselves (`phone`, `in_person`) are always understood.
 */
export type ChoiceLabels = Readonly<Record<Choice, Readonly<Record<string, readonly string[]>>>>;

const ENDED: readonly ComplaintState[] = ['closed', 'unfounded'];

/** Intake's field names → the register field its value came from. */
const INTAKE_FIELD: Readonly<Record<string, RegisterField>> = {
  client: 'client',
  receivedAt: 'receivedAt',
  channel: 'channel',
  cause: 'cause',
  severity: 'severity',
  title: 'title',
  clientWords: 'clientWords',
  expectation: 'expectation',
  remedyRequested: 'remedy',
};

/** The client form's field names → the register field its value came from. */
const CLIENT_FIELD: Readonly<Record<string, RegisterField>> = {
  name: 'client',
  taxId: 'taxId',
  email: 'email',
  phone: 'phone',
  annualValue: 'annualValue',
};

const fold = (text: string) => foldText(text).trim().replace(/\s+/g, ' ');

function choiceLookup(labels: ChoiceLabels): (choice: Choice, text: string) => string {
  const maps = Object.fromEntries(
    Object.entries(labels).map(([choice, byKey]) => {
      const map = new Map<string, string>();
      for (const [key, words] of Object.entries(byKey)) {
        map.set(fold(key), key);
        for (const word of words) map.set(fold(word), key);
      }
      return [choice, map];
    }),
  ) as Record<Choice, Map<string, string>>;
  // An unknown text goes on as typed, so validation names it as not in the list.
  return (choice, text) => maps[choice].get(fold(text)) ?? text;
}

/** An 11-digit partita IVA (optionally `IT`-prefixed) is taken for a company; anything else for a person. */
const kindOf = (taxId: string): ClientKind => (/^(IT)?\d{11}$/.test(taxId) ? 'company' : 'person');

/** Finds clients by tax id, then e-mail, then folded name; learns the clients the import creates. */
function clientMatcher(known: readonly KnownClient[]) {
  const byTaxId = new Map<string, ClientRef & { name: string }>();
  const byEmail = new Map<string, ClientRef & { name: string }>();
  const byName = new Map<string, ClientRef & { name: string }>();
  const learn = (ref: ClientRef, name: string, taxId: string, email: string) => {
    const entry = { ...ref, name };
    if (taxId && !byTaxId.has(taxId)) byTaxId.set(taxId, entry);
    if (email && !byEmail.has(email)) byEmail.set(email, entry);
    if (!byName.has(fold(name))) byName.set(fold(name), entry);
  };
  for (const c of known) learn({ existingId: c.id }, c.name, normalizeTaxId(c.taxId), c.email.toLowerCase());
  const find = (name: string, taxId: string, email: string) =>
    (taxId ? byTaxId.get(taxId) : undefined) ??
    (email ? byEmail.get(email) : undefined) ??
    byName.get(fold(name));
  return { find, learn };
}

/**
 * Turns a studio's register (CSV or spreadsheet rows, already read as text)
 * into what an import writes, with the columns chosen in `mapping`. Each row is
 * checked with intake's own validation and, for a client not yet known, with
 * the client form's; clients are matched to the registry (and to earlier rows)
 * by tax id, e-mail or name, and created otherwise. Any problem in any row
 * means nothing is planned: the result lists every problem with its line, so
 * the studio can fix the file and try again.
 */
export function planRegisterImport(
  table: ParsedTable,
  mapping: RegisterMapping,
  known: readonly KnownClient[],
  labels: ChoiceLabels,
  now: Date,
): RegisterImportResult {
  const missing = REQUIRED_REGISTER_FIELDS.filter((f) => mapping[f] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((field) => ({
        row: 1,
        field,
        value: '',
        message: 'backup.import.problem.columnMissing',
      })),
    };
  }
  const choose = choiceLookup(labels);
  const matcher = clientMatcher(known);
  const clients: NewClient[] = [];
  const complaints: ImportedComplaint[] = [];
  const errors: ImportRowError[] = [];
  const nowText = toLocalDateTime(now);

  table.rows.forEach((cells, i) => {
    const row = i + 2;
    const cell = (field: RegisterField) => {
      const index = mapping[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const rowErrors: ImportRowError[] = [];
    const fail = (field: RegisterField, message: ImportMessage) =>
      rowErrors.push({ row, field, value: cell(field), message });

    const name = cell('client');
    const intake = validateComplaintIntake(
      {
        client: { newName: name },
        receivedAt: readDateTime(cell('receivedAt')) ?? cell('receivedAt'),
        channel: choose('channel', cell('channel')),
        cause: choose('cause', cell('cause')),
        severity: choose('severity', cell('severity')),
        title: cell('title'),
        clientWords: cell('clientWords'),
        expectation: cell('expectation'),
        remedyRequested: cell('remedy'),
      },
      now,
    );
    if (!intake.ok) {
      for (const [field, message] of Object.entries(intake.errors)) {
        const source = INTAKE_FIELD[field];
        if (source) fail(source, message);
      }
    }

    const closedText = cell('closedAt');
    const closedAt = closedText === '' ? undefined : readDateTime(closedText);
    const stateText = cell('state');
    const state = stateText === '' ? (closedText ? 'closed' : 'received') : choose('state', stateText);
    const ended = ENDED.includes(state as ComplaintState);
    if (!(COMPLAINT_STATES as readonly string[]).includes(state)) fail('state', 'validation.chooseFromList');
    else if (closedText !== '' && closedAt === undefined) fail('closedAt', 'clients.validation.invalidDate');
    else if (ended && closedAt === undefined) fail('closedAt', 'backup.import.problem.closedAtMissing');
    else if (!ended && closedAt !== undefined) fail('closedAt', 'backup.import.problem.closedWhileOpen');
    else if (closedAt !== undefined && closedAt > nowText)
      fail('closedAt', 'backup.import.problem.closedInFuture');
    else if (closedAt !== undefined && intake.ok && closedAt < intake.value.receivedAt)
      fail('closedAt', 'backup.import.problem.closedBeforeReceived');

    const taxId = normalizeTaxId(cell('taxId'));
    const email = cell('email').toLowerCase();
    let client = name === '' ? undefined : matcher.find(name, taxId, email);
    if (name !== '' && client === undefined) {
      const checked = validateClient(
        {
          name,
          kind: kindOf(taxId),
          email,
          phone: cell('phone'),
          pec: '',
          taxId,
          annualValue: cell('annualValue'),
          clientSince: '',
          notes: '',
        },
        now,
      );
      if (!checked.ok) {
        for (const [field, message] of Object.entries(checked.errors)) {
          const source = CLIENT_FIELD[field];
          if (source) fail(source, message);
        }
      } else if (rowErrors.length === 0) {
        const ref = { newIndex: clients.length };
        clients.push(checked.value);
        matcher.learn(ref, checked.value.name, checked.value.taxId, checked.value.email);
        client = { ...ref, name: checked.value.name };
      }
    }

    if (rowErrors.length > 0 || !intake.ok || client === undefined) {
      errors.push(...rowErrors);
      return;
    }
    const { client: _pick, ...fields } = intake.value;
    const { name: clientName, ...ref } = client;
    complaints.push({
      row,
      client: ref,
      clientName,
      fields,
      state: state as ComplaintState,
      ...(closedAt !== undefined && { closedAt }),
    });
  });

  if (errors.length > 0) {
    const order = (f: RegisterField) => REGISTER_FIELDS.indexOf(f);
    return { ok: false, errors: errors.sort((a, b) => a.row - b.row || order(a.field) - order(b.field)) };
  }
  return { ok: true, plan: { clients, complaints } };
}
