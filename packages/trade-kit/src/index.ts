export { TradeKitError, InvalidInputError, SchemaValidationError } from './errors';
export { normaliseHsCode, getHs, searchHs } from './classification/hs';
export type { HsEntry, HsDetail, HsNormalised } from './classification/hs';
export { getIsoClass, listIsoClasses, suggestHsForIsoClass } from './classification/iso9999';
export type { IsoClass, HsSuggestion, Language } from './classification/iso9999';
export { createCodeTables } from './codes/customs-codes';
export { validateUnifiedSocialCreditCode, usccCheckCharacter, organisationCodeCheckCharacter } from './identifiers/uscc';
export type { UsccResult } from './identifiers/uscc';
export type { CodeTables, CodeTablesConfig, CodeRow, CodeKind } from './codes/customs-codes';
export { quoteLandedCost, listMarkets, landedCostInputSchema } from './landed-cost/quote';
export type { LandedCostInput, LandedCostQuote, QuoteLine } from './landed-cost/quote';
export { quoteShipments } from './landed-cost/shipments';
export type { ShipmentsInput, ShipmentsQuote } from './landed-cost/shipments';
export { exportOrderSchema } from './ceb/order';
export type { ExportOrder, ExportOrderInput, ExportLine } from './ceb/order';
export { buildDeclarationSet, parseExportOrder, cebTime } from './ceb/build';
export {
  convertExportOrder, customsRateMonth, declaredCurrencyFor, CUSTOMS_FALLBACK_CURRENCY, CUSTOMS_MONTH_PATTERN, CUSTOMS_RATE_PATTERN,
} from './ceb/customs-currency';
export type { CustomsExchangeRate } from './ceb/customs-currency';
export type { DeclarationSet, Consignment, CebMessage, CebMessageType, BuildOptions } from './ceb/build';
export { demoOrder, demoDocumentDetails } from './ceb/sample';
export { validateAgainstSchema, validateManyAgainstSchema, SCHEMA_DIR } from './ceb/validate';
export type { ValidationResult } from './ceb/validate';
export { parseCebReply, parseCebReplies, statusMeaning, RETURN_STATUS, UnsupportedReplyError } from './ceb/parse';
export type { ParsedReply, ReplyStatus, ReplyType } from './ceb/parse';
export { buildCebReply, readDeclaredMessage, guidSequence } from './ceb/reply';
export type { ReplyOptions, DeclaredMessageType } from './ceb/reply';
export { wrapInDxpEnvelope, unwrapDxpEnvelope, DEFAULT_RECEIVER_ID } from './ceb/dxp';
export type { DxpOptions } from './ceb/dxp';
export { SoftwareSigner, verifyCebSignature } from './ceb/sign';
export type { Signer, SoftwareSignerOptions } from './ceb/sign';
export { truncateChars, charLength, escapeXml } from './util/text';
export {
  renderCommercialInvoice, renderPackingList, renderCertificateOfOriginApplication, renderExportDocuments, documentTotals, documentDetailsSchema,
} from './documents/documents';
export type { DocumentDetailsInput, ExportDocuments, DocumentTotals } from './documents/documents';
export { layoutLine } from './documents/fonts';
export { renderConsignmentLabel, renderConsignmentPackingList, consignmentPrintSchema } from './documents/consignment';
export type { ConsignmentPrintInput } from './documents/consignment';
export * from './settlement';
export { toMinor, formatMinor, minorExponent } from './util/money';
export { parseGs1, validateGtin, gtinCheckDigit, gs1Date, gs1ElementString } from './identifiers/gs1';
export type { Gs1Udi, Gs1Result } from './identifiers/gs1';
export { parseSerialRange, serialInRange } from './identifiers/serial-range';
export type { SerialRange } from './identifiers/serial-range';
export * from './statistics';
export { FITTING_MEASUREMENTS, SIZING_RULES, sizingRuleForOption } from './fitting/measurements';
export type { FittingMeasurement, SizingRule } from './fitting/measurements';
