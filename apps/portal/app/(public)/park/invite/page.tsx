import { InvitationPage } from "@/components/invitation-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().account.inviteTitle }
}

/** Platform staff's invitation to work at a logistics park (the email's link). */
export default function OperatorInvitation({ searchParams }: { searchParams: { token?: string } }) {
  return <InvitationPage kind="operator" token={searchParams.token} />
}
