import { LoginPage } from "@/components/login-page"
import { getMessages } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export function generateMetadata() {
  return { title: getMessages().auth.adminLoginTitle }
}

export default function AdminLogin({ searchParams }: { searchParams: { expired?: string; reset?: string } }) {
  return <LoginPage actor="admin" expired={!!searchParams.expired} reset={!!searchParams.reset} />
}
