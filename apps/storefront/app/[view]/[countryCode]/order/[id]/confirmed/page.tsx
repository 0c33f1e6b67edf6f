import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { OrderDetail } from "@/components/order-detail"
import { getCustomerOrder, getOrder } from "@/lib/medusa"
import { customerToken } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("order"))("confirmed") }
}

export default async function Confirmed({ params }: { params: { countryCode: string; id: string } }) {
  const { countryCode, id } = params
  const token = customerToken()
  // A signed-in buyer's order is looked up among their own (another's is a 404); a guest's by its id, the
  // guest's key. Both carry the delivery terms (the backend allows metadata on the by-id route).
  const [order, t] = await Promise.all([token ? getCustomerOrder(token, id) : getOrder(id), getTranslations("order")])
  return (
    <>
      <h1>{t("confirmed")}</h1>
      <p role="status">{t("thanks", { email: order.email })}</p>
      <OrderDetail order={order} />
      <p>
        {token ? (
          <Link href={`/${countryCode}/account`}>{t("toAccount")}</Link>
        ) : (
          <Link href={`/${countryCode}`}>{t("continue")}</Link>
        )}
      </p>
    </>
  )
}
