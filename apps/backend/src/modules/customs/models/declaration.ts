import { model } from "@medusajs/framework/utils"
import { DECLARATION_STATUSES } from "../status"
import { CustomsDocument } from "./customs-document"
import { CustomsMessage } from "./customs-message"

/**
 * The export declaration of one child order: the CEB messages sent for it and the receipts customs
 * sent back, the export documents, and where customs has got with it (who moved it last, and when).
 */
export const Declaration = model
  .define("declaration", {
    id: model.id({ prefix: "decl" }).primaryKey(),
    /** The child order declared; unique, so a repeated job can never make a second declaration. */
    order_id: model.text().unique(),
    manufacturer_id: model.text().index(),
    /** "9610" B2C parcel to a consumer, "9710" B2B direct export to a business (text: enum values cannot start with a digit). */
    mode: model.text(),
    /** The CEB orderNo (also the inventory list's copNo). */
    order_no: model.text().unique(),
    status: model.enum([...DECLARATION_STATUSES]).default("draft"),
    /**
     * Which build of the declaration is current: a corrected declaration (after a rejection or a
     * problem) is a new version with new message guids; earlier versions' messages and receipts stay.
     */
    version: model.number().default(1),
    rejection_reason: model.text().nullable(),
    /** Why platform staff cancelled it. */
    cancellation_reason: model.text().nullable(),
    /** Why the workers could not build it (missing data, a code customs has no value for); cleared when built. */
    problem: model.text().nullable(),
    /** What a person should check before declaring for real (truncated names, unconfirmed codes). */
    warnings: model.array().nullable(),
    /** The order's currency (ISO 4217). */
    currency: model.text().nullable(),
    /** The currency the messages declare: the order's when its customs code is confirmed, else CNY. */
    declared_currency: model.text().nullable(),
    /** Customs' rate (CNY per unit of `currency`) the amounts were converted at; null while none is known. */
    exchange_rate: model.text().nullable(),
    /** The month (YYYY-MM) whose customs rate applies: that of the order's payment. */
    exchange_rate_month: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    status_changed_by: model.text().nullable(),
    messages: model.hasMany(() => CustomsMessage, { mappedBy: "declaration" }),
    documents: model.hasMany(() => CustomsDocument, { mappedBy: "declaration" }),
  })
  .cascades({ delete: ["messages", "documents"] })
