/**
 * A manufacturer's credit record: facts, each with the evidence it rests on, and a summary buyers
 * can read at a glance. The summary is a fixed rule over the facts (no hidden weighting): start at
 * 100 and take off points for each bad fact; 85 and above is "good", 60 and above "fair", else "poor";
 * a manufacturer with no facts yet is "new".
 */
export const CREDIT_FACT_KINDS = ['certificate', 'spot_check', 'customs_rejection', 'recall', 'handoff', 'complaint'] as const;
export type CreditFactKind = (typeof CREDIT_FACT_KINDS)[number];

export type CreditFact = {
  kind: CreditFactKind;
  outcome: 'good' | 'bad';
  at: string;
  summary: string;
  /** What proves it: the record's type and id (a certificate, a spot check's report, a declaration…). */
  evidence: { type: string; id: string; url?: string | null };
};

export const CREDIT_PENALTIES: Record<CreditFactKind, number> = {
  certificate: 15,
  spot_check: 25,
  customs_rejection: 5,
  recall: 20,
  handoff: 2,
  complaint: 5,
};

export type CreditSummary = {
  rating: 'good' | 'fair' | 'poor' | 'new';
  score: number | null;
  counts: Record<CreditFactKind, { good: number; bad: number }>;
};

export function creditSummary(facts: CreditFact[]): CreditSummary {
  const counts = Object.fromEntries(CREDIT_FACT_KINDS.map((k) => [k, { good: 0, bad: 0 }])) as CreditSummary['counts'];
  for (const f of facts) counts[f.kind][f.outcome] += 1;
  if (!facts.length) return { rating: 'new', score: null, counts };
  const score = Math.max(0, 100 - facts.filter((f) => f.outcome === 'bad').reduce((s, f) => s + CREDIT_PENALTIES[f.kind], 0));
  return { rating: score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor', score, counts };
}
