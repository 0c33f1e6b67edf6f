import { LoginPage } from "@/components/login-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().auth.partnerLoginTitle }
}

export default function PartnerLogin({ searchParams }: { searchParams: { expired?: string; reset?: string } }) {
  return <LoginPage actor="partner" expired={!!searchParams.expired} reset={!!searchParams.reset} />
}
