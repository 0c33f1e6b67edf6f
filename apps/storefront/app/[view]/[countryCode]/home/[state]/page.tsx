import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { Pagination, ProductGrid } from "@/components/product-grid"
import { countryName } from "@/lib/format"
import { listIsoCategories, listProducts, regionForCountry } from "@/lib/medusa"
import { PAGE_SIZE, pageFrom } from "@/lib/paging"
import { enterView } from "@/lib/request"
import { isoClassName, isoCodeOfHandle } from "@/lib/trade"
import { readState } from "@/lib/view"

// The country's home page, /{cc} (internally /{view}/{cc}/home/{state}, see middleware.ts): rendered once per
// view, country and page of the list, then served from Next's cache until the catalogue or a category changes
// (the backend's revalidation, app/api/revalidate), or at the latest re-rendered in the background after a minute.
export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = { view: string; countryCode: string; state: string }

export default async function Home({ params }: { params: Params }) {
  const { countryCode } = params
  const { locale } = enterView(params.view)
  const page = pageFrom(readState("home", params.state).page)
  const region = await regionForCountry(countryCode)
  const [{ products, count }, classes, t] = await Promise.all([
    listProducts(region, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listIsoCategories(),
    getTranslations("home"),
  ])
  return (
    <>
      <h1>{t("title", { country: countryName(countryCode, locale) })}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="classes">
        <h2 id="classes">{t("browse")}</h2>
        <ul className="chips">
          {classes.flatMap((c) => c.category_children ?? []).map((c) => {
            const iso = isoClassName(isoCodeOfHandle(c.handle), locale)
            return (
              <li key={c.id}>
                <Link href={`/${countryCode}/categories/${c.handle}`} lang={iso?.lang ?? "en"}>{iso?.name ?? c.name}</Link>
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="products">
        <h2 id="products">{t("all", { count })}</h2>
        <ProductGrid products={products} countryCode={countryCode} />
        <Pagination page={page} pages={Math.ceil(count / PAGE_SIZE)} base={`/${countryCode}`} />
      </section>
    </>
  )
}
