import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { AddressFields, invalidFields } from "@/components/address-fields"
import { FocusHeading } from "@/components/focus-heading"
import { DeliveryTermsBreakdown } from "@/components/delivery-terms"
import { OrderSummary } from "@/components/order-summary"
import { StripePayment } from "@/components/stripe-payment"
import { chooseBuyer, chooseIncoterm, chooseShipping, placeOrder, saveAddress } from "../actions"
import { addressProblems, type AddressInput } from "@/lib/address-format"
import { deliveryWindow } from "@/lib/delivery"
import { countryName, formatDate, formatPrice } from "@/lib/format"
import { cartShippingOptions, deliveryTermsOffer, myOrganisation, regionForCountry } from "@/lib/medusa"
import { currentLocale } from "@/lib/request"
import { currentCart, currentCustomer, customerToken } from "@/lib/session"
import { stripeEnabled } from "@/lib/payment"

export const dynamic = "force-dynamic"

const STEPS = ["address", "shipping", "duties", "payment"]

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title") }
}

/**
 * One page, four steps, each a plain form: address, shipping from the park, duties (DAP or DDP) and payment.
 * A step opens once the one before it is done.
 */
export default async function CheckoutPage({ params, searchParams }: { params: { countryCode: string }; searchParams: { invalid?: string; error?: string; step?: string } }) {
  const { countryCode } = params
  const [cart, customer, region, t, locale] = await Promise.all([
    currentCart(),
    currentCustomer(),
    regionForCountry(countryCode),
    getTranslations("checkout"),
    currentLocale(),
  ])
  if (!cart || !cart.items.length) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("empty")} <Link href={`/${countryCode}`}>{t("browse")}</Link></p>
      </>
    )
  }
  const money = (n: number) => formatPrice(n, cart.currency_code, locale)
  // A member of a verified organisation may buy for it: its order, under their spending limit.
  const organisation = customer ? await myOrganisation(customerToken()!) : null
  const forOrganisation = !!organisation && cart.metadata?.organisation_id === organisation.organisation.id
  const savedAddress = customer?.addresses.find((a) => a.country_code === countryCode)
  const address = cart.shipping_address?.address_1 ? cart.shipping_address : savedAddress
  const addressDone = !!cart.email && !!cart.shipping_address?.address_1 && addressProblems(countryCode, cart.shipping_address as AddressInput).length === 0
  const options = addressDone ? await cartShippingOptions(cart.id, customerToken()) : []
  const chosen = cart.shipping_methods[0]?.shipping_option_id
  const offer = chosen ? await deliveryTermsOffer(cart.id, customerToken()) : null
  const incoterm = offer?.chosen ?? undefined
  const dap = offer?.dap
  const ddp = offer?.ddp
  const invalid = invalidFields(searchParams.invalid)
  const country = countryName(countryCode, locale)
  return (
    <>
      <h1 id="checkout-title" tabIndex={-1}>{t("title")}</h1>
      {searchParams.error && <p role="alert" className="error">{t(`error.${["payment", "incoterm", "email_account", "approval", "approval_rejected"].includes(searchParams.error) ? searchParams.error : "invalid"}`)}</p>}
      {!customer && (
        <p>
          {t("guest")} <Link href={`/${countryCode}/account/login?next=/${countryCode}/checkout`}>{t("login")}</Link>
        </p>
      )}
      {/* Arriving from the cart, focus starts at the page's heading (the cart's button is gone); after a step, at the next step's. */}
      <FocusHeading id={searchParams.step && STEPS.includes(searchParams.step) ? searchParams.step : "checkout-title"} />
      <div className="checkout">
        <div className="steps">
          <section aria-labelledby="address" className="step">
            <h2 id="address" tabIndex={-1}>{t("step1", { country })}</h2>
            {invalid.length > 0 && (
              <div role="alert" className="error-summary" tabIndex={-1}>
                <p>{t("fixBelow")}</p>
              </div>
            )}
            <form action={saveAddress}>
              <input type="hidden" name="countryCode" value={countryCode} />
              <div className="field">
                <label htmlFor="email">{t("email")}</label>
                <input id="email" name="email" type="email" autoComplete="email" required dir="ltr" defaultValue={cart.email ?? customer?.email ?? ""} />
              </div>
              <AddressFields countryCode={countryCode} value={address} invalid={invalid} />
              <p className="muted">{t("countryFixed", { country })}</p>
              <button type="submit">{addressDone ? t("updateAddress") : t("continue")}</button>
            </form>
          </section>

          <section aria-labelledby="shipping" className="step">
            <h2 id="shipping" tabIndex={-1}>{t("step2")}</h2>
            {addressDone ? (
              <form action={chooseShipping}>
                <input type="hidden" name="countryCode" value={countryCode} />
                <fieldset>
                  <legend>{t("shippingFrom")}</legend>
                  {options.map((o) => {
                    const w = deliveryWindow(o.type?.code)
                    return (
                      <div className="choice" key={o.id}>
                        <input type="radio" id={`ship-${o.id}`} name="option_id" value={o.id} required defaultChecked={o.id === chosen} />
                        <label htmlFor={`ship-${o.id}`}>
                          {o.type?.code ? t(`shipping.${o.type.code}`) : <span lang="en">{o.name}</span>} — {money(o.amount)}
                          {w && <span className="muted"> · {t("arrives", { from: formatDate(w.earliest, locale), to: formatDate(w.latest, locale) })}</span>}
                        </label>
                      </div>
                    )
                  })}
                </fieldset>
                <button type="submit">{chosen ? t("updateShipping") : t("continue")}</button>
              </form>
            ) : (
              <p className="muted">{t("after", { step: t("step1", { country }) })}</p>
            )}
          </section>

          <section aria-labelledby="duties" className="step">
            <h2 id="duties" tabIndex={-1}>{t("step3")}</h2>
            {chosen && dap ? (
              <form action={chooseIncoterm}>
                <input type="hidden" name="countryCode" value={countryCode} />
                <DeliveryTermsBreakdown record={incoterm === "DDP" && ddp ? ddp : dap} caption={t("dutiesCaption", { country })} />
                <fieldset>
                  <legend>{t("incoterm")}</legend>
                  <div className="choice">
                    <input type="radio" id="dap" name="incoterm" value="DAP" required defaultChecked={incoterm !== "DDP"} aria-describedby="dap-amount" />
                    <label htmlFor="dap">{t("dap")}</label>
                    <p id="dap-amount" className="muted">{t("dapAmount", { amount: money(Number(dap.charges_on_delivery)) })}</p>
                  </div>
                  <div className="choice">
                    <input type="radio" id="ddp" name="incoterm" value="DDP" disabled={!ddp} defaultChecked={incoterm === "DDP"} aria-describedby={ddp ? "ddp-amount" : "ddp-why"} />
                    <label htmlFor="ddp">{t("ddp")}</label>
                    {ddp ? (
                      <p id="ddp-amount" className="muted">{t("ddpAmount", { amount: money(Number(ddp.charges_at_checkout)) })}</p>
                    ) : (
                      <p id="ddp-why" className="muted">{t("ddpUnavailable")}</p>
                    )}
                  </div>
                </fieldset>
                <button type="submit">{incoterm ? t("updateIncoterm") : t("continue")}</button>
              </form>
            ) : chosen ? (
              <p>{t("noDuties")}</p>
            ) : (
              <p className="muted">{t("after", { step: t("step2") })}</p>
            )}
          </section>

          <section aria-labelledby="payment" className="step">
            <h2 id="payment" tabIndex={-1}>{t("step4")}</h2>
            {organisation?.organisation.status === "verified" && (
              <form action={chooseBuyer}>
                <input type="hidden" name="countryCode" value={countryCode} />
                <fieldset>
                  <legend>{t("buyFor")}</legend>
                  <label>
                    <input type="radio" name="buyer" value="self" defaultChecked={!forOrganisation} /> {t("buyForSelf")}
                  </label>
                  <label>
                    <input type="radio" name="buyer" value="organisation" defaultChecked={forOrganisation} />{" "}
                    {t("buyForOrganisation", { name: organisation.organisation.name })}
                  </label>
                </fieldset>
                <button type="submit">{t("buyForSave")}</button>
              </form>
            )}
            {chosen && (incoterm || !dap) ? (
              stripeEnabled(region) ? (
                <StripePayment countryCode={countryCode} />
              ) : (
                <form action={placeOrder}>
                  <input type="hidden" name="countryCode" value={countryCode} />
                  <p>{t("demoPayment")}</p>
                  <button type="submit" className="primary">{t("placeOrder", { total: money(cart.total) })}</button>
                </form>
              )
            ) : (
              <p className="muted">{t("after", { step: t("step3") })}</p>
            )}
          </section>
        </div>
        <aside aria-labelledby="summary-title" className="summary">
          <h2 id="summary-title">{t("summary")}</h2>
          <OrderSummary of={cart} caption={t("summaryCaption")} />
          {incoterm && <p>{t(`chosen.${incoterm}`)}</p>}
        </aside>
      </div>
    </>
  )
}
