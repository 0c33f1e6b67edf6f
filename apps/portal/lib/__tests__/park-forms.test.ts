import { zodFieldErrors } from "../form"
import { en } from "../messages/en"
import { exceptionSchema, packagesSchema } from "../schemas"

describe("the park operators' forms", () => {
  const v = en.validation

  it("reads package rows, skipping a blank spare row", () => {
    const r = packagesSchema(v).safeParse({
      "packages.0.weight_g": "16400", "packages.0.length_mm": "820", "packages.0.width_mm": "330", "packages.0.height_mm": "760",
      "packages.1.weight_g": "", "packages.1.length_mm": "", "packages.1.width_mm": "", "packages.1.height_mm": "",
    })
    expect(r.success && r.data).toEqual({ packages: [{ weight_g: 16400, length_mm: 820, width_mm: 330, height_mm: 760 }] })
  })

  it("names the field of each problem, so it shows beside it", () => {
    const r = packagesSchema(v).safeParse({
      "packages.0.weight_g": "16.4", "packages.0.length_mm": "820", "packages.0.width_mm": "", "packages.0.height_mm": "760",
      "packages.1.weight_g": "900", "packages.1.length_mm": "", "packages.1.width_mm": "", "packages.1.height_mm": "",
    })
    expect(r.success).toBe(false)
    expect(zodFieldErrors(r.error!)).toEqual({
      "packages.0.weight_g": v.wholeNumber,
      "packages.0.width_mm": v.required,
      "packages.1.length_mm": v.required,
      "packages.1.width_mm": v.required,
      "packages.1.height_mm": v.required,
    })
  })

  it("asks for the kind of exception and a note", () => {
    for (const kind of [undefined, ""]) {
      const r = exceptionSchema(v).safeParse({ kind, note: " " })
      expect(r.success ? {} : zodFieldErrors(r.error)).toEqual({ kind: v.required, note: v.required })
    }
  })
})
