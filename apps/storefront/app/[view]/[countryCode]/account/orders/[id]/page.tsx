import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderDetail } from "@/components/order-detail"
import { OrderShipments } from "@/components/order-shipments"
import { REPORT_OUTCOMES, ReportProblem, type ReportOutcome } from "@/components/report-problem"
import { getCustomerOrder, getOrderShipments, listOrderComplaints } from "@/lib/medusa"
import { customerToken } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("order"))("detail") }
}

export default async function AccountOrder({
  params,
  searchParams,
}: {
  params: { countryCode: string; id: string }
  searchParams: { complaint?: string }
}) {
  const { countryCode, id } = params
  const token = customerToken()
  if (!token) redirect(`/${countryCode}/account/login?next=/${countryCode}/account/orders/${id}`)
  // The order first: another buyer's is a 404 page before anything else is asked.
  const [order, t] = await Promise.all([getCustomerOrder(token, id), getTranslations("order")])
  const [shipments, complaints] = await Promise.all([getOrderShipments(token, id), listOrderComplaints(token, id)])
  const outcome = REPORT_OUTCOMES.find((o) => o === searchParams.complaint) as ReportOutcome | undefined
  return (
    <>
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/${countryCode}/account`}>{t("backToAccount")}</Link>
      </nav>
      <h1>{t("heading", { number: order.display_id })}</h1>
      <OrderDetail order={order} />
      <OrderShipments shipments={shipments} />
      <ReportProblem order={order} countryCode={countryCode} complaints={complaints} outcome={outcome} />
    </>
  )
}
