import { ResultCache } from ".."

describe("ResultCache", () => {
  it("answers only for the generation it was filled in", () => {
    const cache = new ResultCache<string>()
    cache.set("q=cane", 1, "three canes")
    expect(cache.get("q=cane", 1)).toBe("three canes")
    expect(cache.get("q=cane", 2)).toBeUndefined()
    // A stale entry is dropped, not kept around.
    expect(cache.size).toBe(0)
  })

  it("forgets the least recently used entry first", () => {
    const cache = new ResultCache<number>(2)
    cache.set("a", 1, 1)
    cache.set("b", 1, 2)
    cache.get("a", 1)
    cache.set("c", 1, 3)
    expect(cache.get("b", 1)).toBeUndefined()
    expect(cache.get("a", 1)).toBe(1)
    expect(cache.get("c", 1)).toBe(3)
  })
})
