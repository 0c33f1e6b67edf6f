import { Batcher } from ".."

describe("Batcher", () => {
  it("flushes keys added within the window once, deduplicated, and resolves every caller", async () => {
    const flushed: string[][] = []
    const batcher = new Batcher<string>(async (keys) => void flushed.push(keys), { windowMs: 20, maxSize: 100 })
    await Promise.all([batcher.add(["a", "b"]), batcher.add(["b", "c"]), batcher.add(["d"])])
    expect(flushed).toEqual([["a", "b", "c", "d"]])
  })

  it("flushes at once when the batch is full", async () => {
    const flushed: number[][] = []
    const batcher = new Batcher<number>(async (keys) => void flushed.push(keys), { windowMs: 10_000, maxSize: 3 })
    await batcher.add([1, 2, 3])
    expect(flushed).toEqual([[1, 2, 3]])
  })

  it("rejects every caller of a failed flush, and the next batch starts clean", async () => {
    let fail = true
    const batcher = new Batcher<number>(
      async () => {
        if (fail) throw new Error("database down")
      },
      { windowMs: 5, maxSize: 10 }
    )
    await expect(Promise.all([batcher.add([1]), batcher.add([2])])).rejects.toThrow("database down")
    fail = false
    await expect(batcher.add([3])).resolves.toBeUndefined()
  })
})
