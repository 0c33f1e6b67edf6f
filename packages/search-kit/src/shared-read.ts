/**
 * One value read from elsewhere (a table's generation in the database), shared by everyone who asks
 * at about the same time: a read started at most `maxAgeMs` ago, or still in flight, answers them all.
 * Under load that turns one round trip per request into one per interval, and bounds how late a write
 * made elsewhere (another process) is seen by `maxAgeMs`; after a write here, `forget()` makes the
 * next ask read again, so this process sees its own writes at once.
 */
export class SharedRead<T> {
  private current: { startedAt: number; value: Promise<T> } | undefined

  constructor(
    private readonly read: () => Promise<T>,
    private readonly maxAgeMs: number,
    private readonly clock: () => number = Date.now
  ) {}

  get(): Promise<T> {
    const now = this.clock()
    if (!this.current || now - this.current.startedAt > this.maxAgeMs) {
      const entry = { startedAt: now, value: this.read() }
      this.current = entry
      // A failed read is not shared beyond the callers already waiting on it.
      entry.value.catch(() => {
        if (this.current === entry) this.current = undefined
      })
    }
    return this.current.value
  }

  forget(): void {
    this.current = undefined
  }
}
