/**
 * Product content in the storefront's languages, through Medusa's translation module: a few demo products
 * are translated so the storefront shows both cases — translated content, and the English original
 * (marked lang="en") where no translation exists. Locale codes are languages only: the storefront's
 * language is chosen apart from the country.
 */
export type DemoTranslation = { handle: string; locale: "ru" | "ar" | "id" | "tr"; title: string; description: string }

export const DEMO_TRANSLATIONS: DemoTranslation[] = [
  {
    handle: "kangyi-lightweight-aluminium-wheelchair",
    locale: "ru",
    title: "Лёгкая алюминиевая инвалидная коляска KY-860",
    description: "Складывается до 33 см; быстросъёмные задние колёса; нагрузка до 100 кг. Сделано в Китае проверенным производителем, отправка из логистического парка Цзясина.",
  },
  {
    handle: "kangyi-lightweight-aluminium-wheelchair",
    locale: "ar",
    title: "كرسي متحرك خفيف من الألومنيوم KY-860",
    description: "يُطوى إلى 33 سم؛ عجلات خلفية سريعة الفك؛ يتحمل مستخدمًا حتى 100 كغ. صُنع في الصين لدى شركة مصنّعة موثّقة ويُشحن من مجمّع جياشينغ اللوجستي.",
  },
  {
    handle: "kangyi-lightweight-aluminium-wheelchair",
    locale: "id",
    title: "Kursi roda aluminium ringan KY-860",
    description: "Dilipat hingga 33 cm; roda belakang lepas-cepat; beban pengguna 100 kg. Dibuat di Tiongkok oleh produsen terverifikasi dan dikirim dari kawasan logistik Jiaxing.",
  },
  {
    handle: "kangyi-lightweight-aluminium-wheelchair",
    locale: "tr",
    title: "Hafif alüminyum tekerlekli sandalye KY-860",
    description: "33 cm'ye katlanır; çabuk sökülen arka tekerlekler; 100 kg kullanıcı ağırlığı. Çin'de doğrulanmış bir üretici tarafından yapılır ve Jiaxing lojistik parkından gönderilir.",
  },
  {
    handle: "anjian-four-wheel-rollator",
    locale: "ru",
    title: "Четырёхколёсные ходунки-роллатор с сиденьем AJ-R4",
    description: "Петлевые тормоза, мягкие сиденье и спинка, сумка для покупок. Сделано в Китае проверенным производителем, отправка из логистического парка Цзясина.",
  },
  {
    handle: "anjian-four-wheel-rollator",
    locale: "ar",
    title: "مشّاية بأربع عجلات مع مقعد AJ-R4",
    description: "مكابح حلقية، ومقعد ومسند ظهر مبطّنان، وحقيبة للتسوق. صُنعت في الصين لدى شركة مصنّعة موثّقة وتُشحن من مجمّع جياشينغ اللوجستي.",
  },
]
