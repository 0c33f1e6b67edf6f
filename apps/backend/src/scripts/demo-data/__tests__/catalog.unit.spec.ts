import { readFileSync } from "fs"
import path from "path"
import { DEMO_PRODUCTS } from "../catalog"

/** Every HS 2022 subheading of the official list the trade kit ships (packages/trade-kit/reference). */
function hs2022Subheadings(): Set<string> {
  const tradeKit = path.dirname(require.resolve("@aem/trade-kit/package.json"))
  const csv = readFileSync(path.join(tradeKit, "reference/hs2022/harmonized-system.csv"), "utf8")
  return new Set(csv.split("\n").map((l) => l.split(",")[1]).filter((c) => /^\d{6}$/.test(c)))
}

describe("demo catalogue", () => {
  it("gives every product a 10-digit commodity code whose first six digits are an HS 2022 subheading", () => {
    const subheadings = hs2022Subheadings()
    expect(subheadings.size).toBeGreaterThan(5000)
    const wrong = DEMO_PRODUCTS.filter((p) => !/^\d{10}$/.test(p.hsCode) || !subheadings.has(p.hsCode.slice(0, 6)))
    expect(wrong.map((p) => `${p.handle}: ${p.hsCode}`)).toEqual([])
  })
})
