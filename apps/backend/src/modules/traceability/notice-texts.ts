/** The storefront's languages; a notice is written in one of them. */
export const BUYER_LANGUAGES = ["en", "ru", "ar", "id", "tr"] as const
export type BuyerLanguage = (typeof BUYER_LANGUAGES)[number]

// The language most buyers in a served country read, where it is one of ours.
const COUNTRY_LANGUAGE: Record<string, BuyerLanguage> = { ru: "ru", kz: "ru", sa: "ar", ae: "ar", eg: "ar", id: "id", tr: "tr" }

/**
 * The language to write to a buyer in: the one recorded on their order when the storefront recorded
 * it (`metadata.language`), else the country's, else English.
 */
export function buyerLanguage(countryCode: string, orderMetadata?: Record<string, unknown> | null): BuyerLanguage {
  const recorded = orderMetadata?.language
  if (typeof recorded === "string" && (BUYER_LANGUAGES as readonly string[]).includes(recorded)) return recorded as BuyerLanguage
  return COUNTRY_LANGUAGE[countryCode.toLowerCase()] ?? "en"
}

type NoticeFacts = { product: string; manufacturer: string; serials: string[]; reason: string; url: string }

/** The recall notice's subject and body in the buyer's language (the reason stays as the recaller wrote it). */
export const RECALL_NOTICE_TEXT: Record<BuyerLanguage, (f: NoticeFacts) => { subject: string; body: string }> = {
  en: (f) => ({
    subject: `Recall: ${f.product}`,
    body: `${f.manufacturer} is recalling ${f.product}. Your units: ${f.serials.join(", ")}. Reason: ${f.reason}. Stop using them and confirm you have read this notice: ${f.url}`,
  }),
  ru: (f) => ({
    subject: `Отзыв продукции: ${f.product}`,
    body: `${f.manufacturer} отзывает ${f.product}. Ваши изделия: ${f.serials.join(", ")}. Причина: ${f.reason}. Прекратите их использование и подтвердите, что прочитали это уведомление: ${f.url}`,
  }),
  ar: (f) => ({
    subject: `استدعاء منتج: ${f.product}`,
    body: `تقوم ${f.manufacturer} باستدعاء ${f.product}. وحداتك: ${f.serials.join("، ")}. السبب: ${f.reason}. توقف عن استخدامها وأكّد أنك قرأت هذا الإشعار: ${f.url}`,
  }),
  id: (f) => ({
    subject: `Penarikan produk: ${f.product}`,
    body: `${f.manufacturer} menarik ${f.product}. Unit Anda: ${f.serials.join(", ")}. Alasan: ${f.reason}. Hentikan penggunaannya dan konfirmasi bahwa Anda telah membaca pemberitahuan ini: ${f.url}`,
  }),
  tr: (f) => ({
    subject: `Ürün geri çağırma: ${f.product}`,
    body: `${f.manufacturer}, ${f.product} ürününü geri çağırıyor. Üniteleriniz: ${f.serials.join(", ")}. Neden: ${f.reason}. Kullanmayı bırakın ve bu bildirimi okuduğunuzu onaylayın: ${f.url}`,
  }),
}
