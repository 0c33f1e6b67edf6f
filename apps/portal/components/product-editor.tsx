import { listMarkets } from "@aem/trade-kit"
import type { FormState } from "@/lib/form"
import { getLang, getMessages } from "@/lib/i18n"
import { priceCurrencies, VARIANT_ROWS } from "@/lib/schemas"
import { isoGroups } from "@/lib/trade"
import { ProductForm } from "./forms/product-form"

/** The product form with its texts, currencies and ISO classes in the page's language. */
export function ProductEditor({
  action,
  mode,
  defaults = {},
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  mode: "create" | "edit"
  defaults?: Record<string, string>
}) {
  const lang = getLang()
  const t = getMessages(lang)
  return (
    <ProductForm
      action={action}
      mode={mode}
      defaults={defaults}
      currencies={priceCurrencies(listMarkets().map((m) => m.currency))}
      variantRows={VARIANT_ROWS}
      isoGroups={isoGroups(lang)}
      fields={t.products.fields}
      text={{
        basics: t.products.basics,
        trade: t.products.trade,
        variants: t.products.variants,
        variantLabels: Array.from({ length: VARIANT_ROWS }, (_, i) => (i === 0 ? t.products.variant(1) : t.products.optionalVariant(i + 1))),
        pricesLegend: t.products.pricesLegend,
        moreCurrencies: t.products.moreCurrencies,
        publishHint: t.products.publishHint,
        statusDraft: t.products.statusDraft,
        statusPublished: t.products.statusPublished,
        choose: t.products.noClass,
        submit: mode === "create" ? t.products.create : t.common.save,
        errorSummary: t.common.errorSummary,
        required: t.common.required,
        isoHint: t.iso.pickerHint,
        hs: { searchButton: t.hs.searchButton, results: t.hs.results, noResults: t.hs.noResults, searchHint: t.hs.searchHint },
      }}
    />
  )
}
