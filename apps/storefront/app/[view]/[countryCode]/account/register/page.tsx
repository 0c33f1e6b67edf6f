import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { AccountForm } from "@/components/account-form"
import { register } from "../../actions"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("registerTitle") }
}

export default async function Register({ params, searchParams }: { params: { countryCode: string }; searchParams: { error?: string; next?: string } }) {
  const { countryCode } = params
  const t = await getTranslations("account")
  return (
    <AccountForm
      title={t("registerTitle")}
      error={searchParams.error && t(searchParams.error === "exists" ? "exists" : "invalid")}
      action={register}
      countryCode={countryCode}
      next={searchParams.next}
      footer={
        <>
          {t("haveAccount")} <Link href={`/${countryCode}/account/login`}>{t("login")}</Link>
        </>
      }
    >
      <div className="field">
        <label htmlFor="first_name">{t("firstName")}</label>
        <input id="first_name" name="first_name" autoComplete="given-name" required />
      </div>
      <div className="field">
        <label htmlFor="last_name">{t("lastName")}</label>
        <input id="last_name" name="last_name" autoComplete="family-name" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <p id="password-hint" className="muted hint">{t("passwordHint")}</p>
        <input id="password" name="password" type="password" autoComplete="new-password" minLength={8} required aria-describedby="password-hint" dir="ltr" />
      </div>
      <button type="submit" className="primary">{t("register")}</button>
    </AccountForm>
  )
}
