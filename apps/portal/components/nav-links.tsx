"use client"
import Link from "next/link"
import { usePathname } from "next/navigation"

/** The section links, the current one marked for screen readers (aria-current) and visibly. */
export function NavLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  const path = usePathname()
  return (
    <nav aria-label={label}>
      <ul className="nav">
        {links.map((l) => {
          const current = path === l.href || (l.href !== "/admin" && path.startsWith(`${l.href}/`))
          return (
            <li key={l.href}>
              <Link href={l.href} aria-current={current ? "page" : undefined}>
                {l.text}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
