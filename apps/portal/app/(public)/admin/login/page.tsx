import Link from "next/link"
import { LoginForm } from "@/components/forms/login-form"
import { Notice } from "@/components/field"
import { Shell } from "@/components/shell"
import { adminLogin } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().auth.adminLoginTitle }
}

export default function AdminLogin({ searchParams }: { searchParams: { expired?: string } }) {
  const t = getMessages()
  return (
    <Shell>
      <h1>{t.auth.adminLoginTitle}</h1>
      {searchParams.expired ? <Notice>{t.auth.expired}</Notice> : null}
      <LoginForm
        action={adminLogin}
        passwordAutoComplete="current-password"
        text={{ email: t.auth.email, password: t.auth.password, submit: t.auth.login, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
      <p>
        <Link href="/login">{t.auth.vendorLink}</Link>
      </p>
    </Shell>
  )
}
