/** What the buyer sees of their requests: never who at the manufacturer answered. */
export const STORE_FITTING_FIELDS = [
  "id",
  "status",
  "measurement",
  "measured_cm",
  "note",
  "answer",
  "answered_at",
  "recommended_variant_id",
  "created_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.variants.id",
  "product.variants.title",
]

type WithVariants = { recommended_variant_id?: string | null; product?: { variants?: ({ id: string; title: string | null } | null)[] | null } | null }

/** The recommended variant's title, named so the reader need not look it up. */
export function withRecommendedVariant<R extends WithVariants>(request: R) {
  const variant = request.product?.variants?.find((v) => v?.id === request.recommended_variant_id)
  return { ...request, recommended_variant: variant ? { id: variant.id, title: variant.title } : null }
}
