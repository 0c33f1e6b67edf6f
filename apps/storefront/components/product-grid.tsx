import Link from "next/link"
import { formatPrice } from "@/lib/format"
import { fromPrice, type Product } from "@/lib/medusa"

export function ProductGrid({ products, countryCode }: { products: Product[]; countryCode: string }) {
  if (!products.length) return <p>No products here yet.</p>
  return (
    <ul className="grid" data-testid="product-grid">
      {products.map((p) => {
        const price = fromPrice(p)
        return (
          <li key={p.id}>
            <article className="card" data-testid="product-card">
              {p.thumbnail && <img src={p.thumbnail} alt="" width={800} height={600} loading="lazy" />}
              <div className="card-body">
                <h3>
                  <Link href={`/${countryCode}/products/${p.handle}`}>{p.title}</Link>
                </h3>
                {p.subtitle && <p className="muted">{p.subtitle}</p>}
                {price ? (
                  <p className="price" data-testid="product-price">
                    {p.variants.length > 1 && "from "}
                    {formatPrice(price.calculated_amount, price.currency_code)}
                  </p>
                ) : (
                  <p className="muted">Not sold in your country</p>
                )}
              </div>
            </article>
          </li>
        )
      })}
    </ul>
  )
}

export function Pagination({ page, pages, base }: { page: number; pages: number; base: string }) {
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && <Link href={`${base}?page=${page - 1}`} rel="prev">Previous page</Link>}
      <span aria-current="page">Page {page} of {pages}</span>
      {page < pages && <Link href={`${base}?page=${page + 1}`} rel="next">Next page</Link>}
    </nav>
  )
}
