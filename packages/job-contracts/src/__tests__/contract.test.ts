import { ALL_JOBS, QUEUES, InvalidJobPayloadError, jobContractByName, jobIdFor, orderPlacedJob, parsePayload, searchIndexJob } from "../index"

const payload = {
  orderId: "order_01J0000000000000000000000",
  displayId: 7,
  currencyCode: "kzt",
  countryCode: "kz",
  total: 125000,
  placedAt: "2026-11-23T10:00:00.000Z",
}

describe("job contracts", () => {
  it("gives the same id for the same business key, and different ids for different keys", () => {
    expect(jobIdFor(orderPlacedJob, payload)).toBe(jobIdFor(orderPlacedJob, { ...payload, total: 1 }))
    expect(jobIdFor(orderPlacedJob, payload)).not.toBe(
      jobIdFor(orderPlacedJob, { ...payload, orderId: "order_other" })
    )
  })

  it("makes ids BullMQ accepts (no ':' separator)", () => {
    const id = jobIdFor(orderPlacedJob, { ...payload, orderId: "a:b:c" })
    expect(id).not.toContain(":")
    expect(id.startsWith("export.order-placed.")).toBe(true)
  })

  it("rejects a bad payload naming every bad field", () => {
    expect(() => parsePayload(orderPlacedJob, { ...payload, currencyCode: "tenge", placedAt: "yesterday" })).toThrow(
      InvalidJobPayloadError
    )
    try {
      parsePayload(orderPlacedJob, { ...payload, currencyCode: "tenge", placedAt: "yesterday" })
    } catch (e) {
      expect((e as Error).message).toMatch(/currencyCode: currencyCode must be an ISO 4217 code/)
      expect((e as Error).message).toMatch(/placedAt/)
    }
  })

  it("rejects unknown fields so producers and consumers cannot drift apart", () => {
    expect(() => parsePayload(orderPlacedJob, { ...payload, extra: true })).toThrow(/Unrecognized key/)
  })

  it("keeps every queue name out of Medusa's namespace", () => {
    for (const q of Object.values(QUEUES)) expect(q.startsWith("aem.")).toBe(true)
    for (const job of ALL_JOBS) expect(Object.values(QUEUES)).toContain(job.queue)
  })
})

describe("jobContractByName", () => {
  it("finds every contract by its name and refuses an unknown one", () => {
    for (const job of ALL_JOBS) expect(jobContractByName(job.name)).toBe(job)
    expect(() => jobContractByName("export.nope")).toThrow(/Unknown job "export.nope"/)
  })
})

describe("search index job", () => {
  it("is one job for the same products in any order, and refuses an empty or oversized batch", () => {
    const a = jobIdFor(searchIndexJob, { productIds: ["prod_b", "prod_a"], cause: "product.updated" })
    const b = jobIdFor(searchIndexJob, { productIds: ["prod_a", "prod_b"], cause: "inventory-level.updated" })
    expect(a).toBe(b)
    expect(searchIndexJob.coalesce).toBe(true)
    expect(searchIndexJob.queue).toBe("aem.search-index")
    expect(() => parsePayload(searchIndexJob, { productIds: [], cause: "x" })).toThrow(/at least one product/)
    const many = Array.from({ length: 501 }, (_, i) => `prod_${i}`)
    expect(() => parsePayload(searchIndexJob, { productIds: many, cause: "x" })).toThrow(InvalidJobPayloadError)
  })
})

it("names the backend as the consumer of search indexing and the workers of everything else", () => {
  expect(ALL_JOBS.map((j) => [j.name, j.consumer])).toEqual([
    ["export.order-placed", "workers"],
    ["search.index-products", "backend"],
  ])
})
