import Link from "next/link"
import { acceptInvitation } from "@/lib/actions/account"
import { getLang, getMessages } from "@/lib/i18n"
import { INVITATIONS, lookupInvitation, type InvitationKind } from "@/lib/invitations"
import { LOGIN_PAGE } from "@/lib/session"
import { NewPasswordForm } from "./forms/account-forms"
import { Shell } from "./shell"

/** What an invitation email's link opens: the form to join, or why the invitation cannot be used (no form). */
export async function InvitationPage({ kind, token }: { kind: InvitationKind; token?: string }) {
  const t = getMessages()
  const zh = getLang() === "zh"
  const invitation = token ? await lookupInvitation(kind, token) : null
  const { actor } = INVITATIONS[kind]
  if (!token || !invitation || invitation.status !== "open") {
    const why = invitation?.status === "used" ? t.account.usedInvite : invitation?.status === "expired" ? t.account.expiredInvite : t.account.invalidInvite
    return (
      <Shell>
        <h1>{t.account.inviteTitle}</h1>
        <p className="error-summary" role="alert">
          {why}
        </p>
        <p>
          <Link href={LOGIN_PAGE[actor]}>{t.auth.login}</Link>
        </p>
      </Shell>
    )
  }
  const intro =
    kind === "operator"
      ? t.account.inviteOperatorIntro((zh ? invitation.park?.name_zh : invitation.park?.name_en) ?? "", invitation.email)
      : kind === "partner"
        ? t.account.invitePartnerIntro(invitation.service_partner?.legal_name ?? "", invitation.email)
        : t.account.inviteStaffIntro((zh ? invitation.manufacturer?.legal_name_zh : invitation.manufacturer?.legal_name_en) ?? "", invitation.email)
  // Operators and partners' staff give one name; manufacturers' staff family and given names.
  const fields =
    kind !== "manufacturer"
      ? [{ name: "name", label: t.account.name, autoComplete: "name", defaultValue: invitation.name }]
      : [
          { name: "last_name", label: t.account.lastName, autoComplete: "family-name" },
          { name: "first_name", label: t.account.firstName, autoComplete: "given-name" },
        ]
  return (
    <Shell>
      <h1>{t.account.inviteTitle}</h1>
      <p>{intro}</p>
      <NewPasswordForm
        action={acceptInvitation.bind(null, kind, token)}
        email={invitation.email}
        fields={fields}
        text={{ password: t.auth.password, passwordHint: t.signup.passwordHint, submit: t.account.join, errorSummary: t.common.errorSummary, required: t.common.required }}
      />
    </Shell>
  )
}
