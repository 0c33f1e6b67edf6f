import Link from "next/link"
import type { ReactNode } from "react"
import { logout, switchLanguage } from "@/lib/actions/auth"
import { getMessages } from "@/lib/i18n"
import type { Actor } from "@/lib/session"
import { NavLinks } from "./nav-links"

/** Skip link, header with the sections and the language switch, the main landmark and the footer. */
export function Shell({ actor, children }: { actor?: Actor; children: ReactNode }) {
  const t = getMessages()
  const links =
    actor === "manufacturer"
      ? [
          { href: "/status", text: t.nav.status },
          { href: "/products", text: t.nav.products },
          { href: "/orders", text: t.nav.orders },
          { href: "/statements", text: t.nav.statements },
          { href: "/certificates", text: t.nav.certificates },
          { href: "/fitting", text: t.nav.fitting },
          { href: "/complaints", text: t.nav.complaints },
          { href: "/team", text: t.nav.team },
        ]
      : actor === "admin"
        ? [
            { href: "/admin", text: t.nav.queue },
            { href: "/admin/certificates", text: t.nav.expiring },
            { href: "/admin/declarations", text: t.nav.declarations },
            { href: "/admin/customs/exchange-rates", text: t.nav.exchangeRates },
            { href: "/admin/statistics", text: t.nav.statistics },
          ]
        : actor === "operator"
          ? [{ href: "/park", text: t.nav.park }]
          : actor === "partner"
            ? [{ href: "/partner", text: t.nav.serviceJobs }]
            : []
  return (
    <>
      <a className="skip-link" href="#main">
        {t.common.skip}
      </a>
      <header className="site-header">
        <Link className="brand" href="/">
          {t.common.brand} · {t.common.console[actor ?? "none"]}
        </Link>
        <div className="header-tools">
          <form action={switchLanguage}>
            <input type="hidden" name="lang" value={t.lang.switchToLang} />
            <button type="submit" className="link-button" lang={t.lang.switchToLang === "zh" ? "zh-CN" : "en"}>
              <span className="visually-hidden" lang={t.lang.code}>
                {t.lang.switchLabel}:{" "}
              </span>
              {t.lang.switchTo}
            </button>
          </form>
          {actor ? (
            <form action={logout}>
              <input type="hidden" name="actor" value={actor} />
              <button type="submit" className="link-button">
                {t.common.logout}
              </button>
            </form>
          ) : null}
        </div>
        {links.length ? <NavLinks label={t.common.mainNav} links={links} /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.common.footer}</p>
      </footer>
    </>
  )
}

/** A backend that could not answer: said in the page, not a crash, so the rest stays usable. */
export function LoadError({ error }: { error: unknown }) {
  const t = getMessages()
  return (
    <p className="error-summary" role="alert">
      {t.common.loadError} {error instanceof Error ? error.message : String(error)}
    </p>
  )
}
