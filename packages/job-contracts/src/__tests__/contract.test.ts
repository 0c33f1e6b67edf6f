import { ALL_JOBS, QUEUES, InvalidJobPayloadError, jobContractByName, jobIdFor, parsePayload, prepareDeclarationJob, searchIndexJob, handOffConsignmentJob } from "../index"

const payload = {
  declarationId: "decl_01J0000000000000000000000",
  orderId: "order_01J0000000000000000000000",
  order: { orderNo: "AEM-7", mode: "9610" },
  documents: { invoiceNo: "CI-AEM-7" },
}

describe("job contracts", () => {
  it("gives the same id for the same business key, and different ids for different keys", () => {
    expect(jobIdFor(prepareDeclarationJob, payload)).toBe(jobIdFor(prepareDeclarationJob, { ...payload, declarationId: "decl_other" }))
    expect(jobIdFor(prepareDeclarationJob, payload)).not.toBe(
      jobIdFor(prepareDeclarationJob, { ...payload, orderId: "order_other" })
    )
  })

  it("gives a corrected declaration (version 2 and up) its own job, and version 1 the id it always had", () => {
    expect(jobIdFor(prepareDeclarationJob, { ...payload, version: 1 })).toBe(jobIdFor(prepareDeclarationJob, payload))
    const v2 = jobIdFor(prepareDeclarationJob, { ...payload, version: 2 })
    expect(v2).not.toBe(jobIdFor(prepareDeclarationJob, payload))
    expect(v2).toBe(jobIdFor(prepareDeclarationJob, { ...payload, version: 2 }))
    expect(() => parsePayload(prepareDeclarationJob, { ...payload, version: 0 })).toThrow(/version starts at 1/)
  })

  it("makes ids BullMQ accepts (no ':' separator)", () => {
    const id = jobIdFor(prepareDeclarationJob, { ...payload, orderId: "a:b:c" })
    expect(id).not.toContain(":")
    expect(id.startsWith("export.prepare-declaration.")).toBe(true)
  })

  it("rejects a bad payload naming every bad field", () => {
    const bad = { ...payload, orderId: "", documents: {} }
    expect(() => parsePayload(prepareDeclarationJob, bad)).toThrow(InvalidJobPayloadError)
    try {
      parsePayload(prepareDeclarationJob, bad)
    } catch (e) {
      expect((e as Error).message).toMatch(/orderId: orderId is required/)
      expect((e as Error).message).toMatch(/documents: documents must be trade-kit document details/)
    }
  })

  it("rejects unknown fields so producers and consumers cannot drift apart", () => {
    expect(() => parsePayload(prepareDeclarationJob, { ...payload, extra: true })).toThrow(/Unrecognized key/)
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
    ["export.prepare-declaration", "workers"],
    ["search.index-products", "backend"],
    ["logistics.hand-off-consignment", "workers"],
  ])
})

it("hands a child order's consignment off once, whatever the declaration id it is enqueued with", () => {
  const payload = { orderId: "order_01", declarationId: "decl_01" }
  expect(jobIdFor(handOffConsignmentJob, payload)).toBe(jobIdFor(handOffConsignmentJob, { ...payload, declarationId: "decl_02" }))
  expect(jobIdFor(handOffConsignmentJob, payload)).not.toBe(jobIdFor(prepareDeclarationJob, { ...payload, order: {}, documents: {} } as never))
  expect(() => parsePayload(handOffConsignmentJob, { orderId: "" })).toThrow(/orderId: orderId is required.*declarationId/)
})
