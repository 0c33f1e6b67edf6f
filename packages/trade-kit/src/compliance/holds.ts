/**
 * Compliance holds on a product: while one is open the manufacturer cannot publish it. Each kind is
 * lifted only by what the rule for it says, never by the manufacturer's own edit.
 */
export const PRODUCT_HOLD_KINDS = ['spot_check_failed', 'certificate_expired', 'recall_open', 'manufacturer_suspended'] as const;
export type ProductHoldKind = (typeof PRODUCT_HOLD_KINDS)[number];

type HoldRule = {
  /** How the hold reads to a person. */
  title: string;
  /** What lifts it (the only ways it is lifted). */
  liftedBy: string;
  /** Whether platform staff may lift it with a reason through the hold itself. */
  staffMayLift: boolean;
};

export const PRODUCT_HOLD_RULES: Record<ProductHoldKind, HoldRule> = {
  spot_check_failed: {
    title: 'failed spot check',
    liftedBy: 'a passed re-check of the product, or platform staff with a reason',
    staffMayLift: true,
  },
  certificate_expired: {
    // Staff may lift it (a certificate shown on paper, say): the daily check never holds the product again for the same certificate.
    title: 'expired certificate',
    liftedBy: 'a valid certificate of the same type covering the product, or platform staff with a reason',
    staffMayLift: true,
  },
  recall_open: {
    title: 'open recall',
    liftedBy: 'platform staff closing the recall',
    staffMayLift: false,
  },
  manufacturer_suspended: {
    title: 'manufacturer suspended',
    liftedBy: 'platform staff approving the manufacturer again',
    staffMayLift: false,
  },
};

/** The refusal a manufacturer reads when it tries to publish a held product: each hold, why, and what lifts it. */
export function publishRefusal(holds: { kind: ProductHoldKind; reason: string }[]): string {
  const each = holds.map((h) => `${PRODUCT_HOLD_RULES[h.kind].title} (${h.reason}): lifted by ${PRODUCT_HOLD_RULES[h.kind].liftedBy}`);
  return `This product cannot be published while it is on hold: ${each.join('; ')}.`;
}

/** Null when staff may lift this hold with a reason, else a sentence saying what lifts it instead. */
export function staffLiftRefusal(kind: ProductHoldKind): string | null {
  const rule = PRODUCT_HOLD_RULES[kind];
  return rule.staffMayLift ? null : `A hold for ${rule.title} is lifted only by ${rule.liftedBy}.`;
}
