import type { Language } from "./languages"

/**
 * The trade's words in every buyer language, as data. A concept's terms are synonyms within a
 * language and translations across languages: a product whose English text names a concept is
 * indexed under every language's terms for it, so "kursi roda" finds a wheelchair listed in English.
 * Terms are written as buyers type them; normalisation takes care of case and accents.
 */
export type Concept = { id: string; terms: Record<Language, string[]> }

export const VOCABULARY: Concept[] = [
  {
    id: "wheelchair",
    terms: {
      en: ["wheelchair", "wheel chair", "transport chair"],
      ru: ["инвалидная коляска", "кресло-коляска", "коляска"],
      ar: ["كرسي متحرك", "كرسي عجلات", "كرسي مدولب"],
      id: ["kursi roda"],
      tr: ["tekerlekli sandalye"],
      zh: ["轮椅"],
    },
  },
  {
    id: "power-wheelchair",
    terms: {
      en: ["power wheelchair", "electric wheelchair", "powered wheelchair"],
      ru: ["электроколяска", "электрическая коляска"],
      ar: ["كرسي متحرك كهربائي"],
      id: ["kursi roda elektrik"],
      tr: ["akülü tekerlekli sandalye", "elektrikli tekerlekli sandalye"],
      zh: ["电动轮椅"],
    },
  },
  {
    id: "scooter",
    terms: {
      en: ["mobility scooter", "scooter"],
      ru: ["скутер", "электроскутер"],
      ar: ["سكوتر", "دراجة كهربائية لكبار السن"],
      id: ["skuter"],
      tr: ["engelli scooter", "skuter"],
      zh: ["代步车", "电动代步车"],
    },
  },
  {
    id: "cane",
    terms: {
      en: ["cane", "walking stick"],
      ru: ["трость"],
      ar: ["عصا", "عصا مشي"],
      id: ["tongkat"],
      tr: ["baston"],
      zh: ["手杖"],
    },
  },
  {
    id: "crutch",
    terms: {
      en: ["crutch", "crutches"],
      ru: ["костыль", "костыли"],
      ar: ["عكاز", "عكازات"],
      id: ["kruk", "tongkat ketiak"],
      tr: ["koltuk değneği"],
      zh: ["拐杖", "腋拐"],
    },
  },
  {
    id: "walker",
    terms: {
      en: ["rollator", "walker", "walking frame"],
      ru: ["ходунки", "роллатор"],
      ar: ["مشاية", "ووكر"],
      id: ["alat bantu jalan", "walker"],
      tr: ["yürüteç", "rolatör"],
      // Not 助行器 alone: ISO 9999 uses it for every walking aid, canes included.
      zh: ["助行架", "轮式助行器", "四轮助行器"],
    },
  },
  {
    id: "hoist",
    terms: {
      en: ["patient hoist", "patient lift", "hoist"],
      ru: ["подъемник для пациентов", "подъемник"],
      ar: ["رافعة المرضى", "رافعة"],
      id: ["lift pasien", "alat angkat pasien"],
      tr: ["hasta lifti", "hasta kaldırma"],
      zh: ["移位机", "病人升降机"],
    },
  },
  {
    id: "orthosis",
    terms: {
      en: ["orthosis", "orthoses", "brace", "splint"],
      ru: ["ортез", "бандаж", "шина"],
      ar: ["جبيرة", "دعامة"],
      id: ["ortosis", "penyangga", "brace"],
      tr: ["ortez", "korse", "atel"],
      zh: ["矫形器", "护具"],
    },
  },
  {
    id: "hearing-aid",
    terms: {
      en: ["hearing aid"],
      ru: ["слуховой аппарат"],
      ar: ["سماعة طبية", "معينة سمعية", "سماعة أذن"],
      id: ["alat bantu dengar"],
      tr: ["işitme cihazı"],
      zh: ["助听器"],
    },
  },
  {
    id: "magnifier",
    terms: {
      en: ["magnifier", "magnifying glass", "low vision"],
      ru: ["лупа", "увеличитель"],
      ar: ["مكبر", "عدسة مكبرة"],
      id: ["kaca pembesar"],
      tr: ["büyüteç"],
      zh: ["放大镜", "助视器"],
    },
  },
  {
    id: "care-bed",
    terms: {
      en: ["care bed", "hospital bed", "nursing bed", "bed"],
      ru: ["функциональная кровать", "медицинская кровать", "кровать"],
      ar: ["سرير طبي", "سرير"],
      id: ["ranjang pasien", "tempat tidur pasien"],
      tr: ["hasta yatağı", "yatak"],
      zh: ["护理床", "医用床"],
    },
  },
  {
    id: "toileting",
    terms: {
      en: ["commode", "toilet chair", "shower chair", "toilet"],
      ru: ["туалетный стул", "кресло-туалет", "стул для душа"],
      ar: ["كرسي حمام", "كرسي مرحاض"],
      id: ["kursi toilet", "kursi mandi"],
      tr: ["klozet sandalyesi", "banyo sandalyesi"],
      zh: ["坐便椅", "洗澡椅"],
    },
  },
  {
    id: "rehabilitation",
    terms: {
      en: ["rehabilitation", "exerciser", "trainer", "therapy"],
      ru: ["реабилитация", "тренажер"],
      ar: ["إعادة تأهيل", "جهاز تمارين"],
      id: ["rehabilitasi", "alat latihan"],
      tr: ["rehabilitasyon", "egzersiz aleti"],
      zh: ["康复", "训练器"],
    },
  },
]
