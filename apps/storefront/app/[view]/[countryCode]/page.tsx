import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { Pagination, ProductGrid } from "@/components/product-grid"
import { countryName } from "@/lib/format"
import { listIsoCategories, listProducts, regionForCountry } from "@/lib/medusa"
import { PAGE_SIZE, pageFrom } from "@/lib/paging"
import { currentLocale } from "@/lib/request"
import { isoClassName, isoCodeOfHandle } from "@/lib/trade"

export const dynamic = "force-dynamic"

export default async function Home({ params, searchParams }: { params: { countryCode: string }; searchParams: { page?: string } }) {
  const { countryCode } = params
  const page = pageFrom(searchParams.page)
  const region = await regionForCountry(countryCode)
  const [{ products, count }, classes, t, locale] = await Promise.all([
    listProducts(region, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listIsoCategories(),
    getTranslations("home"),
    currentLocale(),
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
