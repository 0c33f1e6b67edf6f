import Link from "next/link"
import { adminLogin, operatorLogin, partnerLogin, vendorLogin } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"
import type { Actor } from "@/lib/session"
import { Notice } from "./field"
import { LoginForm } from "./forms/login-form"
import { Shell } from "./shell"

const ACTIONS = { manufacturer: vendorLogin, admin: adminLogin, operator: operatorLogin, partner: partnerLogin }

/** The login page of manufacturers, of platform staff, of park operators or of service partners, each linking to the others'. */
export function LoginPage({ actor, expired, reset }: { actor: Actor; expired: boolean; reset?: boolean }) {
  const t = getMessages()
  const staff = actor !== "manufacturer"
  const title = { manufacturer: t.auth.loginTitle, admin: t.auth.adminLoginTitle, operator: t.auth.operatorLoginTitle, partner: t.auth.partnerLoginTitle }[actor]
  return (
    <Shell>
      <h1>{title}</h1>
      {expired ? <Notice>{t.auth.expired}</Notice> : null}
      {reset ? <Notice>{t.account.passwordChanged}</Notice> : null}
      <LoginForm
        action={ACTIONS[actor]}
        passwordAutoComplete="current-password"
        text={{ email: t.auth.email, password: t.auth.password, submit: t.auth.login, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
      <p>
        <Link href={`/reset-password?for=${actor}`}>{t.account.forgot}</Link>
      </p>
      {staff ? null : (
        <p>
          {t.auth.noAccount} <Link href="/signup">{t.auth.signup}</Link>
        </p>
      )}
      <ul className="plain-list">
        {actor !== "manufacturer" ? (
          <li>
            <Link href="/login">{t.auth.vendorLink}</Link>
          </li>
        ) : null}
        {actor !== "admin" ? (
          <li>
            <Link href="/admin/login">{t.auth.staffLink}</Link>
          </li>
        ) : null}
        {actor !== "operator" ? (
          <li>
            <Link href="/park/login">{t.auth.operatorLink}</Link>
          </li>
        ) : null}
        {actor !== "partner" ? (
          <li>
            <Link href="/partner/login">{t.auth.partnerLink}</Link>
          </li>
        ) : null}
      </ul>
    </Shell>
  )
}
