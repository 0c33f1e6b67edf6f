import Link from "next/link"
import { Pagination, ProductGrid } from "@/components/product-grid"
import { listIsoCategories, listProducts, regionForCountry } from "@/lib/medusa"
import { PAGE_SIZE, pageFrom } from "@/lib/paging"

export const dynamic = "force-dynamic"

export default async function Home({
  params,
  searchParams,
}: {
  params: { countryCode: string }
  searchParams: { page?: string }
}) {
  const { countryCode } = params
  const page = pageFrom(searchParams.page)
  const region = await regionForCountry(countryCode)
  const [{ products, count }, classes] = await Promise.all([
    listProducts(region, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listIsoCategories(),
  ])
  return (
    <>
      <h1>Assistive devices, shipped to {region.name}</h1>
      <p>From verified Chinese manufacturers, with export customs and delivery handled for you.</p>
      <section aria-labelledby="classes">
        <h2 id="classes">Browse by type (ISO 9999)</h2>
        <ul className="chips">
          {classes.flatMap((c) => c.category_children ?? []).map((c) => (
            <li key={c.id}>
              <Link href={`/${countryCode}/categories/${c.handle}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="products">
        <h2 id="products">All products ({count})</h2>
        <ProductGrid products={products} countryCode={countryCode} />
        <Pagination page={page} pages={Math.ceil(count / PAGE_SIZE)} base={`/${countryCode}`} />
      </section>
    </>
  )
}
