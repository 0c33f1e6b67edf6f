import type { Metadata } from "next"
import type { ReactNode } from "react"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "Assistive devices from China", template: "%s · Assistive devices from China" },
  description: "Wheelchairs, walking aids, hearing aids, orthoses and care beds from verified Chinese manufacturers.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  )
}
