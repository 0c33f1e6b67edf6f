import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { decideApproval, inviteMember, registerOrganisation, removeMember, updateMember } from "../../actions"
import { countryName, formatDate, formatPrice } from "@/lib/format"
import { getMyOrganisation, regionForCountry } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"
import { currentCustomer, customerToken } from "@/lib/session"

export const dynamic = "force-dynamic"

const KINDS = ["clinic", "ngo", "agency", "distributor", "government"] as const
const ROLES = ["admin", "buyer", "approver"] as const
const PERIODS = ["month", "quarter", "year"] as const
const ERRORS: Record<string, string> = { decision: "decisionRefused", member: "memberRefused", refused: "registrationRefused", invalid: "invalid" }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("title") }
}

/** The buyer's organisation: its review, members and limits, and the approvals an approver or admin decides. */
export default async function Organisation({ params, searchParams }: { params: { countryCode: string }; searchParams: { saved?: string; error?: string } }) {
  const { countryCode } = params
  const customer = await currentCustomer()
  if (!customer) redirect(`/${countryCode}/account/login?next=/${countryCode}/account/organisation`)
  const [found, t, ta, locale] = await Promise.all([getMyOrganisation(customerToken()!), getTranslations("organisation"), getTranslations("account"), currentLocale()])
  const notice = (
    <>
      {searchParams.saved && <p role="status" className="notice">{t("saved")}</p>}
      {searchParams.error && <p role="alert" className="error">{t(ERRORS[searchParams.error] ?? "registrationRefused")}</p>}
    </>
  )
  const breadcrumb = (
    <nav aria-label={ta("breadcrumb")}>
      <Link href={`/${countryCode}/account`}>{ta("title")}</Link>
    </nav>
  )
  if (!found) {
    return (
      <>
        {breadcrumb}
        <h1>{t("title")}</h1>
        {notice}
        <p>{t("intro")}</p>
        <section aria-labelledby="register-organisation">
          <h2 id="register-organisation">{t("register", { country: countryName(countryCode, locale) })}</h2>
          <form action={registerOrganisation}>
            <input type="hidden" name="countryCode" value={countryCode} />
            <label htmlFor="org-name">{t("name")}</label>
            <input id="org-name" name="name" required maxLength={200} autoComplete="organization" />
            <label htmlFor="org-kind">{t("kind")}</label>
            <select id="org-kind" name="kind" required>
              {KINDS.map((k) => (
                <option key={k} value={k}>{t(`kinds.${k}`)}</option>
              ))}
            </select>
            <label htmlFor="org-number">{t("registrationNumber")}</label>
            <input id="org-number" name="registration_number" required maxLength={60} />
            <button type="submit">{t("submit")}</button>
          </form>
        </section>
      </>
    )
  }
  const { organisation, membership } = found.mine
  const decides = membership.role !== "buyer"
  const isAdmin = membership.role === "admin"
  const currency = isAdmin ? (await regionForCountry(countryCode)).currency_code : ""
  const lastChange = organisation.status_changes.reduce<(typeof organisation.status_changes)[0] | undefined>(
    (last, c) => (!last || c.created_at > last.created_at ? c : last),
    undefined
  )
  const nameOf = (customerId: string) => {
    const m = organisation.members.find((x) => x.customer_id === customerId)?.customer
    return m ? [m.first_name, m.last_name].filter(Boolean).join(" ") || m.email : customerId
  }
  return (
    <>
      {breadcrumb}
      <h1>{organisation.name}</h1>
      {notice}
      <p>
        {t(`kinds.${organisation.kind}`)} · {countryName(organisation.country_code, locale)} · {t("registrationNumber")}: <bdi>{organisation.registration_number}</bdi>
      </p>
      <p>
        {t("status")}: <strong>{t(`statuses.${organisation.status}`)}</strong>
        {lastChange?.reason && <> — {t("reason", { reason: lastChange.reason })}</>}
      </p>
      <p>{t("yourRole", { role: t(`roles.${membership.role}`) })}</p>
      <section aria-labelledby="org-members">
        <h2 id="org-members">{t("members")}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("member")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("limit")}</th>
              {isAdmin && <th scope="col">{t("change")}</th>}
            </tr>
          </thead>
          <tbody>
            {organisation.members.map((m) => (
              <tr key={m.id}>
                <th scope="row"><bdi>{nameOf(m.customer_id)}</bdi></th>
                <td>{t(`roles.${m.role}`)}</td>
                <td>
                  {m.spending_limit == null
                    ? t("noLimit")
                    : t("limitPer", { amount: formatPrice(m.spending_limit, m.spending_limit_currency!, locale), period: t(`periods.${m.spending_limit_period}`) })}
                </td>
                {isAdmin && (
                  <td>
                    <form action={updateMember}>
                      <input type="hidden" name="countryCode" value={countryCode} />
                      <input type="hidden" name="member_id" value={m.id} />
                      <input type="hidden" name="currency_code" value={m.spending_limit_currency ?? currency} />
                      <label htmlFor={`role-${m.id}`}>{t("role")}</label>
                      <select id={`role-${m.id}`} name="role" defaultValue={m.role}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>{t(`roles.${r}`)}</option>
                        ))}
                      </select>
                      <label htmlFor={`limit-${m.id}`}>{t("limitAmount", { currency: (m.spending_limit_currency ?? currency).toUpperCase() })}</label>
                      <input id={`limit-${m.id}`} name="limit" type="number" min="0" step="0.01" inputMode="decimal" defaultValue={m.spending_limit ?? ""} aria-describedby={`limit-help-${m.id}`} />
                      <p id={`limit-help-${m.id}`} className="muted">{t("limitHelp")}</p>
                      <label htmlFor={`period-${m.id}`}>{t("period")}</label>
                      <select id={`period-${m.id}`} name="period" defaultValue={m.spending_limit_period ?? "month"}>
                        {PERIODS.map((p) => (
                          <option key={p} value={p}>{t(`periods.${p}`)}</option>
                        ))}
                      </select>
                      <button type="submit">{t("saveMember")} <span className="visually-hidden">{nameOf(m.customer_id)}</span></button>
                    </form>
                    {m.id !== membership.id && (
                      <form action={removeMember}>
                        <input type="hidden" name="countryCode" value={countryCode} />
                        <input type="hidden" name="member_id" value={m.id} />
                        <button type="submit">{t("remove")} <span className="visually-hidden">{nameOf(m.customer_id)}</span></button>
                      </form>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {isAdmin && (
        <section aria-labelledby="org-invite">
          <h2 id="org-invite">{t("invite")}</h2>
          <form action={inviteMember}>
            <input type="hidden" name="countryCode" value={countryCode} />
            <label htmlFor="invite-email">{t("inviteEmail")}</label>
            <input id="invite-email" name="email" type="email" required maxLength={200} dir="ltr" autoComplete="off" />
            <label htmlFor="invite-role">{t("role")}</label>
            <select id="invite-role" name="role" defaultValue="buyer">
              {ROLES.map((r) => (
                <option key={r} value={r}>{t(`roles.${r}`)}</option>
              ))}
            </select>
            <button type="submit">{t("inviteSend")}</button>
          </form>
        </section>
      )}
      <section aria-labelledby="org-approvals">
        <h2 id="org-approvals">{t("approvals")}</h2>
        {found.approvals.length ? (
          <ul>
            {found.approvals.map((a) => (
              <li key={a.id}>
                <p>
                  {t("approvalLine", { who: nameOf(a.requested_by), amount: formatPrice(a.amount, a.currency_code, locale), date: formatDate(a.created_at, locale) })}{" "}
                  <strong>{t(`approvalStatuses.${a.status}`)}</strong>
                  {a.note && <> — <q>{a.note}</q></>}
                </p>
                {decides && a.status === "pending" && a.requested_by !== customer.id && (
                  <form action={decideApproval}>
                    <input type="hidden" name="countryCode" value={countryCode} />
                    <input type="hidden" name="approval_id" value={a.id} />
                    <label htmlFor={`note-${a.id}`}>{t("note")}</label>
                    <input id={`note-${a.id}`} name="note" maxLength={2000} aria-describedby={`note-help-${a.id}`} />
                    <p id={`note-help-${a.id}`} className="muted">{t("noteHelp")}</p>
                    <button type="submit" name="status" value="approved">{t("approve")}</button>
                    <button type="submit" name="status" value="rejected">{t("reject")}</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noApprovals")}</p>
        )}
      </section>
    </>
  )
}
