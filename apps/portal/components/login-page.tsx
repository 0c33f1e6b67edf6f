import Link from "next/link"
import { adminLogin, vendorLogin } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"
import type { Actor } from "@/lib/session"
import { Notice } from "./field"
import { LoginForm } from "./forms/login-form"
import { Shell } from "./shell"

/** The login page of manufacturers or of platform staff, each linking to the other's. */
export function LoginPage({ actor, expired }: { actor: Actor; expired: boolean }) {
  const t = getMessages()
  const staff = actor === "admin"
  return (
    <Shell>
      <h1>{staff ? t.auth.adminLoginTitle : t.auth.loginTitle}</h1>
      {expired ? <Notice>{t.auth.expired}</Notice> : null}
      <LoginForm
        action={staff ? adminLogin : vendorLogin}
        passwordAutoComplete="current-password"
        text={{ email: t.auth.email, password: t.auth.password, submit: t.auth.login, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
      {staff ? null : (
        <p>
          {t.auth.noAccount} <Link href="/signup">{t.auth.signup}</Link>
        </p>
      )}
      <p>{staff ? <Link href="/login">{t.auth.vendorLink}</Link> : <Link href="/admin/login">{t.auth.staffLink}</Link>}</p>
    </Shell>
  )
}
