/**
 * How each served country writes a postal address: which fields, in which order, what the region is called
 * and what a postal code looks like (Universal Postal Union address formats).
 */
export type AddressField = "first_name" | "last_name" | "company" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "phone"
export type ProvinceKind = "region" | "province" | "state" | "emirate" | "governorate" | "district"
export type AddressFormat = {
  fields: AddressField[]
  required: AddressField[]
  province?: ProvinceKind
  /** The second address line's role where the country names it (Turkey's ilçe, Saudi Arabia's district). */
  address2?: "district"
  postalCode?: { pattern: RegExp; example: string }
}

const NAME: AddressField[] = ["first_name", "last_name", "company"]
const BASE_REQUIRED: AddressField[] = ["first_name", "last_name", "address_1", "city", "phone"]
const digits = (n: number) => ({ pattern: new RegExp(`^\\d{${n}}$`), example: "1234567890".slice(0, n) })

const FORMATS: Record<string, AddressFormat> = {
  // Russia and Kazakhstan write the region before the city.
  ru: { fields: [...NAME, "postal_code", "province", "city", "address_1", "address_2", "phone"], required: [...BASE_REQUIRED, "postal_code", "province"], province: "region", postalCode: digits(6) },
  kz: {
    fields: [...NAME, "postal_code", "province", "city", "address_1", "address_2", "phone"],
    required: [...BASE_REQUIRED, "postal_code"],
    province: "region",
    // Kazpost's new alphanumeric codes (2023) and the older six digits are both in use.
    postalCode: { pattern: /^(\d{6}|[A-Z]\d{2}[A-Z]\d[A-Z]\d)$/i, example: "Z05H9E8" },
  },
  id: { fields: [...NAME, "address_1", "address_2", "city", "province", "postal_code", "phone"], required: [...BASE_REQUIRED, "province", "postal_code"], province: "province", postalCode: digits(5) },
  my: { fields: [...NAME, "address_1", "address_2", "postal_code", "city", "province", "phone"], required: [...BASE_REQUIRED, "province", "postal_code"], province: "state", postalCode: digits(5) },
  th: { fields: [...NAME, "address_1", "address_2", "city", "province", "postal_code", "phone"], required: [...BASE_REQUIRED, "province", "postal_code"], province: "province", postalCode: digits(5) },
  vn: { fields: [...NAME, "address_1", "address_2", "city", "province", "postal_code", "phone"], required: [...BASE_REQUIRED, "province"], province: "province", postalCode: digits(6) },
  pk: { fields: [...NAME, "address_1", "address_2", "city", "province", "postal_code", "phone"], required: [...BASE_REQUIRED], province: "province", postalCode: digits(5) },
  // Saudi national address: building and street, district, city, postal code (+ additional number).
  sa: { fields: [...NAME, "address_1", "address_2", "city", "postal_code", "phone"], required: [...BASE_REQUIRED, "address_2", "postal_code"], address2: "district", postalCode: { pattern: /^\d{5}(-\d{4})?$/, example: "12345-6789" } },
  // The UAE has no postal codes.
  ae: { fields: [...NAME, "address_1", "address_2", "city", "province", "phone"], required: [...BASE_REQUIRED, "province"], province: "emirate" },
  tr: { fields: [...NAME, "address_1", "address_2", "postal_code", "city", "province", "phone"], required: [...BASE_REQUIRED, "address_2", "province"], province: "province", address2: "district", postalCode: digits(5) },
  eg: { fields: [...NAME, "address_1", "address_2", "city", "province", "postal_code", "phone"], required: [...BASE_REQUIRED, "province"], province: "governorate", postalCode: digits(5) },
  rs: { fields: [...NAME, "address_1", "address_2", "postal_code", "city", "phone"], required: [...BASE_REQUIRED, "postal_code"], postalCode: digits(5) },
  pl: { fields: [...NAME, "address_1", "address_2", "postal_code", "city", "phone"], required: [...BASE_REQUIRED, "postal_code"], postalCode: { pattern: /^\d{2}-\d{3}$/, example: "00-950" } },
  hu: { fields: [...NAME, "city", "address_1", "address_2", "postal_code", "phone"], required: [...BASE_REQUIRED, "postal_code"], postalCode: digits(4) },
}

const FALLBACK: AddressFormat = {
  fields: [...NAME, "address_1", "address_2", "city", "province", "postal_code", "phone"],
  required: BASE_REQUIRED,
  province: "region",
  postalCode: { pattern: /^[A-Z0-9 -]{3,10}$/i, example: "" },
}

export function addressFormat(countryCode: string): AddressFormat {
  return FORMATS[countryCode.toLowerCase()] ?? FALLBACK
}

export type AddressInput = Partial<Record<AddressField, string>>

/** The fields that are missing or malformed for this country; empty when the address can be used. */
export function addressProblems(countryCode: string, input: AddressInput): AddressField[] {
  const format = addressFormat(countryCode)
  const problems = format.required.filter((f) => !input[f]?.trim())
  const postal = input.postal_code?.trim()
  if (postal && format.postalCode && !format.postalCode.pattern.test(postal)) problems.push("postal_code")
  const phone = input.phone?.trim()
  if (phone && !/^\+?[\d\s()-]{6,20}$/.test(phone)) problems.push("phone")
  return [...new Set(problems)]
}
