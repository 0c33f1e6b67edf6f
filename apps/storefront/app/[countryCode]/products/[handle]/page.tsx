import type { Metadata } from "next"
import Link from "next/link"
import { formatDimensions, formatPrice, formatWeight } from "@/lib/format"
import { getManufacturer, getProduct, regionForCountry } from "@/lib/medusa"
import { describeHsCode, describeIsoClass } from "@/lib/trade"

export const dynamic = "force-dynamic"

type Params = { countryCode: string; handle: string }

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { countryCode, handle } = params
  const product = await getProduct(await regionForCountry(countryCode), handle)
  return { title: product.title, description: product.description ?? undefined }
}

export default async function ProductPage({ params }: { params: Params }) {
  const { countryCode, handle } = params
  const region = await regionForCountry(countryCode)
  const product = await getProduct(region, handle)
  const manufacturer = await getManufacturer(product.id)
  const meta = product.metadata ?? {}
  const specs: [string, string | null][] = [
    ["ISO 9999 class", describeIsoClass(meta.iso_9999 as string | undefined)],
    ["HS code", describeHsCode(product.hs_code)],
    ["Country of origin", product.origin_country?.toUpperCase() ?? null],
    ["Material", product.material],
    ["Net weight", formatWeight(meta.net_weight_g as number | undefined)],
    ["Shipping weight", formatWeight(product.weight)],
    ["Packed size", formatDimensions(product.length, product.width, product.height)],
    ["Medical device class", (meta.device_class as string) ?? null],
  ]
  const optionTitle = product.options?.[0]?.title ?? "Option"
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href={`/${countryCode}`}>All products</Link>
      </nav>
      <article className="product">
        {product.thumbnail && <img src={product.thumbnail} alt={product.title} width={800} height={600} />}
        <div>
          <h1>{product.title}</h1>
          {product.subtitle && <p className="muted">{product.subtitle}</p>}
          {manufacturer && (
            <p>
              Made by <strong>{manufacturer.legal_name_en}</strong> (<span lang="zh">{manufacturer.legal_name_zh}</span>
              ), {manufacturer.city}, {manufacturer.province}
            </p>
          )}
          <p>{product.description}</p>
          <h2>Prices in {region.currency_code.toUpperCase()}</h2>
          <table data-testid="variant-prices">
            <thead>
              <tr>
                <th scope="col">{optionTitle}</th>
                <th scope="col">Price</th>
                <th scope="col">Availability</th>
              </tr>
            </thead>
            <tbody>
              {product.variants.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.title}</th>
                  <td className="price">
                    {v.calculated_price
                      ? formatPrice(v.calculated_price.calculated_amount, v.calculated_price.currency_code)
                      : "Not sold in your country"}
                  </td>
                  <td>
                    {!v.manage_inventory || (v.inventory_quantity ?? 0) > 0
                      ? "In stock at the Jiaxing logistics park"
                      : "Out of stock"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Specifications</h2>
          <table>
            <tbody>
              {specs
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{value}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </article>
    </>
  )
}
