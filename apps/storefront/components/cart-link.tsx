"use client"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"

/**
 * The cart link of the cached header: rendered with an empty cart's text, then the buyer's own count
 * from /api/cart-link, asked again after each navigation (adding to the cart navigates to the cart).
 */
export function CartLink({ href, label, locale }: { href: string; label: string; locale: string }) {
  const [text, setText] = useState(label)
  const pathname = usePathname()
  useEffect(() => {
    const abort = new AbortController()
    fetch(`/api/cart-link?lang=${locale}`, { signal: abort.signal, cache: "no-store" })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { label?: string } | null) => body?.label && setText(body.label))
      // Without an answer the link still leads to the cart, which shows its lines.
      .catch(() => {})
    return () => abort.abort()
  }, [locale, pathname])
  return <Link href={href} data-testid="cart-link">{text}</Link>
}
