import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { AccountForm } from "@/components/account-form"
import { requestPasswordReset, setNewPassword } from "../../actions"

export async function generateMetadata({ searchParams }: { searchParams: { token?: string } }): Promise<Metadata> {
  const t = await getTranslations("account")
  return { title: searchParams.token ? t("newPasswordTitle") : t("resetTitle") }
}

const ERRORS = { invalid: "invalid", expired: "resetExpired", tooMany: "tooMany" } as const

/**
 * Without a token: the buyer asks for a link by email. With the link's token and email: the buyer chooses a
 * new password. A used or expired link comes back here with a note to ask for a new one.
 */
export default async function ResetPassword({
  params,
  searchParams,
}: {
  params: { countryCode: string }
  searchParams: { token?: string; email?: string; sent?: string; error?: string }
}) {
  const { countryCode } = params
  const t = await getTranslations("account")
  const error = searchParams.error && t(ERRORS[searchParams.error as keyof typeof ERRORS] ?? "invalid")
  if (searchParams.token && searchParams.error !== "expired") {
    return (
      <div className="narrow">
        <h1>{t("newPasswordTitle")}</h1>
        {error && <p role="alert" className="error">{error}</p>}
        <form action={setNewPassword}>
          <input type="hidden" name="countryCode" value={countryCode} />
          <input type="hidden" name="token" value={searchParams.token} />
          <input type="hidden" name="email" value={searchParams.email ?? ""} />
          {/* The account's email, for password managers; it is not changed here. */}
          <input type="text" name="username" autoComplete="username" value={searchParams.email ?? ""} readOnly hidden />
          <p>{t("newPasswordFor", { email: searchParams.email ?? "" })}</p>
          <div className="field">
            <label htmlFor="password">{t("newPassword")}</label>
            <p id="password-hint" className="hint">{t("passwordHint")}</p>
            <input id="password" name="password" type="password" autoComplete="new-password" minLength={8} required dir="ltr" aria-describedby="password-hint" />
          </div>
          <button type="submit" className="primary">{t("savePassword")}</button>
        </form>
      </div>
    )
  }
  return (
    <AccountForm
      title={t("resetTitle")}
      error={error}
      notice={searchParams.sent ? t("resetSent") : undefined}
      action={requestPasswordReset}
      countryCode={countryCode}
      footer={<Link href={`/${countryCode}/account/login`}>{t("login")}</Link>}
    >
      <p>{t("resetIntro")}</p>
      <button type="submit" className="primary">{t("resetSend")}</button>
    </AccountForm>
  )
}
