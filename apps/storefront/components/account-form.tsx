import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

/** The log-in and sign-up forms' shared frame: heading, what went wrong, the hidden context and the email field. */
export async function AccountForm(props: {
  title: string
  error?: string
  /** What went right (a password just changed), announced politely. */
  notice?: string
  action: (form: FormData) => Promise<void>
  countryCode: string
  next?: string
  children: ReactNode
  footer: ReactNode
}) {
  const t = await getTranslations("account")
  return (
    <div className="narrow">
      <h1>{props.title}</h1>
      {props.notice && <p role="status" className="notice">{props.notice}</p>}
      {props.error && <p role="alert" className="error">{props.error}</p>}
      <form action={props.action}>
        <input type="hidden" name="countryCode" value={props.countryCode} />
        <input type="hidden" name="next" value={props.next ?? ""} />
        <div className="field">
          <label htmlFor="email">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="email" required dir="ltr" />
        </div>
        {props.children}
      </form>
      <p>{props.footer}</p>
    </div>
  )
}
