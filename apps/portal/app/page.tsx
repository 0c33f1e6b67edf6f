import { redirect } from "next/navigation"
import { getToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** The start page sends each person where they work: manufacturers to their status, staff to the queue, operators to the park. */
export default function Start() {
  if (getToken("manufacturer")) redirect("/status")
  if (getToken("admin")) redirect("/admin")
  if (getToken("operator")) redirect("/park")
  redirect("/login")
}
