import { availableQuantity, toStoreProduct, type CatalogProduct } from ".."

const product: CatalogProduct = {
  id: "prod_1",
  title: "Folding wheelchair",
  handle: "folding-wheelchair",
  subtitle: null,
  description: null,
  thumbnail: null,
  images: [],
  hs_code: "8713100000",
  origin_country: "cn",
  material: null,
  weight: 14000,
  length: null,
  width: null,
  height: null,
  metadata: { iso_9999: "12 22" },
  options: [{ title: "Seat width", values: [{ value: "40 cm" }] }],
  categories: [],
  variants: [
    {
      id: "variant_1",
      title: "40 cm",
      sku: "FW-1",
      weight: 14000,
      manage_inventory: true,
      allow_backorder: false,
      inventory_quantity: 3,
      options: [{ value: "40 cm", option: { title: "Seat width" } }],
      // Two regions selling in the same currency with different prices.
      prices: { reg_kz: { calculated_amount: 90000, currency_code: "kzt" }, reg_kz2: { calculated_amount: 95000, currency_code: "kzt" } },
    },
  ],
  manufacturer: {
    handle: "kangyi",
    legal_name_en: "Kangyi Medical",
    legal_name_zh: "康怡医疗",
    city: "Jiaxing",
    province: "Zhejiang",
    founded_year: 2004,
    description_en: null,
    certificates: [
      { type: "ce", number: "CE-1", issuer: "TÜV", valid_from: "2025-01-01T00:00:00Z", valid_until: "2027-01-01T00:00:00Z" },
      { type: "nmpa_filing", number: "N-1", issuer: "NMPA", valid_from: "2020-01-01T00:00:00Z", valid_until: "2026-06-01T00:00:00Z" },
    ],
  },
}

describe("catalogue read model", () => {
  it("shows a buyer their region's price only, never another region's in the same currency", () => {
    expect(toStoreProduct(product, "reg_kz", new Date("2026-11-30")).variants[0].calculated_price).toEqual({ calculated_amount: 90000, currency_code: "kzt" })
    expect(toStoreProduct(product, "reg_kz2", new Date("2026-11-30")).variants[0].calculated_price?.calculated_amount).toBe(95000)
    expect(toStoreProduct(product, "reg_ru", new Date("2026-11-30")).variants[0].calculated_price).toBeNull()
    expect(toStoreProduct(product, "reg_kz", new Date("2026-11-30")).variants[0]).not.toHaveProperty("prices")
  })

  it("lists only the certificates valid on the day", () => {
    expect(toStoreProduct(product, "reg_kz", new Date("2026-11-30")).manufacturer?.certificates.map((c) => c.number)).toEqual(["CE-1"])
    expect(toStoreProduct(product, "reg_kz", new Date("2026-01-15")).manufacturer?.certificates.map((c) => c.number)).toEqual(["CE-1", "N-1"])
  })

  it("gives each photo's alt text in the buyer's language, else English, else any, naming the language it is in", () => {
    const photo = (alt: Record<string, string>) => ({
      url: "http://x/p-1280.webp",
      width: 1280,
      height: 960,
      sizes: [{ url: "http://x/p-320.webp", width: 320, height: 240 }],
      alt,
    })
    const withPhotos = { ...product, thumbnail: "http://x/p-1280.webp", images: [photo({ en: "Wheelchair, side view", ru: "Коляска сбоку" })] }
    const ru = toStoreProduct(withPhotos, "reg_kz", new Date(), "ru")
    expect(ru.images[0]).toMatchObject({ alt: "Коляска сбоку", alt_lang: "ru", width: 1280, height: 960 })
    expect(ru.thumbnail_image?.sizes).toHaveLength(1)
    expect(toStoreProduct(withPhotos, "reg_kz", new Date(), "tr").images[0]).toMatchObject({ alt: "Wheelchair, side view", alt_lang: "en" })
    expect(toStoreProduct({ ...withPhotos, images: [photo({ zh: "轮椅侧面" })] }, "reg_kz", new Date(), "ar").images[0]).toMatchObject({ alt: "轮椅侧面", alt_lang: "zh" })
    // An entry written before photos had sizes: a photo of unknown size, no alt text.
    expect(toStoreProduct({ ...product, images: [{ url: "http://x/old.svg" }] as never }, "reg_kz", new Date()).images[0]).toEqual({
      url: "http://x/old.svg", width: null, height: null, sizes: [], alt: null, alt_lang: null,
    })
  })

  it("counts available units beyond reservations, the scarcest inventory item deciding", () => {
    expect(availableQuantity([])).toBe(0)
    expect(availableQuantity([{ required_quantity: 1, levels: [{ stocked_quantity: 5, reserved_quantity: 2 }, { stocked_quantity: 1, reserved_quantity: 3 }] }])).toBe(3)
    expect(
      availableQuantity([
        { required_quantity: 2, levels: [{ stocked_quantity: 9, reserved_quantity: 0 }] },
        { required_quantity: 1, levels: [{ stocked_quantity: 6, reserved_quantity: 0 }] },
      ])
    ).toBe(4)
  })
})
