import { EmailForm } from "@/components/forms/email-form"
import { inviteStaff } from "@/lib/actions/vendor"
import { getMessages } from "@/lib/i18n"

export function generateMetadata() {
  return { title: getMessages().team.title }
}

export default function Team() {
  const t = getMessages()
  return (
    <>
      <h1>{t.team.title}</h1>
      <p>{t.team.intro}</p>
      <EmailForm action={inviteStaff} autoComplete="off" text={{ email: t.team.email, submit: t.team.send, errorSummary: t.common.errorSummary, required: t.common.required }} />
    </>
  )
}
