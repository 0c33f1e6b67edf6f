import Link from "next/link"
import { LoginForm } from "@/components/forms/login-form"
import { Shell } from "@/components/shell"
import { signupAccount } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"
import { SignupSteps } from "@/components/signup-steps"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().signup.title }
}

export default function Signup() {
  const t = getMessages()
  return (
    <Shell>
      <h1>{t.signup.title}</h1>
      <SignupSteps current={1} />
      <p>{t.signup.accountIntro}</p>
      <LoginForm
        action={signupAccount}
        passwordAutoComplete="new-password"
        passwordHint={t.signup.passwordHint}
        text={{ email: t.auth.email, password: t.auth.password, submit: t.signup.createAccount, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
      <p>
        <Link href="/login">{t.auth.loginTitle}</Link>
      </p>
    </Shell>
  )
}
