import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { AccountForm } from "@/components/account-form"
import { login } from "../../actions"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("loginTitle") }
}

export default async function Login({ params, searchParams }: { params: { countryCode: string }; searchParams: { error?: string; next?: string; reset?: string } }) {
  const { countryCode } = params
  const t = await getTranslations("account")
  const next = searchParams.next ?? ""
  return (
    <AccountForm
      title={t("loginTitle")}
      error={searchParams.error && t(searchParams.error === "credentials" ? "badLogin" : "invalid")}
      notice={searchParams.reset ? t("passwordChanged") : undefined}
      action={login}
      countryCode={countryCode}
      next={next}
      footer={
        <>
          {t("new")} <Link href={`/${countryCode}/account/register${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("registerLink")}</Link>{" "}
          <Link href={`/${countryCode}/account/reset-password`}>{t("forgotLink")}</Link>
        </>
      }
    >
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </div>
      <button type="submit" className="primary">{t("login")}</button>
    </AccountForm>
  )
}
