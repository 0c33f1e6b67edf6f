import { getFormatter, getTranslations } from "next-intl/server"
import { MANUFACTURER_STEPS, type Shipment } from "@/lib/medusa"

/** One shipment per manufacturer: who sends what, how far it has got, and each step on its way (oldest first). */
export async function OrderShipments({ shipments }: { shipments: Shipment[] }) {
  const t = await getTranslations("order")
  const format = await getFormatter()
  return (
    <section aria-labelledby="shipments-heading" data-testid="shipments">
      <h2 id="shipments-heading">{t("shipments")}</h2>
      {shipments.length ? (
        <>
          <p>{t("shipmentsIntro")}</p>
          <ul className="shipments">
            {shipments.map((s) => (
              <li key={s.id}>
                <h3 className="h3">
                  {t.rich("shipmentFrom", {
                    manufacturer: s.manufacturer?.legal_name_en ?? "—",
                    // Company names are in English whatever the page's language.
                    name: (chunks) => <span lang="en">{chunks}</span>,
                  })}
                </h3>
                <p data-testid="shipment-status" data-status={s.status}>
                  {/* Beyond the manufacturer, the headline is the furthest event's own words. */}
                  {(MANUFACTURER_STEPS as readonly string[]).includes(s.status) ? t(`shipmentStatus.${s.status}`) : t(`tracking.${s.status}`)}
                </p>
                <ul>
                  {s.items.map((i, n) => (
                    <li key={n}>
                      <bdi>{i.quantity}</bdi> × <span lang="en">{i.title}{i.variant_title ? ` (${i.variant_title})` : ""}</span>
                    </li>
                  ))}
                </ul>
                {s.timeline.length ? (
                  <>
                    <h4 id={`tracking-${s.id}`} className="h4">{t("trackingHeading")}</h4>
                    <ol className="tracking" aria-labelledby={`tracking-${s.id}`}>
                      {s.timeline.map((e, n) => (
                        <li key={n} data-code={e.code} className={e.code.startsWith("exception_") && e.code !== "exception_resolved" ? "tracking-exception" : undefined}>
                          <time dateTime={e.occurred_at}>{format.dateTime(new Date(e.occurred_at), { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
                          {t(`tracking.${e.code}`)}
                          {/* Places and waybills are written as the carrier gives them. */}
                          {e.location ? <> · <bdi>{e.location}</bdi></> : null}
                          {e.note ? <> · <bdi>{e.note}</bdi></> : null}
                        </li>
                      ))}
                    </ol>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("shipmentsPending")}</p>
      )}
    </section>
  )
}
