import Link from "next/link"
import { Shell } from "@/components/shell"
import { getMessages } from "@/lib/i18n"

export default function NotFound() {
  const t = getMessages()
  return (
    <Shell>
      <h1>{t.common.notFound}</h1>
      <p>
        {t.common.notFoundText} <Link href="/">{t.common.home}</Link>
      </p>
    </Shell>
  )
}
