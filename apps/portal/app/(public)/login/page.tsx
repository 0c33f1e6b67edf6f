import Link from "next/link"
import { LoginForm } from "@/components/forms/login-form"
import { Notice } from "@/components/field"
import { Shell } from "@/components/shell"
import { vendorLogin } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().auth.loginTitle }
}

export default function Login({ searchParams }: { searchParams: { expired?: string } }) {
  const t = getMessages()
  return (
    <Shell>
      <h1>{t.auth.loginTitle}</h1>
      {searchParams.expired ? <Notice>{t.auth.expired}</Notice> : null}
      <LoginForm
        action={vendorLogin}
        passwordAutoComplete="current-password"
        text={{ email: t.auth.email, password: t.auth.password, submit: t.auth.login, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
      <p>
        {t.auth.noAccount} <Link href="/signup">{t.auth.signup}</Link>
      </p>
      <p>
        <Link href="/admin/login">{t.auth.staffLink}</Link>
      </p>
    </Shell>
  )
}
