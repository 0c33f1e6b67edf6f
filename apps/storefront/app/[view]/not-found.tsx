import Link from "next/link"
import { getTranslations } from "next-intl/server"

export default async function NotFound() {
  const t = await getTranslations("notFound")
  return (
    <main id="main">
      <h1>{t("title")}</h1>
      <p>
        {t("text")} <Link href="/">{t("link")}</Link>
      </p>
    </main>
  )
}
