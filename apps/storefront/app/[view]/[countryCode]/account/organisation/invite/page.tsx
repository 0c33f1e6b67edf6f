import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { acceptOrganisationInvite } from "../../../actions"
import { currentCustomer } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("inviteTitle") }
}

/** Where an organisation's invitation email leads: signed in with the invited email, the buyer joins. */
export default async function OrganisationInvite({ params, searchParams }: { params: { countryCode: string }; searchParams: { token?: string; error?: string } }) {
  const { countryCode } = params
  const token = searchParams.token ?? ""
  const here = `/${countryCode}/account/organisation/invite?token=${encodeURIComponent(token)}`
  if (!(await currentCustomer())) redirect(`/${countryCode}/account/login?next=${encodeURIComponent(here)}`)
  const [t, ta] = await Promise.all([getTranslations("organisation"), getTranslations("account")])
  return (
    <>
      <nav aria-label={ta("breadcrumb")}>
        <Link href={`/${countryCode}/account`}>{ta("title")}</Link>
      </nav>
      <h1>{t("inviteTitle")}</h1>
      {searchParams.error && <p role="alert" className="error">{t("joinRefused")}</p>}
      <p>{t("inviteIntro")}</p>
      <form action={acceptOrganisationInvite}>
        <input type="hidden" name="countryCode" value={countryCode} />
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t("join")}</button>
      </form>
    </>
  )
}
