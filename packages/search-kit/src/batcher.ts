/**
 * Gathers keys added within a short window (or until a size cap) into one flush, and tells every
 * caller when the flush that carried its keys is done. Index jobs for single products arriving
 * together (a catalogue import, a manufacturer's suspension) are then read and written as one batch.
 */
export class Batcher<K> {
  private pending = new Set<K>()
  private waiters: { resolve: () => void; reject: (e: unknown) => void }[] = []
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly flush: (keys: K[]) => Promise<void>,
    private readonly options: { windowMs: number; maxSize: number }
  ) {}

  add(keys: K[]): Promise<void> {
    keys.forEach((k) => this.pending.add(k))
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    if (this.pending.size >= this.options.maxSize) void this.run()
    else this.timer ??= setTimeout(() => void this.run(), this.options.windowMs)
    return done
  }

  private async run() {
    clearTimeout(this.timer)
    this.timer = undefined
    const keys = [...this.pending]
    const waiters = this.waiters
    this.pending = new Set()
    this.waiters = []
    try {
      await this.flush(keys)
      waiters.forEach((w) => w.resolve())
    } catch (e) {
      waiters.forEach((w) => w.reject(e))
    }
  }
}
