import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { FocusHeading } from "@/components/focus-heading"
import { OrderSummary } from "@/components/order-summary"
import { updateLine } from "../actions"
import { formatPrice } from "@/lib/format"
import { isDutiesLine } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"
import { currentCart } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cart"))("title") }
}

export default async function CartPage({ params, searchParams }: { params: { countryCode: string }; searchParams: { added?: string } }) {
  const { countryCode } = params
  const [cart, t, locale] = await Promise.all([currentCart(), getTranslations("cart"), currentLocale()])
  // The duties line (DDP) is the backend's to set: it shows in the summary, not among the goods to edit.
  const items = (cart?.items ?? []).filter((i) => !isDutiesLine(i))
  return (
    <>
      <h1 id="cart-title" tabIndex={-1}>{t("title")}</h1>
      {/* The add-to-cart button is gone with the product page: focus goes to this page's heading, not to <body>. */}
      {searchParams.added && <FocusHeading id="cart-title" />}
      {searchParams.added && <p role="status" className="notice">{t("added")}</p>}
      {!cart || !items.length ? (
        <p>
          {t("empty")} <Link href={`/${countryCode}`}>{t("browse")}</Link>
        </p>
      ) : (
        <>
          <ul className="cart-lines" data-testid="cart-lines">
            {items.map((i) => (
              <li key={i.id} className="cart-line">
                {i.thumbnail && <img src={i.thumbnail} alt="" width={120} height={90} />}
                <div>
                  <h2 className="h3" lang="en">
                    <Link href={`/${countryCode}/products/${i.product_handle}`}>{i.product_title}</Link>
                  </h2>
                  <p lang="en">{i.variant_title}</p>
                  <p className="money">{formatPrice(i.unit_price, cart.currency_code, locale)}</p>
                </div>
                <form action={updateLine} className="inline-form">
                  <input type="hidden" name="countryCode" value={countryCode} />
                  <input type="hidden" name="line_id" value={i.id} />
                  <label htmlFor={`qty-${i.id}`}>{t("quantity")}</label>
                  <input id={`qty-${i.id}`} name="quantity" type="number" min={0} max={99} defaultValue={i.quantity} inputMode="numeric" />
                  <button type="submit">{t("update")}</button>
                </form>
                <form action={updateLine}>
                  <input type="hidden" name="countryCode" value={countryCode} />
                  <input type="hidden" name="line_id" value={i.id} />
                  <input type="hidden" name="quantity" value="0" />
                  <button type="submit">
                    {t("remove")} <span className="visually-hidden" lang="en">{i.product_title}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <OrderSummary of={cart} caption={t("summary")} />
          <p className="muted">{t("dutiesLater")}</p>
          <p>
            <Link className="button primary" href={`/${countryCode}/checkout`}>{t("checkout")}</Link>
          </p>
        </>
      )}
    </>
  )
}
