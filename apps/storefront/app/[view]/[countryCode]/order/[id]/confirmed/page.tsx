import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { OrderDetail } from "@/components/order-detail"
import { getOrder } from "@/lib/medusa"
import { customerToken } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("order"))("confirmed") }
}

export default async function Confirmed({ params, searchParams }: { params: { countryCode: string; id: string }; searchParams: { key?: string } }) {
  const { countryCode, id } = params
  const token = customerToken()
  // The signed-in buyer's own order, or a guest's with the order's secret the link carries (`key`); anyone
  // else's is a 404. Both carry the delivery terms (the backend allows metadata on the by-id route).
  const [order, t] = await Promise.all([getOrder(id, { token, orderToken: searchParams.key }), getTranslations("order")])
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
