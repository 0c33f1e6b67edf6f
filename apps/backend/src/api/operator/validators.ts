import { z } from "@medusajs/framework/zod"
import { CONSIGNMENT_STATUSES, EXCEPTION_KINDS } from "../../modules/logistics/status"

export const OperatorListConsignmentsParams = z
  .object({
    status: z.enum(CONSIGNMENT_STATUSES, { message: `status must be one of ${CONSIGNMENT_STATUSES.join(", ")}` }).optional(),
    /** Part of a label barcode or waybill number. */
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const OperatorReceiveConsignment = z.object({ barcode: z.string().trim().min(1, "barcode is required: scan or type the label").max(64) }).strict()

// Limits a parcel network accepts: up to 70 kg and 3 m a side.
const dimension = (name: string) => z.number({ message: `${name} must be a number of millimetres` }).int(`${name} must be whole millimetres`).min(1, `${name} must be at least 1 mm`).max(3000, `${name} must be at most 3000 mm`)

export const OperatorRecordPackages = z
  .object({
    packages: z
      .array(
        z
          .object({
            weight_g: z.number({ message: "weight_g must be a number of grams" }).int("weight_g must be whole grams").min(1, "weight_g must be at least 1 g").max(70_000, "weight_g must be at most 70000 g"),
            length_mm: dimension("length_mm"),
            width_mm: dimension("width_mm"),
            height_mm: dimension("height_mm"),
          })
          .strict()
      )
      .min(1, "record at least one package")
      .max(200, "at most 200 packages per consignment"),
  })
  .strict()

const carrier = z.string().trim().min(2, "carrier is required (e.g. China Post, SF Express)").max(100)
const waybillNumber = z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, "waybill_number must be 6 to 40 letters, digits or dashes")

export const OperatorHandOver = z.object({ carrier, waybill_number: waybillNumber }).strict()

export const OperatorWaybillCorrection = z
  .object({
    waybill_number: waybillNumber,
    /** Only when the carrier was wrong too; the one recorded otherwise. */
    carrier: carrier.optional(),
    reason: z
      .string()
      .trim()
      // Refinements keep these messages (Medusa rewords length errors).
      .refine((r) => r.length >= 1, "reason is required: say what was wrong and how the right waybill was checked")
      .refine((r) => r.length <= 2000, "reason must be at most 2000 characters"),
  })
  .strict()

export const OperatorResolveException = z
  .object({
    note: z
      .string({ message: "note is required: say how the exception was resolved" })
      .trim()
      // A refinement keeps this message (Medusa rewords length errors).
      .refine((n) => n.length >= 1, "note is required: say how the exception was resolved")
      .refine((n) => n.length <= 2000, "note must be at most 2000 characters"),
  })
  .strict()

export const OperatorRecordException = z
  .object({
    kind: z.enum(EXCEPTION_KINDS, { message: `kind must be one of ${EXCEPTION_KINDS.join(", ")}` }),
    note: z.string().trim().min(1, "note is required: say what happened").max(2000),
  })
  .strict()

export const OperatorAcceptInvite = z
  .object({
    token: z.string().trim().min(10, "token is the code from the invitation email").max(200),
    /** The name the person goes by at the park; the one staff gave in the invitation otherwise. */
    name: z.string().trim().min(1, "name must not be empty").max(200).optional(),
  })
  .strict()
export type OperatorAcceptInviteType = z.infer<typeof OperatorAcceptInvite>
