"use client"
import { useEffect } from "react"

/**
 * After a checkout step is saved, moves keyboard and screen-reader focus to the next step's heading
 * (without JavaScript the #fragment of the same URL scrolls there instead).
 */
export function FocusHeading({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus()
  }, [id])
  return null
}
