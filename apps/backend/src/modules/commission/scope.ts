/** The unique key of a commission rule: "manufacturer|class", "*" where the rule applies to any. */
export const commissionScope = (manufacturerId?: string | null, isoClass?: string | null) => `${manufacturerId ?? "*"}|${isoClass ?? "*"}`
