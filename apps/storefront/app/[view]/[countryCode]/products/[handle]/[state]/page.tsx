import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { JsonLd } from "@/components/json-ld"
import { LandedCostTable } from "@/components/landed-cost"
import { ProductPhoto } from "@/components/product-photo"
import { SizingHelp } from "@/components/sizing-help"
import { addToCart } from "../../../actions"
import { deliveryWindow, SHIPPING_CODES } from "@/lib/delivery"
import { countryName, formatDate, formatDimensions, formatPrice, formatWeight, isolate } from "@/lib/format"
import { fromPrice, getCreditBadge, getProduct, getProductContent, inStock, regionForCountry } from "@/lib/medusa"
import { enterView, languageAlternates, siteOrigin } from "@/lib/request"
import { sizingRule } from "@/lib/sizing"
import { estimateLandedCost } from "@/lib/landed-cost"
import { describeHsCode, isoClassName } from "@/lib/trade"
import { readState } from "@/lib/view"
import { certificateTypeName } from "@/lib/certificates"

// Rendered once per view, country, product and sizing state, then served from Next's cache: a catalogue change
// drops it at once (the backend's revalidation, app/api/revalidate); otherwise it is rendered again in the
// background after a minute, as long as the regions it shows are kept (so delivery dates move on daily).
export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = { view: string; countryCode: string; handle: string; state: string }

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { countryCode, handle } = params
  const { locale } = enterView(params.view)
  const product = await getProduct(await regionForCountry(countryCode), handle, locale)
  const content = await getProductContent(product, locale)
  return {
    title: content.title.text,
    description: content.description.text ?? undefined,
    alternates: { languages: languageAlternates(`/${countryCode}/products/${handle}`) },
  }
}

export default async function ProductPage({ params }: { params: Params }) {
  const { countryCode, handle } = params
  const { locale, signedIn: loggedIn } = enterView(params.view)
  const searchParams = readState("products", params.state)
  const region = await regionForCountry(countryCode)
  const product = await getProduct(region, handle, locale)
  const manufacturer = product.manufacturer ?? null
  const t = await getTranslations("product")
  const [content, credit] = await Promise.all([getProductContent(product, locale), manufacturer ? getCreditBadge(product.id) : null])
  const meta = product.metadata ?? {}
  const iso = isoClassName(meta.iso_9999 as string | undefined, locale)
  const en = { lang: "en" }
  const specs: [string, string | null, { lang?: string }?][] = [
    [t("spec.iso"), iso && `${iso.code} ${iso.name}`, { lang: iso?.lang }],
    [t("spec.hs"), describeHsCode(product.hs_code), en],
    [t("spec.origin"), product.origin_country ? countryName(product.origin_country, locale) : null],
    [t("spec.material"), product.material, en],
    [t("spec.netWeight"), formatWeight(meta.net_weight_g as number | undefined, locale)],
    [t("spec.shippingWeight"), formatWeight(product.weight, locale)],
    [t("spec.packedSize"), formatDimensions(product.length, product.width, product.height, locale)],
    [t("spec.deviceClass"), (meta.device_class as string) ?? null],
  ]
  const optionTitle = product.options?.[0]?.title ?? t("option")
  const cheapest = product.variants
    .filter((v) => v.calculated_price)
    .sort((a, b) => a.calculated_price!.calculated_amount - b.calculated_price!.calculated_amount)[0]
  const estimate =
    cheapest &&
    estimateLandedCost({
      countryCode,
      currency: region.currency_code,
      items: [{ hsCode: product.hs_code, value: cheapest.calculated_price!.calculated_amount, quantity: 1, weightKg: (cheapest.weight ?? product.weight ?? 0) / 1000 || undefined }],
      shipping: 0,
      incoterm: "DAP",
    })
  const price = fromPrice(product)
  const url = `${siteOrigin()}/${countryCode}/products/${product.handle}`
  const rule = sizingRule(product.options?.[0]?.title)
  const country = countryName(countryCode, locale)
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Product",
          name: content.title.text,
          description: content.description.text ?? undefined,
          image: product.images.length ? product.images.map((i) => i.url) : undefined,
          sku: product.variants[0]?.sku ?? undefined,
          brand: manufacturer ? { "@type": "Brand", name: manufacturer.legal_name_en } : undefined,
          manufacturer: manufacturer ? { "@type": "Organization", name: manufacturer.legal_name_en, address: { "@type": "PostalAddress", addressLocality: manufacturer.city, addressRegion: manufacturer.province, addressCountry: "CN" } } : undefined,
          countryOfOrigin: product.origin_country?.toUpperCase(),
          weight: product.weight ? { "@type": "QuantitativeValue", value: product.weight, unitCode: "GRM" } : undefined,
          offers: product.variants
            .filter((v) => v.calculated_price)
            .map((v) => ({
              "@type": "Offer",
              sku: v.sku ?? undefined,
              name: v.title,
              price: v.calculated_price!.calculated_amount.toFixed(2),
              priceCurrency: v.calculated_price!.currency_code.toUpperCase(),
              availability: inStock(v) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
              eligibleRegion: countryCode.toUpperCase(),
              url,
            })),
        }}
      />
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/${countryCode}`}>{t("all")}</Link>
      </nav>
      <article className="product">
        <div className="product-photos">
          <ProductPhoto image={product.images[0] ?? null} sizes="(min-width: 50rem) 45vw, 100vw" label={t("noPhoto")} priority />
          {product.images.length > 1 && (
            <ul>
              {product.images.slice(1).map((image) => (
                <li key={image.url}>
                  <ProductPhoto image={image} sizes="10rem" label={t("noPhoto")} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h1 lang={content.title.lang}>{content.title.text}</h1>
          {content.subtitle.text && <p className="muted" lang={content.subtitle.lang}>{content.subtitle.text}</p>}
          {manufacturer && (
            <p>
              {t.rich("madeBy", {
                maker: () => <strong lang="en">{manufacturer.legal_name_en}</strong>,
                zh: () => <span lang="zh">{manufacturer.legal_name_zh}</span>,
                city: manufacturer.city,
                province: manufacturer.province,
              })}
            </p>
          )}
          <p lang={content.description.lang}>{content.description.text}</p>

          <h2 id="prices">{t("prices", { currency: region.currency_code.toUpperCase() })}</h2>
          {/* Scrolls sideways on its own at 320 px rather than making the page do so (WCAG 1.4.10 allows it for data tables). */}
          <div className="table-scroll" role="region" aria-labelledby="prices" tabIndex={0}>
            <table data-testid="variant-prices">
              <thead>
                <tr>
                  <th scope="col" lang="en">{optionTitle}</th>
                  <th scope="col">{t("price")}</th>
                  <th scope="col">{t("availability")}</th>
                </tr>
              </thead>
              <tbody>
                {product.variants.map((v) => (
                  <tr key={v.id}>
                    <th scope="row" lang="en">{v.title}</th>
                    <td className="price">
                      {v.calculated_price ? formatPrice(v.calculated_price.calculated_amount, v.calculated_price.currency_code, locale) : t("notSold")}
                    </td>
                    <td>{inStock(v) ? t("inStock") : t("outOfStock")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {price && (
            <form action={addToCart} className="buy" aria-labelledby="buy-title">
              <h2 id="buy-title">{t("buy")}</h2>
              <input type="hidden" name="countryCode" value={countryCode} />
              <input type="hidden" name="handle" value={product.handle} />
              <label htmlFor="variant">{optionTitle}</label>
              <select id="variant" name="variant_id" defaultValue={searchParams.fit ?? product.variants.find(inStock)?.id} lang="en" dir="ltr">
                {product.variants.map((v) => (
                  <option key={v.id} value={v.id} disabled={!inStock(v) || !v.calculated_price}>
                    {v.title}
                  </option>
                ))}
              </select>
              <label htmlFor="quantity">{t("quantity")}</label>
              <input id="quantity" name="quantity" type="number" min={1} max={99} defaultValue={1} inputMode="numeric" />
              <button type="submit" className="primary">{t("addToCart")}</button>
            </form>
          )}
        </div>
      </article>

      <div className="product-details">
        <section aria-labelledby="specs">
          <h2 id="specs">{t("specifications")}</h2>
          <table>
            <tbody>
              {specs
                .filter(([, value]) => value)
                .map(([label, value, attrs]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td {...attrs}>{value}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>

        {rule && <SizingHelp rule={rule} product={product} countryCode={countryCode} measured={searchParams.measure} ask={searchParams.ask} loggedIn={loggedIn} />}

        <section aria-labelledby="delivery">
          <h2 id="delivery">{t("deliveryTitle", { country })}</h2>
          <ul>
            {SHIPPING_CODES.map((code) => {
              const w = deliveryWindow(code)!
              return (
                <li key={code}>
                  {t("deliveryWindow", { option: t(`shipping.${code}`), from: formatDate(w.earliest, locale), to: formatDate(w.latest, locale) })}
                </li>
              )
            })}
          </ul>
          <p className="muted">{t("deliveryNote")}</p>
        </section>

        <section aria-labelledby="duties">
          <h2 id="duties">{t("dutiesTitle", { country })}</h2>
          {estimate ? (
            <>
              <LandedCostTable estimate={estimate} caption={t("dutiesCaption", { variant: isolate(cheapest!.title) })} />
              <p>{estimate.ddpAllowed ? t("ddpOffered") : t("dapOnly")}</p>
            </>
          ) : (
            <p>{t("noDuties")}</p>
          )}
        </section>

        {manufacturer && (
          <section aria-labelledby="maker">
            <h2 id="maker">{t("makerTitle")}</h2>
            <p className="badge">{t("verified")}</p>
            {credit && (
              // Said in words, with the score: the border colour only repeats it.
              <p className={`credit credit-${credit.rating}`} data-testid="credit-badge">
                <strong>{t("credit.title")}</strong> {t(`credit.${credit.rating}`, { score: credit.score ?? 0 })}
                <br />
                <span className="muted">{t("credit.explain")}</span>
              </p>
            )}
            <dl className="facts">
              <dt>{t("legalName")}</dt>
              <dd><span lang="en">{manufacturer.legal_name_en}</span> · <span lang="zh">{manufacturer.legal_name_zh}</span></dd>
              <dt>{t("location")}</dt>
              <dd lang="en">{manufacturer.city}, {manufacturer.province}</dd>
              {manufacturer.founded_year && (
                <>
                  <dt>{t("founded")}</dt>
                  <dd>{manufacturer.founded_year}</dd>
                </>
              )}
            </dl>
            {manufacturer.description_en && <p lang="en">{manufacturer.description_en}</p>}
            <h3>{t("certificates")}</h3>
            {manufacturer.certificates?.length ? (
              <ul data-testid="certificates">
                {manufacturer.certificates.map((c) => (
                  <li key={c.number}>
                    {t("certificate", { type: certificateTypeName(t, c.type), number: c.number, issuer: c.issuer, from: formatDate(c.valid_from, locale), until: formatDate(c.valid_until, locale) })}
                    {new Date(c.valid_until) < new Date() && <strong> {t("expired")}</strong>}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("noCertificates")}</p>
            )}
          </section>
        )}
      </div>
    </>
  )
}
