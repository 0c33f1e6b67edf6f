import { z } from "@medusajs/framework/zod"
import { strictOnce } from "../strict-once"

describe("strictOnce", () => {
  const schema = z
    .object({ country_code: z.string(), price_min: z.coerce.number().optional(), price_max: z.coerce.number().optional() })
    .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
      message: "price_min must not be above price_max",
    })

  it("refuses unknown fields, as Medusa's per-request strict copy did", async () => {
    await expect(strictOnce(schema).parseAsync({ country_code: "kz", colour: "red" })).rejects.toThrow(/colour/)
  })

  it("keeps the schema's own transforms and refinements", async () => {
    await expect(strictOnce(schema).parseAsync({ country_code: "kz", price_min: "5" })).resolves.toEqual({ country_code: "kz", price_min: 5 })
    await expect(strictOnce(schema).parseAsync({ country_code: "kz", price_min: "5", price_max: "1" })).rejects.toThrow(/price_min must not be above/)
  })

  it("derives the strict schema once, not per request, and offers Medusa nothing to derive it again from", async () => {
    const strict = jest.spyOn(schema, "strict")
    const view = strictOnce(schema)
    for (let i = 0; i < 3; i++) await view.parseAsync({ country_code: "kz" })
    expect(strict).toHaveBeenCalledTimes(1)
    expect("strict" in view).toBe(false)
  })
})
