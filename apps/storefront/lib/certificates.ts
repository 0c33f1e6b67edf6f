import type { getTranslations } from "next-intl/server"

type ProductTranslator = Awaited<ReturnType<typeof getTranslations<"product">>>

/** A certificate type's name in the buyer's language ("CE", "Сертификат ISO 13485"); a type the messages do not know yet, as stored. */
export function certificateTypeName(t: ProductTranslator, type: string): string {
  return t.has(`certificateType.${type}`) ? t(`certificateType.${type}`) : type
}
