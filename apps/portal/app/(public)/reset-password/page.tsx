import Link from "next/link"
import { NewPasswordForm } from "@/components/forms/account-forms"
import { EmailForm } from "@/components/forms/email-form"
import { Shell } from "@/components/shell"
import { requestPasswordReset, setNewPassword } from "@/lib/actions/account"
import { getMessages } from "@/lib/i18n"
import { LOGIN_PAGE, type Actor } from "@/lib/session"

export const dynamic = "force-dynamic"

export function generateMetadata({ searchParams }: { searchParams: { token?: string } }) {
  const t = getMessages()
  return { title: searchParams.token ? t.account.newPasswordTitle : t.account.resetTitle }
}

const actorOf = (named?: string): Actor => (named === "operator" || named === "admin" || named === "partner" ? named : "manufacturer")

/**
 * Without a token: ask for a link (from a login page, `?for=` its actor). With the mailed link's token and
 * email: choose the new password.
 */
export default function ResetPassword({ searchParams }: { searchParams: { token?: string; email?: string; for?: string } }) {
  const t = getMessages()
  const common = { errorSummary: t.common.errorSummary, required: t.common.required }
  if (searchParams.token) {
    return (
      <Shell>
        <h1>{t.account.newPasswordTitle}</h1>
        {searchParams.email ? <p>{t.account.newPasswordFor(searchParams.email)}</p> : null}
        <NewPasswordForm
          action={setNewPassword.bind(null, searchParams.token)}
          email={searchParams.email ?? ""}
          text={{ ...common, password: t.account.newPassword, passwordHint: t.signup.passwordHint, submit: t.account.savePassword }}
        />
        <p>
          <Link href="/reset-password">{t.account.resetTitle}</Link>
        </p>
      </Shell>
    )
  }
  const actor = actorOf(searchParams.for)
  return (
    <Shell>
      <h1>{t.account.resetTitle}</h1>
      <p>{t.account.resetIntro}</p>
      <EmailForm action={requestPasswordReset.bind(null, actor)} autoComplete="email" text={{ ...common, email: t.auth.email, submit: t.account.resetSend }} />
      <p>
        <Link href={LOGIN_PAGE[actor]}>{t.auth.login}</Link>
      </p>
    </Shell>
  )
}
