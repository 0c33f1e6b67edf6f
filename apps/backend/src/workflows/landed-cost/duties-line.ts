/**
 * The one cart (and order) line carrying the duties and taxes collected at checkout. It is not goods: the
 * split by manufacturer, commissions and customs declarations leave it out.
 */
export const DUTIES_LINE_KEY = "duties_and_taxes"

export const DUTIES_LINE_TITLE = "Import duties and taxes"

export const isDutiesLine = (item: { metadata?: Record<string, unknown> | null } | null | undefined) => item?.metadata?.[DUTIES_LINE_KEY] === true
