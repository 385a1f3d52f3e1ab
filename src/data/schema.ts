import type { Transaction } from 'dexie';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';
import { upgradeToV5 } from './migrations/v5';

/**
 * Every version of the IndexedDB schema, oldest first. A version lists only the
 * tables it adds or changes, and an optional `upgrade` that rewrites existing
 * rows; Dexie runs the upgrades in order inside one versionchange transaction.
 * Never edit a published version: add the next one, with a test that upgrades a
 * fixture of the previous one.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string | null>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      complaints: 'id, &code, receivedAt, state, cause, updatedAt',
      counters: 'key',
    },
  },
  {
    // The register: clients, the studio's lists and settings, the audit trail,
    // and a word index so search never reads every complaint.
    version: 2,
    stores: {
      complaints:
        'id, &code, receivedAt, state, cause, channel, severity, serviceAreaId, clientId, clientName, handlerId, dueDate, updatedAt, demo, *searchWords',
      clients: 'id, nameKey, updatedAt, demo, *searchWords',
      staff: 'id',
      serviceAreas: 'id',
      subCauses: 'id, cause',
      settings: 'key',
      auditEvents: 'id, [entityId+id]',
    },
    upgrade: upgradeToV2,
  },
  {
    // The recovery workbench: each complaint's checklist, proposal and
    // follow-up (keyed by the complaint's id), and the log of contacts.
    version: 3,
    stores: {
      recoveries: 'id, demo',
      contacts: 'id, complaintId, demo',
    },
    upgrade: upgradeToV3,
  },
  {
    // Listening beyond complaints: gap assessments, surveys and the follow-ups
    // they open, promises, improvement actions and client-fit checks. New tables
    // only, so existing rows need no upgrade.
    version: 4,
    stores: {
      gapAssessments: 'id, &complaintId, kind, date, serviceAreaId',
      surveys: 'id, date, clientId, serviceAreaId, complaintId',
      followUpItems: 'id, status, clientId, surveyId',
      promises: 'id, clientId, *brokenByComplaintIds',
      improvementActions: 'id, status, cause, *complaintIds',
      clientFitChecks: 'id, clientId, date, verdict',
    },
  },
  {
    // The audit trail becomes a hash chain: each event's place and the hash of the one before.
    version: 5,
    stores: { auditEvents: 'id, [entityId+id], &seq' },
    upgrade: upgradeToV5,
  },
  {
    // The dashboard's figures for each month, kept so a year is twelve reads
    // instead of every complaint in it. A new table, filled on first use.
    version: 6,
    stores: { monthFigures: 'month' },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 0;
