"use client"
import { useEffect } from "react"

/**
 * Moves keyboard and screen-reader focus to a heading when a page opens after an action whose button is gone (added to
 * the cart, to checkout, a checkout step saved), instead of leaving it on <body>. Without JavaScript a step's
 * #fragment scrolls there instead.
 */
export function FocusHeading({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus()
  }, [id])
  return null
}
