import { InvitationPage } from "@/components/invitation-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().account.inviteTitle }
}

/** A manufacturer owner's invitation to join the team (the email's link). */
export default function StaffInvitation({ searchParams }: { searchParams: { token?: string } }) {
  return <InvitationPage kind="manufacturer" token={searchParams.token} />
}
