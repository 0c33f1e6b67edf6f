import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The currency a country's buyers pay in: its region's. A country no region serves is a 400 that says so. */
type Regions = { id: string; currency_code: string; countries?: { iso_2: string }[] | null }[]
// Regions change rarely and every search needs one: read them at most once a minute.
const REGIONS_TTL_MS = 60_000
let regionsCache: { at: number; regions: Promise<Regions> } | undefined

function listRegions(container: MedusaContainer): Promise<Regions> {
  if (!regionsCache || Date.now() - regionsCache.at > REGIONS_TTL_MS) {
    const regions = container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] }) as Promise<Regions>
    regionsCache = { at: Date.now(), regions }
    regions.catch(() => (regionsCache = undefined))
  }
  return regionsCache.regions
}

/** A region id the store does not have is a 400 (its buyers would see no prices at all). */
export async function assertRegion(container: MedusaContainer, regionId: string): Promise<void> {
  const regions = await listRegions(container)
  if (!regions.some((r) => r.id === regionId)) {
    // A region created since the list was read is not in it yet: read it again (at most every few seconds).
    if (regionsCache && Date.now() - regionsCache.at > 5_000) regionsCache = undefined
    if (!(await listRegions(container)).some((r) => r.id === regionId)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id "${regionId}" is not a region of this store (GET /store/regions lists them)`)
    }
  }
}

export async function currencyForCountry(container: MedusaContainer, countryCode: string): Promise<string> {
  const regions = await listRegions(container)
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === countryCode))
  if (!region) {
    const served = regions.flatMap((r) => r.countries?.map((c) => c.iso_2) ?? []).sort()
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `country_code "${countryCode}" is not served; use one of: ${served.join(", ")}`
    )
  }
  return region.currency_code
}

/** The sales channel of the publishable key the store request came with. */
export function salesChannelOf(req: { publishable_key_context?: { sales_channel_ids?: string[] } }): string {
  const [channel] = req.publishable_key_context?.sales_channel_ids ?? []
  if (!channel) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The publishable API key is not linked to a sales channel")
  }
  return channel
}
