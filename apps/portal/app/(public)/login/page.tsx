import { LoginPage } from "@/components/login-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().auth.loginTitle }
}

export default function Login({ searchParams }: { searchParams: { expired?: string; reset?: string } }) {
  return <LoginPage actor="manufacturer" expired={!!searchParams.expired} reset={!!searchParams.reset} />
}
