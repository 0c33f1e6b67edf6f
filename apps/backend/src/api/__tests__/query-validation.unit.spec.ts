import { validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * Medusa's query validation as patched (patches/@medusajs+framework+2.21.2.patch): a route's schema gets
 * its strict copy once, not on every request, and validates as before.
 */
describe("validateAndTransformQuery (patched)", () => {
  const schema = z
    .object({ country_code: z.string(), price_min: z.coerce.number().optional(), price_max: z.coerce.number().optional() })
    .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
      message: "price_min must not be above price_max",
    })

  /** One request through a route's middleware: its validated query, or the error it passed on. */
  async function request(middleware: ReturnType<typeof validateAndTransformQuery>, query: Record<string, string>) {
    const req = { query, allowed: [] } as unknown as Parameters<typeof middleware>[0]
    let error: Error | undefined
    await middleware(req, {} as Parameters<typeof middleware>[1], (e?: unknown) => void (error = e as Error | undefined))
    return { validated: req.validatedQuery, error }
  }

  it("refuses unknown fields, keeps transforms and refinements", async () => {
    const route = validateAndTransformQuery(schema, {})
    expect((await request(route, { country_code: "kz", colour: "red" })).error?.message).toMatch(/Unrecognized fields: 'colour'/)
    expect((await request(route, { country_code: "kz", price_min: "5" })).validated).toEqual({ country_code: "kz", price_min: 5 })
    expect((await request(route, { country_code: "kz", price_min: "5", price_max: "1" })).error?.message).toMatch(/price_min must not be above price_max/)
  })

  it("makes a schema's strict copy once, not per request", async () => {
    const own = z.object({ q: z.string() })
    const strict = jest.spyOn(own, "strict")
    const route = validateAndTransformQuery(own, {})
    for (let i = 0; i < 3; i++) expect(await request(route, { q: "a" })).toEqual({ validated: { q: "a" }, error: undefined })
    expect((await request(route, { q: "a", x: "1" })).error?.message).toMatch(/Unrecognized fields: 'x'/)
    expect(strict).toHaveBeenCalledTimes(1)
  })
})
