import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatDimensions, formatPrice, formatWeight } from "@/lib/format"
import { fromPrice, getProduct, inStock, regionForCountry } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"
import { isoClassName } from "@/lib/trade"

export const dynamic = "force-dynamic"
const MAX_COMPARED = 4

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") }
}

/** Up to four products side by side, chosen with the checkboxes on a class page (?p=handle&p=handle). */
export default async function Compare({ params, searchParams }: { params: { countryCode: string }; searchParams: { p?: string | string[] } }) {
  const { countryCode } = params
  const handles = [...new Set([searchParams.p ?? []].flat())]
  const [region, t, locale] = await Promise.all([regionForCountry(countryCode), getTranslations("compare"), currentLocale()])
  const products = await Promise.all(handles.slice(0, MAX_COMPARED).map((h) => getProduct(region, h)))
  const rows: [string, (p: (typeof products)[number]) => React.ReactNode][] = [
    [t("price"), (p) => { const price = fromPrice(p); return price ? formatPrice(price.calculated_amount, price.currency_code, locale) : "—" }],
    [t("class"), (p) => { const iso = isoClassName(p.metadata?.iso_9999 as string, locale); return iso ? <span lang={iso.lang}>{iso.name}</span> : "—" }],
    [t("options"), (p) => <span lang="en">{p.options?.[0]?.title}: {p.variants.map((v) => v.title).join(", ")}</span>],
    [t("netWeight"), (p) => formatWeight(p.metadata?.net_weight_g as number, locale) ?? "—"],
    [t("packedSize"), (p) => formatDimensions(p.length, p.width, p.height, locale) ?? "—"],
    [t("material"), (p) => <span lang="en">{p.material ?? "—"}</span>],
    [t("deviceClass"), (p) => (p.metadata?.device_class as string) ?? "—"],
    [t("stock"), (p) => (p.variants.some(inStock) ? t("inStock") : t("outOfStock"))],
    [t("highlights"), (p) => <span lang="en">{p.description}</span>],
  ]
  return (
    <>
      <h1>{t("title")}</h1>
      {handles.length > MAX_COMPARED && <p role="status" className="notice">{t("tooMany", { max: MAX_COMPARED })}</p>}
      {products.length < 2 ? (
        <p>{t("pick")} <Link href={`/${countryCode}`}>{t("browse")}</Link></p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
          <table data-testid="compare">
            <caption id="compare-caption">{t("caption", { count: products.length })}</caption>
            <thead>
              <tr>
                <td />
                {products.map((p) => (
                  <th scope="col" key={p.id} lang="en"><Link href={`/${countryCode}/products/${p.handle}`}>{p.title}</Link></th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {products.map((p) => <td key={p.id}>{cell(p)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
