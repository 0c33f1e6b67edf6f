import { buildDeclarationSet, renderExportDocuments, validateManyAgainstSchema } from "@aem/trade-kit"
import { customsProfile } from "../../../modules/customs/profile"
import { customsItemNo, exportModeFor, exportOrderFor, type DeclarationOrder } from "../export-order"

const order: DeclarationOrder = {
  id: "order_child",
  display_id: 42,
  currency_code: "rub",
  created_at: "2026-11-23T10:00:00.000Z",
  metadata: { buyer_order_id: "order_buyer" },
  items: [
    {
      product_id: "prod_chair",
      product_title: "Lightweight aluminium wheelchair KY-860",
      variant_title: "46 cm",
      variant_sku: "KANGYI-LIGHTWEIGHT-ALUMINIUM-WHEELCHAIR-2",
      title: "Lightweight aluminium wheelchair KY-860",
      quantity: 2,
      unit_price: 89000,
      is_tax_inclusive: false,
      adjustments: [{ amount: 1000 }],
      tax_lines: [{ rate: 12 }],
    },
  ],
  shipping_methods: [{ amount: 4500 }],
  shipping_address: { first_name: "Olga", last_name: "Ivanova", address_1: "Tverskaya 7", city: "Moscow", postal_code: "125009", country_code: "ru", phone: "+7 495 000 0000" },
}
const manufacturer = {
  id: "mfr_1",
  customs_code: "3304960A12",
  legal_name_zh: "嘉兴康逸康复器材有限公司",
  unified_social_credit_code: "91330400MA2XXXXX0Y",
  address: "浙江省嘉兴市南湖区康复路8号",
  contact_name: "Wang Wei",
  contact_phone: "+86 573 8200 0000",
}
const products = [{ id: "prod_chair", title: "Lightweight aluminium wheelchair KY-860", hs_code: "8713100000", weight: 15800, metadata: { net_weight_g: 12500, iso_9999: "12 22" } }]
const declaredAt = new Date("2026-11-23T12:00:00.000Z")

describe("exportOrderFor", () => {
  const built = exportOrderFor({ order, manufacturer, products }, customsProfile({}), declaredAt)

  it("declares a consumer's order as a 9610 parcel with the net FOB price, freight and weights", () => {
    expect(built.mode).toBe("9610")
    // 89000 × 2 − 1000 discount, net of nothing (prices exclude tax) = 177000 → 88500 a unit.
    expect(built.order).toMatchObject({
      orderNo: "AEM-42",
      seller: { code: "3304960A12", name: "嘉兴康逸康复器材有限公司" },
      buyer: { name: "Olga Ivanova", address: "Tverskaya 7, 125009 Moscow, RU" },
      destination: "RU",
      currency: "RUB",
      freight: "4500",
      payment: { payNo: "order_buyer" },
      logistics: { waybillNos: ["JXAEM0000000042"], grossWeightKg: "31.600", packages: 2 },
      customs: { pod: "RUMO", statisticsFlag: "A" },
    })
    expect(built.order.lines[0]).toMatchObject({ name: "手动轮椅车", hsCode: "8713100000", quantity: "2", unitPrice: "88500", netWeightKg: "25.000" })
    expect(built.warnings).toEqual([expect.stringMatching(/port of destination RUMO is a placeholder/)])
  })

  it("builds messages the official schema accepts and the three documents", async () => {
    const set = buildDeclarationSet(built.order)
    const xmls = Object.values(set.consignments[0].messages).map((m) => m.xml)
    expect((await validateManyAgainstSchema(xmls)).map((r) => r.errors)).toEqual([[], [], [], []])
    const docs = await renderExportDocuments(built.order, built.documents)
    for (const pdf of Object.values(docs)) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
  }, 30_000)

  it("declares a company's order as 9710 in the company's name", () => {
    const b2b = exportOrderFor(
      { order: { ...order, shipping_address: { ...order.shipping_address, company: "Moscow Rehabilitation Clinic" } }, manufacturer, products },
      customsProfile({}),
      declaredAt
    )
    expect(b2b.mode).toBe("9710")
    expect(b2b.order).toMatchObject({ mode: "9710", buyer: { name: "Moscow Rehabilitation Clinic" }, customs: { statisticsFlag: "B" } })
  })

  it("refuses a line whose product has no HS code", () => {
    expect(() => exportOrderFor({ order, manufacturer, products: [{ ...products[0], hs_code: null }] }, customsProfile({}), declaredAt)).toThrow(
      /has no product with an HS code/
    )
  })

  it("takes the platform's codes from the environment", () => {
    const b = exportOrderFor({ order, manufacturer, products }, customsProfile({ CUSTOMS_PLATFORM_CODE: "3301960XYZ", CUSTOMS_OFFICE_CODE: "2901" }), declaredAt)
    expect(b.order.platform.code).toBe("3301960XYZ")
    expect(b.order.customs.customsCode).toBe("2901")
  })
})

describe("helpers", () => {
  it("keeps short SKUs and shortens long ones stably to 20 characters", () => {
    expect(customsItemNo("AJ-C1")).toBe("AJ-C1")
    const long = customsItemNo("KANGYI-LIGHTWEIGHT-ALUMINIUM-WHEELCHAIR-2")
    expect(long).toHaveLength(20)
    expect(long).toBe(customsItemNo("KANGYI-LIGHTWEIGHT-ALUMINIUM-WHEELCHAIR-2"))
    expect(long).not.toBe(customsItemNo("KANGYI-LIGHTWEIGHT-ALUMINIUM-WHEELCHAIR-3"))
  })

  it("reads a company on the address as a business buyer", () => {
    expect(exportModeFor({ company: "  " })).toBe("9610")
    expect(exportModeFor(null)).toBe("9610")
    expect(exportModeFor({ company: "Clinic" })).toBe("9710")
  })
})
