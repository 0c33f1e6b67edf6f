import { signHook, signedPath } from "@aem/job-contracts"

/**
 * What changed: these products' entries in the catalogue read model, the categories (names, membership: the
 * category lists and pages), or (after a rebuild) everything.
 */
export type PagesChange = { handles: string[] } | { categories: true } | { all: true }

// A page render that read the catalogue before the write and finishes after the first revalidation would be
// cached as current: the same revalidation again, this long after, drops it (renders take far less).
const AGAIN_AFTER_MS = 1_500
// A storefront that cannot be reached is asked again after these pauses (half a minute in all); after that its
// cached answers expire on their own within about two minutes (lib/medusa.ts).
const RETRY_AFTER_MS = [1_000, 2_000, 4_000, 8_000, 16_000]

/**
 * Tells the storefront which cached pages the last catalogue write made stale (its POST /api/revalidate,
 * signed like the /hooks routes), so buyers see a change within a second or two instead of when the cache
 * expires. Indexing never waits for it.
 */
export class StorefrontPages {
  /** Said once per outage, not once per write (a seed writes hundreds of batches before the storefront starts). */
  private unreachable = false

  constructor(private readonly options: { url?: string; secret: string; log: (message: string) => void }) {}

  changed(change: PagesChange): void {
    if (!this.options.url || ("handles" in change && !change.handles.length)) return
    void this.send(change)
    setTimeout(() => void this.send(change), AGAIN_AFTER_MS).unref()
  }

  private async send(change: PagesChange, attempt = 0): Promise<void> {
    const body = JSON.stringify(change)
    try {
      const url = `${this.options.url!.replace(/\/$/, "")}/api/revalidate`
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signHook(this.options.secret, { path: signedPath(url), body }) },
        body,
        signal: AbortSignal.timeout(5_000),
      })
      if (!res.ok) this.options.log(`storefront page revalidation answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
      else if (this.unreachable) this.options.log("storefront page revalidation reaches the storefront again")
      this.unreachable = false
    } catch (e) {
      if (!this.unreachable) this.options.log(`storefront page revalidation failed (asked again for half a minute): ${(e as Error).message}`)
      this.unreachable = true
      if (attempt < RETRY_AFTER_MS.length) setTimeout(() => void this.send(change, attempt + 1), RETRY_AFTER_MS[attempt]).unref()
    }
  }
}
