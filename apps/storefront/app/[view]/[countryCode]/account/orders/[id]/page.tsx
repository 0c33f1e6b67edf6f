import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { OrderDetail } from "@/components/order-detail"
import { BOOKING_OUTCOMES, OrderService, type BookingOutcome } from "@/components/order-service"
import { OrderShipments } from "@/components/order-shipments"
import { REPORT_OUTCOMES, ReportProblem, type ReportOutcome } from "@/components/report-problem"
import { findServicePartners, getCustomerOrder, getOrderShipments, listOrderComplaints, listOrderServiceJobs } from "@/lib/medusa"
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
  searchParams: { complaint?: string; service?: string }
}) {
  const { countryCode, id } = params
  const token = customerToken()
  if (!token) redirect(`/${countryCode}/account/login?next=/${countryCode}/account/orders/${id}`)
  // The order first: another buyer's is a 404 page before anything else is asked.
  const [order, t] = await Promise.all([getCustomerOrder(token, id), getTranslations("order")])
  // Partners near where the order went: its delivery country, its city first.
  const shipTo = order.shipping_address
  const [shipments, complaints, jobs, partners] = await Promise.all([
    getOrderShipments(token, id),
    listOrderComplaints(token, id),
    listOrderServiceJobs(token, id),
    shipTo?.country_code ? findServicePartners(shipTo.country_code, shipTo.city) : Promise.resolve([]),
  ])
  const booking = BOOKING_OUTCOMES.find((o) => o === searchParams.service) as BookingOutcome | undefined
  const outcome = REPORT_OUTCOMES.find((o) => o === searchParams.complaint) as ReportOutcome | undefined
  return (
    <>
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/${countryCode}/account`}>{t("backToAccount")}</Link>
      </nav>
      <h1>{t("heading", { number: order.display_id })}</h1>
      <OrderDetail order={order} />
      <OrderShipments shipments={shipments} />
      <OrderService order={order} countryCode={countryCode} partners={partners} jobs={jobs} outcome={booking} />
      <ReportProblem order={order} countryCode={countryCode} complaints={complaints} outcome={outcome} />
    </>
  )
}
