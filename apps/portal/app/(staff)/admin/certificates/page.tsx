import { CertificateTable } from "@/components/certificate-table"
import { LoadError } from "@/components/shell"
import { getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Certificate } from "@/lib/types"

const WINDOWS = [30, 60, 90, 180]

export function generateMetadata() {
  return { title: getMessages().admin.expiringTitle }
}

/** Certificates expiring within a window (60 days by default), and those already expired, soonest first. */
export default async function Expiring({ searchParams }: { searchParams: { days?: string } }) {
  const t = getMessages()
  const days = WINDOWS.find((d) => String(d) === searchParams.days) ?? 60
  let certificates: Certificate[] = []
  let error: unknown
  try {
    ;({ certificates } = await call<{ certificates: Certificate[] }>("admin", "/admin/certificates", { query: { expiring_within_days: days } }))
  } catch (e) {
    error = e
  }
  return (
    <>
      <h1>{t.admin.expiringTitle}</h1>
      <form method="get" action="/admin/certificates" className="actions">
        <div className="field">
          <label htmlFor="f-days">{t.admin.within}</label>
          <select id="f-days" name="days" defaultValue={String(days)}>
            {WINDOWS.map((d) => (
              <option key={d} value={d}>
                {t.admin.days(d)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.statements.show}</button>
      </form>
      {error ? <LoadError error={error} /> : <CertificateTable certificates={certificates} caption={t.admin.expiringTitle} empty={t.admin.expiringEmpty} withManufacturer />}
    </>
  )
}
