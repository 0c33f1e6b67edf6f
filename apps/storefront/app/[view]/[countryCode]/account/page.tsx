import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { logout } from "../actions"
import { formatDate, formatPrice } from "@/lib/format"
import { listFittingRequests, listOrders } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"
import { currentCustomer, customerToken } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") }
}

export default async function Account({ params }: { params: { countryCode: string } }) {
  const { countryCode } = params
  const customer = await currentCustomer()
  if (!customer) redirect(`/${countryCode}/account/login`)
  const token = customerToken()!
  const [orders, fittings, t, locale] = await Promise.all([listOrders(token), listFittingRequests(token), getTranslations("account"), currentLocale()])
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("hello", { name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email })}</p>
      <nav aria-label={t("sections")}>
        <ul className="chips">
          <li><Link href={`/${countryCode}/account/addresses`}>{t("addresses")}</Link></li>
          <li><Link href={`/${countryCode}/account/organisation`}>{t("organisation")}</Link></li>
        </ul>
      </nav>
      <section aria-labelledby="orders">
        <h2 id="orders">{t("orders")}</h2>
        {orders.length ? (
          <table data-testid="orders">
            <thead>
              <tr>
                <th scope="col">{t("order")}</th>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <th scope="row"><Link href={`/${countryCode}/account/orders/${o.id}`}>#{o.display_id}</Link></th>
                  <td>{formatDate(o.created_at, locale)}</td>
                  <td>{t(`fulfilment.${o.fulfillment_status}`)}</td>
                  <td className="money">{formatPrice(o.total, o.currency_code, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("noOrders")}</p>
        )}
      </section>
      <section aria-labelledby="fittings">
        <h2 id="fittings">{t("fittings")}</h2>
        {fittings.length ? (
          <ul className="fittings" data-testid="fitting-requests">
            {fittings.map((f) => (
              <li key={f.id}>
                <h3 className="h3">
                  {f.product ? <Link href={`/${countryCode}/products/${f.product.handle}`} lang="en">{f.product.title}</Link> : t("fittingProductGone")}
                </h3>
                <p>
                  {t("fittingAsked", { date: formatDate(f.created_at, locale), measurement: t(`fittingMeasurement.${f.measurement}`), value: f.measured_cm })}
                </p>
                {f.status === "answered" && f.answer ? (
                  <>
                    <p>
                      {t("fittingAnswered", { date: formatDate(f.answered_at!, locale) })}
                    </p>
                    {/* The manufacturer writes in its own words: the language is unknown, so none is claimed. */}
                    <blockquote dir="auto">{f.answer}</blockquote>
                    {f.recommended_variant && f.product && (
                      <p>
                        <Link href={`/${countryCode}/products/${f.product.handle}?fit=${f.recommended_variant.id}#buy-title`}>
                          {t.rich("fittingChoose", { variant: () => <bdi lang="en">{f.recommended_variant!.title}</bdi> })}
                        </Link>
                      </p>
                    )}
                  </>
                ) : (
                  <p className="muted">{t("fittingWaiting")}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noFittings")}</p>
        )}
      </section>
      <form action={logout}>
        <input type="hidden" name="countryCode" value={countryCode} />
        <button type="submit">{t("logout")}</button>
      </form>
    </>
  )
}
