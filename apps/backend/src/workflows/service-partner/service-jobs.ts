import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { jobTransitionError, type PartnerService, type ServiceJobStatus } from "../../modules/service-partner/status"
import { partnersAuthorisedFor, servicedProducts } from "./coverage"
import { partners } from "./partners"

export type ServiceBooking = {
  order_id: string
  partner_id: string
  service: PartnerService
  note?: string
  proposed_times: string[]
  product_id?: string
  traced_unit_id?: string
  customer_id: string | null
  locale: string
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks the booking against the order (the device is on it, the partner works in the country it went to) and
 * the partner (verified, offers the service, authorised by the device's manufacturer), and records the job.
 */
const createServiceJobStep = createStep(
  "create-service-job",
  async (input: ServiceBooking, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = partners(container)
    const [partner] = await service.listServicePartners({ id: input.partner_id, status: "verified" })
    if (!partner) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service partner ${input.partner_id} was not found`)
    if (!partner.services.includes(input.service)) {
      throw refuse(`${partner.legal_name} does not offer ${input.service}; it offers ${partner.services.join(", ")}.`)
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", "items.product_id", "shipping_address.country_code"],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    const country = order.shipping_address?.country_code?.toLowerCase()
    if (country !== partner.country_code) {
      throw refuse(`${partner.legal_name} works in ${partner.country_code.toUpperCase()}, and this order went to ${country?.toUpperCase() ?? "no address"}: choose a partner near you.`)
    }
    let productId = input.product_id ?? null
    if (input.traced_unit_id) {
      const { data: units } = await query.graph({ entity: "traced_unit", fields: ["id", "product_id"], filters: { id: input.traced_unit_id, buyer_order_id: input.order_id } })
      if (!units[0]) throw refuse(`Unit ${input.traced_unit_id} was not delivered with this order.`)
      if (productId && productId !== units[0].product_id) throw refuse("product_id and traced_unit_id name different devices: give one.")
      productId = units[0].product_id
    }
    if (productId) {
      if (!(order.items ?? []).some((i) => i?.product_id === productId)) throw refuse(`Product ${productId} is not on this order.`)
      const [product] = await servicedProducts(container, [productId])
      if (!(await partnersAuthorisedFor(container, [partner.id], product)).has(partner.id)) {
        throw refuse(`${partner.legal_name} is not authorised by the manufacturer to service this product: choose a partner listed for it.`)
      }
    }
    const job = await service.createServiceJobs({
      partner_id: partner.id,
      order_id: input.order_id,
      traced_unit_id: input.traced_unit_id ?? null,
      product_id: productId,
      customer_id: input.customer_id,
      email: order.email!,
      locale: input.locale,
      service: input.service,
      note: input.note ?? null,
      proposed_times: input.proposed_times,
    })
    return new StepResponse({ job, partner: { id: partner.id, legal_name: partner.legal_name, contact_email: partner.contact_email } }, job.id)
  },
  async (id, { container }) => {
    if (id) await partners(container).deleteServiceJobs(id)
  }
)

type NotifiedJob = { id: string; status: string; email: string; locale: string; order_id: string; scheduled_at?: Date | string | null; status_reason?: string | null; updated_at: Date | string }

/** Each step of a job is told to the buyer (in their language) and to the partner. */
function jobNotifications({ job, partner }: { job: NotifiedJob; partner: { id: string; contact_email: string } }) {
  const at = new Date(job.updated_at).getTime()
  const data = { service_job_id: job.id, status: job.status, order_id: job.order_id, scheduled_at: job.scheduled_at ?? null, reason: job.status_reason ?? null }
  return [
    { to: job.email, channel: "email", template: `service-job-${job.status}`, idempotency_key: `service-job:${job.id}:${job.status}:${at}:buyer`, data: { ...data, locale: job.locale } },
    {
      to: partner.contact_email,
      channel: "email",
      template: `partner-service-job-${job.status}`,
      idempotency_key: `service-job:${job.id}:${job.status}:${at}:partner`,
      data: { ...data, service_partner_id: partner.id },
    },
  ]
}

/** The buyer books a partner's service for an order of theirs; buyer and partner are told. */
export const bookServiceJobWorkflow = createWorkflow("book-service-job", (input: ServiceBooking) => {
  const booked = createServiceJobStep(input)
  sendNotificationsStep(transform({ booked }, ({ booked }) => jobNotifications(booked)))
  return new WorkflowResponse(booked.job)
})

export type ServiceJobMove = {
  jobId: string
  /** Who moves it: the partner (its own jobs only) or the buyer (their order's jobs only). */
  by: { partnerId: string; memberId: string } | { orderId: string }
  to: ServiceJobStatus
  reason?: string
  scheduled_at?: Date
  report?: { summary: string; measurements?: Record<string, string> }
  photos?: { filename: string; mimeType: string; content: string }[]
}

/** Only the partner accepts, declines, schedules and completes; either side cancels. */
const PARTNER_ONLY: ServiceJobStatus[] = ["accepted", "declined", "scheduled", "completed"]

const checkServiceJobMoveStep = createStep("check-service-job-move", async (input: ServiceJobMove, { container }) => {
  const filters = "partnerId" in input.by ? { id: input.jobId, partner_id: input.by.partnerId } : { id: input.jobId, order_id: input.by.orderId }
  const [job] = await partners(container).listServiceJobs(filters, { relations: ["partner"] })
  // Another partner's job, or another order's, is none at all.
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service job ${input.jobId} was not found`)
  if (!("partnerId" in input.by) && PARTNER_ONLY.includes(input.to)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only the partner can mark a job ${input.to}.`)
  const refused = jobTransitionError(job.status, input.to)
  if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
  return new StepResponse({ id: job.id, partner: { id: job.partner.id, contact_email: job.partner.contact_email } })
})

const moveServiceJobStep = createStep(
  "move-service-job",
  async (input: { move: ServiceJobMove; photos: { id: string; filename: string }[] }, { container }) => {
    const service = partners(container)
    const { move } = input
    const previous = await service.retrieveServiceJob(move.jobId)
    const change: Record<string, unknown> = { id: move.jobId, status: move.to }
    if (move.to === "declined" || move.to === "cancelled") Object.assign(change, { status_reason: move.reason?.trim() || null, cancelled_by: move.to === "cancelled" ? ("partnerId" in move.by ? "partner" : "buyer") : null })
    if (move.to === "scheduled") change.scheduled_at = move.scheduled_at
    if (move.to === "completed") {
      Object.assign(change, {
        completed_at: new Date(),
        report_summary: move.report!.summary,
        report_measurements: move.report!.measurements ?? {},
        report_photos: input.photos.map((p) => ({ file_id: p.id, filename: p.filename })),
      })
    }
    if ("partnerId" in move.by) change.handled_by = move.by.memberId
    const job = await service.updateServiceJobs(change)
    const { id, status, status_reason, cancelled_by, scheduled_at, completed_at, report_summary, report_measurements, report_photos, handled_by } = previous
    return new StepResponse(job, { id, status, status_reason, cancelled_by, scheduled_at, completed_at, report_summary, report_measurements, report_photos, handled_by })
  },
  async (previous, { container }) => {
    if (previous) await partners(container).updateServiceJobs(previous as never)
  }
)

/**
 * A job moves one step: accepted, declined (with a reason), scheduled (or moved to another time), completed with
 * the report and its photos (stored as private files), or cancelled. Buyer and partner are told.
 */
export const moveServiceJobWorkflow = createWorkflow("move-service-job", (input: ServiceJobMove) => {
  const checked = checkServiceJobMoveStep(input)
  const uploaded = when("has-report-photos", { input }, ({ input }) => !!input.photos?.length).then(() =>
    uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ files: input.photos!.map((p) => ({ ...p, access: "private" as const })) })),
    })
  )
  const photos = transform({ input, uploaded }, ({ input, uploaded }) =>
    (uploaded ?? []).map((f, i) => ({ id: f.id, filename: input.photos![i].filename }))
  )
  const job = moveServiceJobStep(transform({ input, photos }, ({ input, photos }) => ({ move: input, photos })))
  sendNotificationsStep(transform({ job, checked }, ({ job, checked }) => jobNotifications({ job: job as NotifiedJob, partner: checked.partner })))
  return new WorkflowResponse(job)
})
