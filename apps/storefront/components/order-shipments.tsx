import { getTranslations } from "next-intl/server"
import type { Shipment } from "@/lib/medusa"

/** One shipment per manufacturer: who sends what, and how far it has got. */
export async function OrderShipments({ shipments }: { shipments: Shipment[] }) {
  const t = await getTranslations("order")
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
                <p>{t(`shipmentStatus.${s.status}`)}</p>
                <ul>
                  {s.items.map((i, n) => (
                    <li key={n}>
                      <bdi>{i.quantity}</bdi> × <span lang="en">{i.title}{i.variant_title ? ` (${i.variant_title})` : ""}</span>
                    </li>
                  ))}
                </ul>
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
