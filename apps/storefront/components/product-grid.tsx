import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ProductPhoto } from "@/components/product-photo"
import { formatPrice } from "@/lib/format"
import { fromPrice, type Product } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"

/** Product cards. Titles come from the catalogue in English: marked so, for screen readers. */
export async function ProductGrid({ products, countryCode, compare = false }: { products: Product[]; countryCode: string; compare?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("products"), currentLocale()])
  if (!products.length) return <p>{t("none")}</p>
  return (
    <ul className="grid" data-testid="product-grid">
      {products.map((p) => {
        const price = fromPrice(p)
        return (
          <li key={p.id}>
            <article className="card" data-testid="product-card">
              {/* Decorative: the title below names the product. */}
              <ProductPhoto image={p.thumbnail_image ?? p.images[0] ?? null} sizes="(min-width: 40rem) 18rem, 100vw" decorative label="" />
              <div className="card-body">
                <h3 lang="en">
                  <Link href={`/${countryCode}/products/${p.handle}`}>{p.title}</Link>
                </h3>
                {p.subtitle && <p className="muted" lang="en">{p.subtitle}</p>}
                {price ? (
                  <p className="price" data-testid="product-price">
                    {p.variants.length > 1
                      ? t("from", { price: formatPrice(price.calculated_amount, price.currency_code, locale) })
                      : formatPrice(price.calculated_amount, price.currency_code, locale)}
                  </p>
                ) : (
                  <p className="muted">{t("notSold")}</p>
                )}
                {compare && (
                  <label className="compare-check">
                    <input type="checkbox" name="p" value={p.handle} form="compare-form" /> {t("compare")}{" "}
                    <span className="visually-hidden" lang="en">{p.title}</span>
                  </label>
                )}
              </div>
            </article>
          </li>
        )
      })}
    </ul>
  )
}

export async function Pagination({ page, pages, base }: { page: number; pages: number; base: string }) {
  if (pages <= 1) return null
  const t = await getTranslations("products")
  const join = base.includes("?") ? "&" : "?"
  return (
    <nav className="pagination" aria-label={t("pages")}>
      {page > 1 && <Link href={`${base}${join}page=${page - 1}`} rel="prev">{t("previous")}</Link>}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages && <Link href={`${base}${join}page=${page + 1}`} rel="next">{t("next")}</Link>}
    </nav>
  )
}
