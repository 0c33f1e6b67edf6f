/**
 * Results of recent queries, valid for one index generation (a counter every index write bumps):
 * a write anywhere makes every cached result stale at once, so a cached answer is never older than
 * the index. Least recently used entries go first.
 */
export class ResultCache<V> {
  private entries = new Map<string, { generation: number; value: V }>()

  constructor(private readonly maxEntries = 1000) {}

  get(key: string, generation: number): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.generation !== generation) return undefined
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, generation: number, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, { generation, value })
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
  }

  get size() {
    return this.entries.size
  }
}
