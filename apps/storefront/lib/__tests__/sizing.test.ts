import { fitsRange, recommend, sizingRule } from "../sizing"

const seats = [{ id: "a", title: "41 cm" }, { id: "b", title: "46 cm" }, { id: "c", title: "51 cm" }]
const handles = [{ id: "low", title: "Low (76–88 cm)" }, { id: "std", title: "Standard (84–96 cm)" }]

describe("sizing help", () => {
  const seat = sizingRule("Seat width")!
  const handle = sizingRule("Handle height")!
  it("picks the narrowest seat leaving at least 2 cm beside the hips", () => {
    expect(recommend(seat, 39, seats)).toMatchObject({ variant: "a" })
    expect(recommend(seat, 40, seats)).toMatchObject({ variant: "b" })
    expect(recommend(seat, 49, seats)).toMatchObject({ variant: "c" })
  })
  it("says none fits when the hips are too wide, so the buyer asks the manufacturer", () => {
    expect(recommend(seat, 50, seats)).toEqual({ variant: null, reason: "none" })
  })
  it("matches the wrist height to the handle's range", () => {
    expect(recommend(handle, 80, handles)).toMatchObject({ variant: "low" })
    expect(recommend(handle, 95, handles)).toMatchObject({ variant: "std" })
    expect(recommend(handle, 70, handles).variant).toBeNull()
  })
  it("charts what each variant fits", () => {
    expect(fitsRange(seat, "46 cm")).toEqual([41, 44])
    expect(sizingRule("Colour")).toBeNull()
  })
})
