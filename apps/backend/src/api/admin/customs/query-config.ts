export const listCustomsExchangeRatesQueryConfig = {
  defaults: ["id", "currency", "month", "rate", "source", "created_at", "updated_at"],
  defaultOrder: { month: "DESC", currency: "ASC" } as const,
  isList: true,
}
