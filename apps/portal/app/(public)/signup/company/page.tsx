import { redirect } from "next/navigation"
import { CompanyForm } from "@/components/forms/company-form"
import { Shell } from "@/components/shell"
import { registerCompany } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"
import { getToken, hasActor } from "@/lib/session"
import { SignupSteps } from "@/components/signup-steps"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().signup.companyTitle }
}

export default function Company() {
  const token = getToken("manufacturer")
  if (!token) redirect("/signup")
  if (hasActor(token)) redirect("/status")
  const t = getMessages()
  return (
    <Shell>
      <h1>{t.signup.companyTitle}</h1>
      <SignupSteps current={2} />
      <p>{t.signup.companyIntro}</p>
      <CompanyForm
        action={registerCompany}
        fields={t.signup.fields}
        text={{
          company: t.signup.company,
          contact: t.signup.contact,
          owner: t.signup.owner,
          submit: t.signup.submitCompany,
          errorSummary: t.common.errorSummary,
          required: t.common.required,
          optional: t.common.optional,
        }}
      />
    </Shell>
  )
}
