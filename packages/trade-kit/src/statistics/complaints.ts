import type { CreditFact } from './credit';

/** What a buyer can complain about; the storefront form and the backend validate against the same list. */
export const COMPLAINT_CATEGORIES = ['defect', 'wrong_item', 'late_delivery', 'safety_incident', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_STATUSES = ['open', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A manufacturer is expected to answer a buyer's complaint within this many days. */
export const COMPLAINT_ANSWER_DAYS = 7;

export type ComplaintRow = {
  id: string;
  category: ComplaintCategory;
  status: ComplaintStatus;
  created_at: string | Date;
  answered_at?: string | Date | null;
  closed_at?: string | Date | null;
};

export type ComplaintStats = {
  by_status: Record<ComplaintStatus, number>;
  answer_within_days: number;
  /** Complaints whose answer is in or whose deadline has passed: the ones the share is taken over. */
  due: number;
  answered_in_time: number;
  /** answered_in_time / due, or null while nothing is due. */
  answered_in_time_share: number | null;
};

const DAY = 24 * 3600 * 1000;
const time = (d: string | Date) => new Date(d).getTime();

/**
 * A manufacturer's complaints as credit facts and counts. What is judged is the answer, not the
 * complaint (a buyer's complaint can be unfounded): answered within the deadline is good, answered late
 * or left unanswered past it is bad. A complaint still within its deadline, or closed by platform staff
 * before it, says nothing yet.
 */
export function complaintRecord(complaints: ComplaintRow[], now: Date, days = COMPLAINT_ANSWER_DAYS): { facts: CreditFact[]; stats: ComplaintStats } {
  const by_status = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  const facts: CreditFact[] = [];
  for (const c of complaints) {
    by_status[c.status] += 1;
    const deadline = time(c.created_at) + days * DAY;
    const evidence = { type: 'complaint', id: c.id };
    if (c.answered_at) {
      const took = Math.max(0, Math.round((time(c.answered_at) - time(c.created_at)) / DAY));
      const onTime = time(c.answered_at) <= deadline;
      facts.push({
        kind: 'complaint',
        outcome: onTime ? 'good' : 'bad',
        at: new Date(c.answered_at).toISOString(),
        summary: `Complaint (${c.category}) answered after ${took} day(s) (${onTime ? 'on time' : `late, target ${days} days`})`,
        evidence,
      });
    } else if (now.getTime() > deadline && !(c.closed_at && time(c.closed_at) <= deadline)) {
      facts.push({
        kind: 'complaint',
        outcome: 'bad',
        at: new Date(deadline).toISOString(),
        summary: `Complaint (${c.category}) not answered within ${days} days`,
        evidence,
      });
    }
  }
  const answered_in_time = facts.filter((f) => f.outcome === 'good').length;
  return {
    facts,
    stats: {
      by_status,
      answer_within_days: days,
      due: facts.length,
      answered_in_time,
      answered_in_time_share: facts.length ? answered_in_time / facts.length : null,
    },
  };
}
