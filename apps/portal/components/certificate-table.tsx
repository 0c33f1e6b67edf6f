import Link from "next/link"
import { formatDate, getMessages } from "@/lib/i18n"
import type { Certificate } from "@/lib/types"
import { TableWrap } from "@/components/table-wrap"

/** Certificates with their validity; an expired or soon-expiring one says so in words, not colour alone. */
export function CertificateTable({
  certificates,
  caption,
  withManufacturer,
  empty,
}: {
  certificates: Certificate[]
  caption: string
  withManufacturer?: boolean
  /** What to say when there is none; "nothing here yet" by default. */
  empty?: string
}) {
  const t = getMessages()
  if (!certificates.length) return <p>{empty ?? t.common.empty}</p>
  return (
    <TableWrap>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {withManufacturer ? <th scope="col">{t.admin.expiringHeaders.manufacturer}</th> : null}
            <th scope="col">{t.certificates.fields.type.label}</th>
            <th scope="col">{t.certificates.fields.number.label}</th>
            <th scope="col">{t.certificates.fields.issuer.label}</th>
            <th scope="col">{t.certificates.validity}</th>
            <th scope="col">{t.certificates.state}</th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((c) => (
            <tr key={c.id}>
              {withManufacturer ? (
                <td>
                  {c.manufacturer ? <Link href={`/admin/manufacturers/${c.manufacturer.id}`}>{c.manufacturer.legal_name_en ?? c.manufacturer.handle}</Link> : null}
                </td>
              ) : null}
              <td>{t.certificates.types[c.type as keyof typeof t.certificates.types] ?? c.type}</td>
              <td>
                <a href={c.file_url}>
                  {c.number}
                  <span className="visually-hidden"> ({t.certificates.view})</span>
                </a>
              </td>
              <td>{c.issuer}</td>
              <td>
                {formatDate(c.valid_from)} – {formatDate(c.valid_until)}
              </td>
              <td>{c.expired ? t.certificates.expired : c.expires_soon ? t.certificates.expiresSoon : t.certificates.valid}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
