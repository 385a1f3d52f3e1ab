import type { Client } from '../client/client';
import type { Complaint } from '../complaint';
import type { ImprovementAction } from '../improvement';
import type { ClientFitCheck, StudioPromise } from '../quality';
import type { ReviewNotes } from '../reports';
import type { Contact, Recovery } from '../recovery';
import type { FollowUpItem, Survey } from '../surveys';
import { REDACTED } from './mentions';

/** Takes the mentions of one person out of a text (see `mentionRedactor`). */
export type Redact = (text: string) => string;

/**
 * The name an anonymised client goes by: the same in every language, and
 * distinct per client (the end of its id), so the register still tells two
 * anonymised clients apart without saying who they were.
 */
export function anonymousName(clientId: string): string {
  return `Anon-${clientId.slice(-6).toUpperCase()}`;
}

/**
 * The client with every identifying field emptied and its notes dropped (they
 * are about the person). Kind, annual value and start date stay: the studio's
 * statistics rely on them and they name nobody.
 */
export function anonymisedClient(client: Client, at: string): Client {
  return {
    ...client,
    name: anonymousName(client.id),
    email: '',
    phone: '',
    pec: '',
    taxId: '',
    notes: '',
    anonymisedAt: at,
    updatedAt: at,
  };
}

const redactOptional = (text: string | undefined, redact: Redact) =>
  text === undefined ? {} : { value: redact(text) };

/**
 * A complaint with the client's name replaced and every free text cleaned.
 * Cause, severity, channel, dates and state (the statistics) stay as they were.
 */
export function redactComplaint(complaint: Complaint, redact: Redact, clientName?: string): Complaint {
  const reason = redactOptional(complaint.unfoundedReason, redact);
  return {
    ...complaint,
    clientName: clientName ?? redact(complaint.clientName),
    title: redact(complaint.title),
    clientWords: redact(complaint.clientWords),
    expectation: redact(complaint.expectation),
    remedyRequested: redact(complaint.remedyRequested),
    pauses: complaint.pauses.map((p) => ({ ...p, reason: redact(p.reason) })),
    ...('value' in reason ? { unfoundedReason: reason.value } : {}),
  };
}

/** A logged contact with its summary and any letter sent cleaned. */
export function redactContact(contact: Contact, redact: Redact): Contact {
  return {
    ...contact,
    summary: redact(contact.summary),
    ...(contact.letter
      ? {
          letter: {
            ...contact.letter,
            subject: redact(contact.letter.subject),
            body: redact(contact.letter.body),
          },
        }
      : {}),
  };
}

/** A recovery with its checklist notes, proposal and follow-up note cleaned; amounts and scores stay. */
export function redactRecovery(recovery: Recovery, redact: Redact): Recovery {
  return {
    ...recovery,
    items: recovery.items.map((i) => ({ ...i, text: redact(i.text), note: redact(i.note) })),
    ...(recovery.proposal
      ? { proposal: { ...recovery.proposal, description: redact(recovery.proposal.description) } }
      : {}),
    ...(recovery.followUp
      ? { followUp: { ...recovery.followUp, note: redact(recovery.followUp.note) } }
      : {}),
  };
}

/** A survey answer with its comment cleaned; a respondent name that mentions the person goes entirely. */
export function redactSurvey(survey: Survey, redact: Redact): Survey {
  const named = survey.respondentName;
  return {
    ...survey,
    comment: redact(survey.comment),
    ...(named !== undefined && redact(named) !== named ? { respondentName: REDACTED } : {}),
  };
}

export function redactFollowUpItem(item: FollowUpItem, redact: Redact): FollowUpItem {
  return item.outcome === undefined ? item : { ...item, outcome: redact(item.outcome) };
}

export function redactPromise(promise: StudioPromise, redact: Redact): StudioPromise {
  return { ...promise, text: redact(promise.text) };
}

export function redactClientFitCheck(check: ClientFitCheck, redact: Redact): ClientFitCheck {
  return {
    ...check,
    engagement: redact(check.engagement),
    referral: redact(check.referral),
    refusalText: redact(check.refusalText),
  };
}

export function redactImprovementAction(action: ImprovementAction, redact: Redact): ImprovementAction {
  return {
    ...action,
    description: redact(action.description),
    checks: action.checks.map((c) => ({ ...c, note: redact(c.note) })),
  };
}

/** Another client's record: only their notes are free text that may mention the person. */
export function redactOtherClient(client: Client, redact: Redact): Client {
  return { ...client, notes: redact(client.notes) };
}

/** A management review's notes and decisions, which may name a client whose case was discussed. */
export function redactReviewNotes(review: ReviewNotes, redact: Redact): ReviewNotes {
  return { ...review, notes: redact(review.notes), decisions: redact(review.decisions) };
}
