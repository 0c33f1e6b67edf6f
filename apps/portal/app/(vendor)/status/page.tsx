import Link from "next/link"
import { formatDate, getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Member } from "@/lib/types"

export function generateMetadata() {
  return { title: getMessages().status.title }
}

/** Where the company stands in the review, and why when it was rejected or suspended. */
export default async function Status() {
  const t = getMessages()
  const { member } = await call<{ member: Member }>("manufacturer", "/vendor/me")
  const m = member.manufacturer
  const latest = [...(m.status_changes ?? [])]
    .filter((c) => c.to_status === m.status)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))[0]
  return (
    <>
      <h1>{t.status.title}</h1>
      <dl className="facts">
        <dt>{t.status.company}</dt>
        <dd>
          <span lang="zh-CN">{m.legal_name_zh}</span> · <span lang="en">{m.legal_name_en}</span>
        </dd>
        <dt>{t.status.you}</dt>
        <dd>
          {member.email} ({t.status.role[member.role]})
        </dd>
        <dt>{t.status.current}</dt>
        <dd>
          <span className={`status-badge status-${m.status}`} data-testid="manufacturer-status">
            {t.status.names[m.status]}
          </span>
        </dd>
        {latest ? (
          <>
            <dt>{t.status.since}</dt>
            <dd>{formatDate(latest.created_at)}</dd>
          </>
        ) : null}
        {latest?.reason ? (
          <>
            <dt>{t.status.reason}</dt>
            <dd data-testid="status-reason">{latest.reason}</dd>
          </>
        ) : null}
      </dl>
      <p>{t.status.explain[m.status]}</p>
      <h2>{t.status.nextSteps}</h2>
      <ul>
        <li>
          <Link href="/certificates">{t.status.addCertificates}</Link>
        </li>
        <li>
          <Link href="/products/new">{t.status.addProduct}</Link>
        </li>
      </ul>
    </>
  )
}
