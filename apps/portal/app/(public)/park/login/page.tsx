import { LoginPage } from "@/components/login-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().auth.operatorLoginTitle }
}

export default function OperatorLogin({ searchParams }: { searchParams: { expired?: string; reset?: string } }) {
  return <LoginPage actor="operator" expired={!!searchParams.expired} reset={!!searchParams.reset} />
}
