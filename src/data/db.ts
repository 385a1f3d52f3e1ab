import { Dexie, type EntityTable } from 'dexie';
import type { AreaTallies } from '../domain/dashboard';
import type { Contact, Recovery } from '../domain/recovery';
import type { ServiceArea, StaffMember, SubCause } from '../domain/settings/settings';
import type { ClientRow, ComplaintRow } from './rows';
import type {
  ClientFitCheckRow,
  FollowUpItemRow,
  GapAssessmentRow,
  ImprovementActionRow,
  PromiseRow,
  SurveyRow,
} from './qualityRows';
import { SCHEMA_VERSIONS } from './schema';

/**
 * The IndexedDB database name. Pinned by a test: renaming it would make every
 * installed Riparo open an empty register.
 */
export const DB_NAME = 'riparo';

/** A named, monotonically maintained number (a year's protocol sequence, a state's count). */
export interface CounterRow {
  readonly key: string;
  readonly value: number;
}

/**
 * The dashboard's figures for one month's complaints, by service area, as
 * they were when the month's counter (`month:YYYY-MM`) stood at `revision`
 * and the deadlines were counted on `basis` (the standards and closures).
 * Either differing means the month changed since: it is tallied again.
 */
export interface MonthFiguresRow {
  readonly month: string;
  readonly revision: number;
  readonly basis: string;
  readonly areas: AreaTallies;
}

/** One setting, stored under its key (studio profile, standards, closures…). */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * One entry of the audit trail. It names records by id and carries codes, never
 * personal data, so anonymising a client leaves the trail intact.
 */
export interface AuditEventRow {
  /** ULID: sorts by time of writing. */
  readonly id: string;
  readonly entityId: string;
  readonly at: string;
  readonly actorId?: string;
  readonly type: string;
  readonly from?: string;
  readonly to?: string;
  /**
   * Place in the tamper-evident chain (1, 2, 3…) and the SHA-256 of the event
   * before it. Absent only on the demo register's invented history, which is
   * not evidence and may be removed.
   */
  readonly seq?: number;
  readonly prevHash?: string;
}

/** The one Dexie database of the app; only `src/data/` touches its tables. */
export class RiparoDb extends Dexie {
  complaints!: EntityTable<ComplaintRow, 'id'>;
  clients!: EntityTable<ClientRow, 'id'>;
  staff!: EntityTable<StaffMember, 'id'>;
  serviceAreas!: EntityTable<ServiceArea, 'id'>;
  subCauses!: EntityTable<SubCause, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  auditEvents!: EntityTable<AuditEventRow, 'id'>;
  counters!: EntityTable<CounterRow, 'key'>;
  recoveries!: EntityTable<Recovery, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  gapAssessments!: EntityTable<GapAssessmentRow, 'id'>;
  surveys!: EntityTable<SurveyRow, 'id'>;
  followUpItems!: EntityTable<FollowUpItemRow, 'id'>;
  promises!: EntityTable<PromiseRow, 'id'>;
  improvementActions!: EntityTable<ImprovementActionRow, 'id'>;
  clientFitChecks!: EntityTable<ClientFitCheckRow, 'id'>;
  monthFigures!: EntityTable<MonthFiguresRow, 'month'>;

  constructor(name: string = DB_NAME, versions = SCHEMA_VERSIONS) {
    // 'strict' makes Chromium flush each committed transaction to disk before
    // reporting success: a power cut must not lose a complaint already shown as saved.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
