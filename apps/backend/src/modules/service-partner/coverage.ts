/** What a manufacturer's authorisation of a partner covers (pure, for the store's search and the booking). */
export type Authorisation = { manufacturer_id: string; product_ids?: string[] | null; iso_classes?: string[] | null }
export type ServicedProduct = { id: string; manufacturer_id: string | null; iso_9999?: string | null }

/** A class covers its subclasses: "12" covers "12 22" and "12 22 03"; compared without the spaces' variations. */
const classKey = (c: string) => c.trim().split(/\s+/).join(" ")

export function authorisationCovers(auth: Authorisation, product: ServicedProduct): boolean {
  if (!product.manufacturer_id || auth.manufacturer_id !== product.manufacturer_id) return false
  if (auth.product_ids?.length && !auth.product_ids.includes(product.id)) return false
  if (auth.iso_classes?.length) {
    const iso = product.iso_9999 ? classKey(product.iso_9999) : null
    if (!iso || !auth.iso_classes.some((c) => iso === classKey(c) || iso.startsWith(`${classKey(c)} `))) return false
  }
  return true
}
