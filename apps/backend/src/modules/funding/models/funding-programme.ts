import { model } from "@medusajs/framework/utils"
import { FundingEntitlement } from "./funding-entitlement"

/**
 * A funder's programme: what it pays for (ISO 9999 classes and/or products; neither means any device), where
 * (countries), how much (the share of an eligible line it pays, capped per person), from a budget in one currency,
 * between two dates. `budget_remaining` only moves by the conditional updates in the service.
 */
export const FundingProgramme = model.define("funding_programme", {
  id: model.id({ prefix: "fprog" }).primaryKey(),
  name: model.text(),
  funder_name: model.text(),
  iso_classes: model.array().nullable(),
  product_ids: model.array().nullable(),
  country_codes: model.array(),
  share_percent: model.number(),
  cap_per_person: model.bigNumber().nullable(),
  currency_code: model.text(),
  budget: model.bigNumber(),
  budget_remaining: model.bigNumber(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  entitlements: model.hasMany(() => FundingEntitlement, { mappedBy: "programme" }),
})
