import { z } from "@medusajs/framework/zod"
import { PARTNER_KINDS, PARTNER_SERVICES, SERVICE_JOB_STATUSES, type PartnerService } from "../../modules/service-partner/status"

const text = (name: string, max = 300) => z.string({ message: `${name} is required` }).trim().min(1, `${name} is required`).max(max, `${name} may be at most ${max} characters`)

export const countryCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2}$/, "country_code must be a 2-letter country code, e.g. kz")
  .transform((c) => c.toLowerCase())

/** What a fitting centre, repairer or clinic tells buyers and platform staff about itself. */
export const PartnerProfileSchema = z.object({
  kind: z.enum(PARTNER_KINDS, { message: `kind must be one of ${PARTNER_KINDS.join(", ")}` }),
  legal_name: text("legal_name"),
  country_code: countryCode,
  city: text("city", 100),
  address: text("address", 500),
  services: z
    // A refinement, not an enum, so the answer names the services offered (Medusa words enum errors in a list as "required").
    .array(z.string().refine((s) => (PARTNER_SERVICES as readonly string[]).includes(s), `each service must be one of ${PARTNER_SERVICES.join(", ")}`), {
      message: "services must be a list",
    })
    .min(1, "name at least one service you offer")
    .transform((s) => [...new Set(s)] as PartnerService[]),
  languages: z
    .array(z.string().trim().regex(/^[a-z]{2}$/, "each language must be a 2-letter code, e.g. kk, ru, id"), { message: "languages must be a list" })
    .min(1, "name at least one language your staff speak")
    .transform((l) => [...new Set(l)]),
  opening_hours: text("opening_hours", 500),
  contact_name: text("contact_name", 200),
  contact_email: z.string().trim().email("contact_email must be an email address").transform((e) => e.toLowerCase()),
  contact_phone: text("contact_phone", 50),
})

export const PartnerRegister = PartnerProfileSchema.extend({ owner: z.object({ name: text("owner.name", 200) }).strict() }).strict()
export type PartnerRegisterType = z.infer<typeof PartnerRegister>

export const PartnerAcceptInvite = z.object({ token: text("token", 200), name: text("name", 200).optional() }).strict()
export type PartnerAcceptInviteType = z.infer<typeof PartnerAcceptInvite>

export const PartnerListJobsParams = z.object({ status: z.enum(SERVICE_JOB_STATUSES, { message: `status must be one of ${SERVICE_JOB_STATUSES.join(", ")}` }).optional() }).strict()
export type PartnerListJobsParamsType = z.infer<typeof PartnerListJobsParams>

const reason = (what: string) => z.object({ reason: text("reason", 2000).refine((r) => r.length >= 3, `reason is required (at least 3 characters): ${what}`) }).strict()
export const PartnerDeclineJob = reason("the buyer is told why")
export const PartnerCancelJob = reason("the buyer is told why")
export type JobReasonType = z.infer<typeof PartnerDeclineJob>

export const PartnerScheduleJob = z
  .object({
    scheduled_at: z.coerce.date({ message: "scheduled_at must be a date and time, e.g. 2026-12-10T10:00:00+06:00" }),
  })
  .strict()
  .refine((b) => b.scheduled_at.getTime() > Date.now() - 24 * 3600 * 1000, { message: "scheduled_at is in the past", path: ["scheduled_at"] })
export type PartnerScheduleJobType = z.infer<typeof PartnerScheduleJob>

/** The report, read from a multipart form (photos as `photos`) or JSON: measurements as `measurements[name]=value`. */
export const PartnerCompleteJob = z
  .object({
    summary: text("summary", 5000),
    measurements: z
      .record(z.string().trim().min(1).max(100), z.string({ message: "each measurement is a text with its unit, e.g. 48 cm" }).trim().min(1).max(200))
      .refine((m) => Object.keys(m).length <= 30, "at most 30 measurements")
      .optional(),
  })
  .strict()
export type PartnerCompleteJobType = z.infer<typeof PartnerCompleteJob>
