import { InvitationPage } from "@/components/invitation-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().account.inviteTitle }
}

/** Platform staff's invitation to join a service partner's staff (the email's link). */
export default function PartnerInvitation({ searchParams }: { searchParams: { token?: string } }) {
  return <InvitationPage kind="partner" token={searchParams.token} />
}
