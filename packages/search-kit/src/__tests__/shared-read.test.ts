import { SharedRead } from ".."

function counter() {
  let reads = 0
  let now = 0
  const shared = new SharedRead(async () => ++reads, 25, () => now)
  return { shared, reads: () => reads, advance: (ms: number) => (now += ms) }
}

describe("SharedRead", () => {
  it("answers callers within the interval with one read", async () => {
    const { shared, reads, advance } = counter()
    const answers = await Promise.all([shared.get(), shared.get(), shared.get()])
    advance(25)
    answers.push(await shared.get())
    expect(answers).toEqual([1, 1, 1, 1])
    expect(reads()).toBe(1)
  })

  it("reads again once the value is older than the interval", async () => {
    const { shared, reads, advance } = counter()
    expect(await shared.get()).toBe(1)
    advance(26)
    expect(await shared.get()).toBe(2)
    expect(reads()).toBe(2)
  })

  it("reads again at once after forget (a write made here)", async () => {
    const { shared } = counter()
    expect(await shared.get()).toBe(1)
    shared.forget()
    expect(await shared.get()).toBe(2)
  })

  it("does not keep a failed read for later callers", async () => {
    let fail = true
    const shared = new SharedRead(async () => {
      if (fail) throw new Error("connection reset")
      return 7
    }, 1000)
    await expect(shared.get()).rejects.toThrow("connection reset")
    fail = false
    expect(await shared.get()).toBe(7)
  })
})
