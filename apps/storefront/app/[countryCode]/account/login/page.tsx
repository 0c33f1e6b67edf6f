import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { login } from "../../actions"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("loginTitle") }
}

export default async function Login({ params, searchParams }: { params: { countryCode: string }; searchParams: { error?: string; next?: string } }) {
  const { countryCode } = params
  const t = await getTranslations("account")
  const next = searchParams.next ?? ""
  return (
    <div className="narrow">
      <h1>{t("loginTitle")}</h1>
      {searchParams.error && <p role="alert" className="error">{t(searchParams.error === "credentials" ? "badLogin" : "invalid")}</p>}
      <form action={login}>
        <input type="hidden" name="countryCode" value={countryCode} />
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor="email">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="email" required dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="password">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
        </div>
        <button type="submit" className="primary">{t("login")}</button>
      </form>
      <p>
        {t("new")} <Link href={`/${countryCode}/account/register${next ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("registerLink")}</Link>
      </p>
    </div>
  )
}
