import type {
  ChecklistTemplates,
  CompensationProposal,
  DelegationRules,
  FollowUpRecord,
  LetterTemplates,
  NewContact,
  RecoveryEconomics,
} from '../domain/recovery';
import { db } from './instance';
import type { LifecycleOptions } from './repositories/lifecycle';
import { recordFollowUp as recordFollowUpIn } from './repositories/followUp';
import * as recovery from './repositories/recovery';
import { getSetting, putSetting } from './repositories/settings';

/** The recovery workbench's writes, bound to the app's database and the person using Riparo. */
const currentActor = async () => (await getSetting(db, 'currentStaffId')) || undefined;

export type { ApprovalOutcome, ContactOutcome, TemplateLanguage } from './repositories/recovery';

export const createChecklist = (complaintId: string, language: recovery.TemplateLanguage, now = new Date()) =>
  recovery.createChecklist(db, complaintId, language, now);

export const setChecklistItemDone = async (
  complaintId: string,
  itemId: string,
  done: boolean,
  now = new Date(),
) => recovery.setChecklistItemDone(db, complaintId, itemId, done, now, await currentActor());

export const setChecklistItemNote = (complaintId: string, itemId: string, note: string, now = new Date()) =>
  recovery.setChecklistItemNote(db, complaintId, itemId, note, now);

export const saveProposal = async (
  complaintId: string,
  draft: Pick<CompensationProposal, 'description' | 'amount' | 'hours'>,
  now = new Date(),
) => recovery.saveProposal(db, complaintId, draft, now, await currentActor());

export const approveProposal = (complaintId: string, approverId: string, now = new Date()) =>
  recovery.approveProposal(db, complaintId, approverId, now);

export const addContact = async (
  complaintId: string,
  draft: NewContact,
  tickItemId?: string,
  now = new Date(),
) => {
  const actorId = await currentActor();
  return recovery.addContact(db, complaintId, draft, now, {
    ...(tickItemId ? { tickItemId } : {}),
    ...(actorId ? { actorId } : {}),
  });
};

export const recordFollowUp = async (
  complaintId: string,
  record: FollowUpRecord,
  options: LifecycleOptions = {},
  now = new Date(),
) => recordFollowUpIn(db, complaintId, record, now, await currentActor(), options);

export const saveChecklistTemplates = (templates: ChecklistTemplates) =>
  putSetting(db, 'checklistTemplates', templates);
export const saveLetterTemplates = (templates: LetterTemplates) =>
  putSetting(db, 'letterTemplates', templates);
export const saveDelegationRules = (rules: DelegationRules) => putSetting(db, 'delegationRules', rules);
export const saveRecoveryEconomics = (economics: RecoveryEconomics) =>
  putSetting(db, 'recoveryEconomics', economics);
