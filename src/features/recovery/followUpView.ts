/** The queue's "Da richiamare" view, soonest call first: where every follow-up reminder leads. */
export const FOLLOW_UP_VIEW_ROUTE = '/complaints?view=to_call_back&sort=dueDate&dir=asc';
