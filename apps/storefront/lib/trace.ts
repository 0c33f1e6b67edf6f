import "server-only"
import { medusa, StoreApiError, type Certificate } from "./medusa"

export type RecallSummary = { reason: string; status: "open" | "closed"; opened_at: string; closed_at: string | null }
export type UnitMatch = {
  authentic: boolean
  mismatched: ("lot" | "expiry_date")[]
  unit: { serial: string; udi: string | null; gtin: string | null; lot: string | null; expiry_date: string | null }
  product: { title?: string; handle?: string }
  manufacturer: { handle?: string; legal_name_en?: string; legal_name_zh?: string; city?: string; province?: string }
  certificates: Certificate[]
  recalls: RecallSummary[]
}
export type RecallNotice = {
  id: string
  serials: string[]
  acknowledged_at: string | null
  recall: { reason: string; status: string; opened_at: string; product?: string }
}

/** What the store API says of a code: the matching units, none (404), or why the code is not readable (400). */
export type Lookup = { matches: UnitMatch[] } | { notFound: true } | { invalid: string }

export async function lookupUnit(code: string): Promise<Lookup> {
  try {
    return await medusa<{ matches: UnitMatch[] }>("/store/units/lookup", { params: { code } })
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) return { notFound: true }
    if (e instanceof StoreApiError && e.status === 400) return { invalid: e.message }
    throw e
  }
}

/** The notice a recall link names; null when the link is not valid. */
export async function getRecallNotice(id: string, token: string): Promise<RecallNotice | null> {
  try {
    return (await medusa<{ notice: RecallNotice }>(`/store/recall-notices/${encodeURIComponent(id)}`, { params: { token } })).notice
  } catch (e) {
    if (e instanceof StoreApiError && (e.status === 404 || e.status === 400)) return null
    throw e
  }
}

export async function acknowledgeRecallNotice(id: string, token: string): Promise<void> {
  await medusa(`/store/recall-notices/${encodeURIComponent(id)}/acknowledge`, { method: "POST", body: { token } })
}
