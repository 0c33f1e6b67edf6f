import { z } from "@medusajs/framework/zod"

const guid = z.string().regex(/^[0-9A-Za-z-]{36}$/, "guid must be the 36-character CEB guid")

export const HookGeneratedDeclaration = z
  .object({
    declaration_id: z.string().min(1),
    /** The declaration version the workers built (from the job). */
    version: z.number().int().min(1).default(1),
    messages: z
      .array(z.object({ type: z.enum(["CEB303", "CEB403", "CEB505", "CEB603"]), guid, head_guid: guid, xml: z.string().min(1) }).strict())
      .min(4, "a declaration has at least the four messages CEB303, 403, 505 and 603"),
    documents: z
      .array(
        z
          .object({
            kind: z.enum(["invoice", "packing_list", "origin_application"]),
            filename: z.string().regex(/^[\w.-]+\.pdf$/, "filename must be a plain name ending in .pdf"),
            content_base64: z.string().min(1),
          })
          .strict()
      )
      .length(3, "send the invoice, the packing list and the origin application"),
    warnings: z.array(z.string()).default([]),
  })
  .strict()

export const HookCustomsReceipts = z
  .object({
    receipts: z
      .array(
        z
          .object({
            type: z.string().regex(/^CEB\d{3}$/, "type must be a CEB reply type such as CEB604"),
            guid: z.string().min(1),
            xml: z.string().min(1),
            statuses: z.array(z.object({ guid: z.string().min(1), status: z.string().min(1), note: z.string(), time: z.string().optional() }).strict()).min(1),
          })
          .strict()
      )
      .min(1, "send at least one receipt"),
  })
  .strict()

export const HookDeclarationProblem = z.object({ problem: z.string().min(1).max(4000) }).strict()
