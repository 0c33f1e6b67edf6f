import { fundedLines, fundedTotal, lineEligible } from "../rules"

const terms = { iso_classes: ["12 22"], country_codes: ["kz"], share_percent: 80 }
const line = (id: string, iso: string | null, subtotal: number, product_id = `prod_${id}`) => ({ id, product_id, iso_9999: iso, subtotal })

describe("funding rules", () => {
  it("a class covers its subclasses, not its neighbours; products narrow it further", () => {
    expect(lineEligible(terms, line("a", "12 22 03", 1))).toBe(true)
    expect(lineEligible(terms, line("b", "12 23", 1))).toBe(false)
    expect(lineEligible(terms, line("c", null, 1))).toBe(false)
    expect(lineEligible({ ...terms, product_ids: ["prod_x"] }, line("d", "12 22", 1))).toBe(false)
    expect(lineEligible({ country_codes: ["kz"], share_percent: 50 }, line("e", null, 1))).toBe(true)
  })

  it("funds the share of eligible lines in whole cents, then the cap per person", () => {
    expect(fundedLines(terms, [line("a", "12 22", 100.01), line("b", "12 23", 500)])).toEqual([{ line_id: "a", product_id: "prod_a", iso_class: "12 22", amount: 80 }])
    const capped = fundedLines({ ...terms, cap_per_person: 100 }, [line("a", "12 22", 100), line("b", "12 22 03", 100)])
    expect(capped.map((l) => l.amount)).toEqual([80, 20])
    expect(fundedTotal(capped)).toBe(100)
    expect(fundedLines({ ...terms, cap_per_person: 80 }, [line("a", "12 22", 100), line("b", "12 22", 100)])).toHaveLength(1)
  })
})
