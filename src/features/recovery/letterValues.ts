import type { Complaint } from '../../domain/complaint';
import type { MergeValues, Recovery } from '../../domain/recovery';
import type { StudioProfile } from '../../domain/settings';
import { formatDay } from './format';

/** The merge fields of a complaint's letters, formatted for the UI's locale. */
export function letterValues(input: {
  complaint: Complaint;
  recovery: Recovery;
  studio: StudioProfile;
  handlerName: string;
  today: string;
  locale: string;
}): MergeValues {
  const { complaint, studio, locale } = input;
  return {
    client: complaint.clientName,
    code: complaint.code,
    receivedDate: formatDay(complaint.receivedAt.slice(0, 10), locale),
    subject: complaint.title,
    today: formatDay(input.today, locale),
    handler: input.handlerName,
    studio: studio.name,
    studioAddress: studio.address,
    studioEmail: studio.email,
    studioPhone: studio.phone,
    solution: input.recovery.proposal?.description ?? '',
    reason: complaint.unfoundedReason ?? '',
  };
}
