"use server"
import { redirect } from "next/navigation"
import { z } from "zod"
import { BackendError } from "../backend"
import { call } from "../session"

const period = z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })

/** Generates the industry report for the period on the page now; the page lists it for download. */
export async function generateIndustryReport(form: FormData) {
  const parsed = period.safeParse(Object.fromEntries(form))
  if (!parsed.success) redirect("/admin/statistics?error=period")
  const { from, to } = parsed.data
  let outcome = "generated=1"
  try {
    await call("admin", "/admin/industry-reports", { json: { from: `${from}T00:00:00+08:00`, to: `${to}T00:00:00+08:00` } })
  } catch (e) {
    if (!(e instanceof BackendError) || e.status >= 500) throw e
    outcome = "error=period"
  }
  redirect(`/admin/statistics?from=${from}&to=${to}&${outcome}#reports`)
}
