import { signHook } from "@aem/job-contracts"

/** What changed in the catalogue read model: these products' pages, or (after a rebuild) all of them. */
export type PagesChange = { handles: string[] } | { all: true }

/**
 * Tells the storefront which cached pages the last catalogue write made stale (its POST /api/revalidate,
 * signed like the /hooks routes), so buyers see a change within the second instead of when the cache
 * expires. A storefront that cannot be reached is logged, not retried: its cached answers expire on their own.
 */
export class StorefrontPages {
  constructor(
    private readonly options: { url?: string; secret: string; log: (message: string) => void }
  ) {}

  async changed(change: PagesChange): Promise<void> {
    if (!this.options.url || ("handles" in change && !change.handles.length)) return
    const body = JSON.stringify(change)
    try {
      const res = await fetch(`${this.options.url.replace(/\/$/, "")}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", ...signHook(this.options.secret, body) },
        body,
        signal: AbortSignal.timeout(2_000),
      })
      if (!res.ok) this.options.log(`storefront page revalidation answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
    } catch (e) {
      this.options.log(`storefront page revalidation failed, its cached pages expire on their own: ${(e as Error).message}`)
    }
  }
}
