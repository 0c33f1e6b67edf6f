"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { acknowledgeRecallNotice } from "@/lib/trace"

const schema = z.object({
  countryCode: z.string().regex(/^[a-z]{2}$/),
  notice: z.string().min(1).max(100),
  token: z.string().min(20).max(100),
})

/** The buyer confirms they have read a recall notice; the page shows the confirmation. */
export async function acknowledgeRecall(form: FormData) {
  const parsed = schema.safeParse(Object.fromEntries(form))
  if (!parsed.success) redirect("/")
  const { countryCode, notice, token } = parsed.data
  await acknowledgeRecallNotice(notice, token)
  redirect(`/${countryCode}/trace?notice=${encodeURIComponent(notice)}&token=${encodeURIComponent(token)}#recall-notice`)
}
