import { complaintRecord } from '../complaints';

const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 3600 * 1000).toISOString();

describe('complaints in the credit record', () => {
  it('judges the answer: within the deadline is good, late is bad', () => {
    const { facts, stats } = complaintRecord(
      [
        { id: 'c1', category: 'defect', status: 'answered', created_at: daysAgo(10), answered_at: daysAgo(8) },
        { id: 'c2', category: 'wrong_item', status: 'closed', created_at: daysAgo(20), answered_at: daysAgo(10), closed_at: daysAgo(9) },
      ],
      now,
      7
    );
    expect(facts.map((f) => [f.evidence.id, f.outcome])).toEqual([
      ['c1', 'good'],
      ['c2', 'bad'],
    ]);
    expect(facts[0].summary).toBe('Complaint (defect) answered after 2 day(s) (on time)');
    expect(stats).toEqual({ by_status: { open: 0, answered: 1, closed: 1 }, answer_within_days: 7, due: 2, answered_in_time: 1, answered_in_time_share: 0.5 });
  });

  it('says nothing while a complaint is within its deadline, and counts it bad once the deadline passes unanswered', () => {
    const { facts, stats } = complaintRecord(
      [
        { id: 'fresh', category: 'other', status: 'open', created_at: daysAgo(3) },
        { id: 'ignored', category: 'safety_incident', status: 'open', created_at: daysAgo(8) },
      ],
      now,
      7
    );
    expect(facts).toEqual([expect.objectContaining({ evidence: { type: 'complaint', id: 'ignored' }, outcome: 'bad', at: daysAgo(1) })]);
    expect(stats).toMatchObject({ by_status: { open: 2, answered: 0, closed: 0 }, due: 1, answered_in_time_share: 0 });
  });

  it('leaves out a complaint staff closed before its deadline, but not one closed after it without an answer', () => {
    const { facts, stats } = complaintRecord(
      [
        { id: 'unfounded', category: 'other', status: 'closed', created_at: daysAgo(30), closed_at: daysAgo(29) },
        { id: 'neglected', category: 'late_delivery', status: 'closed', created_at: daysAgo(30), closed_at: daysAgo(5) },
      ],
      now,
      7
    );
    expect(facts.map((f) => f.evidence.id)).toEqual(['neglected']);
    expect(stats.answered_in_time_share).toBe(0);
  });

  it('has no share while nothing is due', () => {
    expect(complaintRecord([], now).stats).toMatchObject({ due: 0, answered_in_time_share: null, answer_within_days: 7 });
  });
});
