import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getMessages } from "@/lib/i18n"
import "./globals.css"

export function generateMetadata(): Metadata {
  const t = getMessages()
  return { title: { default: t.common.brand, template: `%s · ${t.common.brand}` } }
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const t = getMessages()
  return (
    <html lang={t.lang.code} dir="ltr">
      <body>{children}</body>
    </html>
  )
}
