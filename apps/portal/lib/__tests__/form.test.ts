import { z } from "zod"
import { backendFieldErrors, formValues, zodFieldErrors } from "../form"

describe("backendFieldErrors", () => {
  const fields = ["handle", "unified_social_credit_code", "customs_code", "hs_code", "gross_weight_g"]

  it("ties each part of a Medusa validation message to the field it names", () => {
    const r = backendFieldErrors(
      "Invalid request: unified_social_credit_code check character should be X; customs_code must be the 10-character customs registration code",
      fields
    )
    expect(r.errors).toEqual({
      unified_social_credit_code: "unified_social_credit_code check character should be X",
      customs_code: "customs_code must be the 10-character customs registration code",
    })
    expect(r.rest).toEqual([])
  })

  it("reads Medusa's quoted field forms and keeps what names no field as a form message", () => {
    const r = backendFieldErrors("Invalid request: Field 'hs_code' is required; something else went wrong", fields)
    expect(r.errors).toEqual({ hs_code: "Field 'hs_code' is required" })
    expect(r.rest).toEqual(["something else went wrong"])
  })

  it("does not match a field inside a longer name", () => {
    const r = backendFieldErrors("Invalid request: net_weight_g must be positive", ["weight_g", "net_weight_g"])
    expect(r.errors).toEqual({ net_weight_g: "net_weight_g must be positive" })
  })
})

describe("zodFieldErrors and formValues", () => {
  it("keys zod issues by their dotted path, first message wins", () => {
    const schema = z.object({ a: z.string().min(2, "too short"), v: z.array(z.object({ b: z.number() })) })
    const r = schema.safeParse({ a: "x", v: [{ b: "no" }] })
    expect(r.success).toBe(false)
    if (!r.success) expect(Object.keys(zodFieldErrors(r.error))).toEqual(["a", "v.0.b"])
  })

  it("returns the text fields and leaves Next's action ids and files out", () => {
    const form = new FormData()
    form.set("title", "Chair")
    form.set("$ACTION_ID_1", "")
    form.set("file", new Blob(["x"]), "a.pdf")
    expect(formValues(form)).toEqual({ title: "Chair" })
  })
})
