import Link from "next/link"
import { Pagination, ProductGrid } from "@/components/product-grid"
import { getCategory, listProducts, regionForCountry } from "@/lib/medusa"
import { PAGE_SIZE, pageFrom } from "@/lib/paging"

export const dynamic = "force-dynamic"

export default async function CategoryPage({
  params,
  searchParams,
}: {
  params: { countryCode: string; handle: string }
  searchParams: { page?: string }
}) {
  const { countryCode, handle } = params
  const page = pageFrom(searchParams.page)
  const [region, category] = await Promise.all([regionForCountry(countryCode), getCategory(handle)])
  const { products, count } = await listProducts(region, {
    categoryId: category.id,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  })
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href={`/${countryCode}`}>All products</Link>
      </nav>
      <h1>{category.name}</h1>
      <ProductGrid products={products} countryCode={countryCode} />
      <Pagination page={page} pages={Math.ceil(count / PAGE_SIZE)} base={`/${countryCode}/categories/${handle}`} />
    </>
  )
}
