import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { AddressFields, invalidFields } from "@/components/address-fields"
import { addAddress, deleteAddress } from "../../actions"
import { countryName } from "@/lib/format"
import { currentLocale } from "@/lib/request"
import { currentCustomer } from "@/lib/session"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("addresses") }
}

export default async function Addresses({ params, searchParams }: { params: { countryCode: string }; searchParams: { invalid?: string; saved?: string } }) {
  const { countryCode } = params
  const customer = await currentCustomer()
  if (!customer) redirect(`/${countryCode}/account/login?next=/${countryCode}/account/addresses`)
  const [t, locale] = await Promise.all([getTranslations("account"), currentLocale()])
  const invalid = invalidFields(searchParams.invalid)
  return (
    <>
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/${countryCode}/account`}>{t("title")}</Link>
      </nav>
      <h1>{t("addresses")}</h1>
      {searchParams.saved && <p role="status" className="notice">{t("saved")}</p>}
      {customer.addresses.length ? (
        <ul className="address-list">
          {customer.addresses.map((a) => (
            <li key={a.id}>
              <address>
                {a.first_name} {a.last_name}, {a.address_1}
                {a.address_2 && `, ${a.address_2}`}, {[a.postal_code, a.city, a.province].filter(Boolean).join(", ")},{" "}
                {a.country_code && countryName(a.country_code, locale)}
              </address>
              <form action={deleteAddress}>
                <input type="hidden" name="countryCode" value={countryCode} />
                <input type="hidden" name="address_id" value={a.id} />
                <button type="submit">{t("delete")} <span className="visually-hidden">{a.address_1}</span></button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noAddresses")}</p>
      )}
      <section aria-labelledby="new-address">
        <h2 id="new-address">{t("newAddress", { country: countryName(countryCode, locale) })}</h2>
        {invalid.length > 0 && <p role="alert" className="error">{t("fixBelow")}</p>}
        <form action={addAddress}>
          <input type="hidden" name="countryCode" value={countryCode} />
          <AddressFields countryCode={countryCode} invalid={invalid} />
          <button type="submit">{t("saveAddress")}</button>
        </form>
      </section>
    </>
  )
}
