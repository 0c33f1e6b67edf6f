/** What a programme pays for a cart (pure: the cart's lines in, the funded amount by line and ISO class out). */
export type ProgrammeTerms = {
  iso_classes?: string[] | null
  product_ids?: string[] | null
  country_codes: string[]
  share_percent: number
  cap_per_person?: number | null
}
export type CartLine = { id: string; product_id: string | null; iso_9999: string | null; subtotal: number }
export type FundedLine = { line_id: string; product_id: string; iso_class: string; amount: number }

const classKey = (c: string) => c.trim().split(/\s+/).join(" ")

/** A class covers its subclasses: "12 22" covers "12 22 03". */
export function lineEligible(terms: ProgrammeTerms, line: CartLine): boolean {
  if (!line.product_id) return false
  if (terms.product_ids?.length && !terms.product_ids.includes(line.product_id)) return false
  if (terms.iso_classes?.length) {
    const iso = line.iso_9999 ? classKey(line.iso_9999) : null
    if (!iso || !terms.iso_classes.some((c) => iso === classKey(c) || iso.startsWith(`${classKey(c)} `))) return false
  }
  return true
}

const cents = (n: number) => Math.round(n * 100)

/**
 * The funder's share of each eligible line, in the currency's cents rounded down, then the cap per person taken off
 * the last lines first; the buyer pays the rest. Only lines with something funded are returned.
 */
export function fundedLines(terms: ProgrammeTerms, lines: CartLine[]): FundedLine[] {
  let room = terms.cap_per_person == null ? Infinity : cents(terms.cap_per_person)
  const out: FundedLine[] = []
  for (const line of lines) {
    if (!lineEligible(terms, line)) continue
    const share = Math.min(Math.floor((cents(line.subtotal) * terms.share_percent) / 100), room)
    if (share <= 0) continue
    room -= share
    out.push({ line_id: line.id, product_id: line.product_id!, iso_class: classKey(line.iso_9999 ?? "unclassified"), amount: share / 100 })
  }
  return out
}

export const fundedTotal = (lines: FundedLine[]) => lines.reduce((sum, l) => sum + cents(l.amount), 0) / 100
