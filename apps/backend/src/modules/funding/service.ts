import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { FundingEntitlement } from "./models/funding-entitlement"
import { FundingProgramme } from "./models/funding-programme"

export default class FundingModuleService extends MedusaService({ FundingProgramme, FundingEntitlement }) {
  /**
   * Takes `amount` from the programme's budget in one conditional UPDATE, so completions racing for its last part
   * are served one at a time by PostgreSQL's row lock and the budget never goes below zero. False when it does not fit.
   */
  @InjectManager()
  async reserveBudget(programmeId: string, amount: number, @MedusaContext() context: Context = {}): Promise<boolean> {
    const rows = await (context.manager as SqlEntityManager).execute(
      `UPDATE funding_programme
          SET budget_remaining = budget_remaining - ?,
              raw_budget_remaining = jsonb_build_object('value', (budget_remaining - ?)::text, 'precision', 20),
              updated_at = now()
        WHERE id = ? AND deleted_at IS NULL AND budget_remaining >= ?
        RETURNING id`,
      [amount, amount, programmeId, amount]
    )
    return rows.length === 1
  }

  /** Gives a reservation back (a completion that failed after reserving). */
  @InjectManager()
  async releaseBudget(programmeId: string, amount: number, @MedusaContext() context: Context = {}): Promise<void> {
    await (context.manager as SqlEntityManager).execute(
      `UPDATE funding_programme
          SET budget_remaining = budget_remaining + ?,
              raw_budget_remaining = jsonb_build_object('value', (budget_remaining + ?)::text, 'precision', 20),
              updated_at = now()
        WHERE id = ?`,
      [amount, amount, programmeId]
    )
  }

  /** Marks an issued entitlement used for `cartId`; false when it was used already (by a racing completion too). */
  @InjectManager()
  async useEntitlement(id: string, cartId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const rows = await (context.manager as SqlEntityManager).execute(
      `UPDATE funding_entitlement SET status = 'used', cart_id = ?, updated_at = now()
        WHERE id = ? AND status = 'issued' AND deleted_at IS NULL RETURNING id`,
      [cartId, id]
    )
    return rows.length === 1
  }
}
