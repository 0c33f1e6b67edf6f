import { countryName, formatDimensions, formatPrice, formatWeight } from "../format"

describe("formatting for buyers", () => {
  it("prints prices in the region's currency code", () => {
    // Intl puts a no-break space between the code and the amount, so they never wrap apart.
    expect(formatPrice(60700, "kzt", "en")).toBe("KZT\u00a060,700.00")
    expect(formatPrice(710, "sar", "en")).toMatch(/^SAR\s710\.00$/)
  })
  it("prints prices the buyer's way", () => {
    expect(formatPrice(60700, "kzt", "ru")).toMatch(/^60\s700,00\sKZT$/)
    expect(formatPrice(1500000, "idr", "id")).toMatch(/^IDR\s1\.500\.000$/)
  })
  it("prints weights and packed dimensions", () => {
    expect(formatWeight(21500)).toBe("21.5 kg")
    expect(formatWeight(350)).toBe("350 g")
    expect(formatWeight(21500, "ru")).toBe("21,5 кг")
    expect(formatWeight(null)).toBeNull()
    expect(formatDimensions(850, 345, 800)).toBe("85 × 34.5 × 80 cm")
    expect(formatDimensions(850, null, 800)).toBeNull()
  })
  it("names countries in the buyer's language", () => {
    expect(countryName("kz", "ru")).toBe("Казахстан")
    expect(countryName("sa", "en")).toBe("Saudi Arabia")
  })
})
