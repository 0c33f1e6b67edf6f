/**
 * The platform's own customs identity and the Jiaxing park's codes. The defaults are demo values:
 * well-formed but fictitious registration codes, and customs office, port and site codes that the
 * fact sheet marks unconfirmed (U) — set the real ones per broker with these variables.
 */
export type CustomsProfile = {
  /** The platform (ebp) and the enterprise whose DXP client transmits the messages. */
  platform: { code: string; name: string; dxpId: string }
  payment: { code?: string; name: string }
  /** The logistics company that carries from the park, and its waybill number prefix. */
  logistics: { code: string; name: string; waybillPrefix: string }
  customsCode: string
  portCode: string
  loctNo?: string
  trafMode: string
  wrapType: string
  orderNoPrefix: string
  /** Where the goods start, for the documents' route line. */
  origin: string
}

export function customsProfile(env: NodeJS.ProcessEnv = process.env): CustomsProfile {
  return {
    platform: {
      code: env.CUSTOMS_PLATFORM_CODE || "3301960ABC",
      name: env.CUSTOMS_PLATFORM_NAME || "AEM 无障碍辅具跨境平台",
      dxpId: env.CUSTOMS_DXP_ID || "DXPENT0000012345",
    },
    payment: { code: env.CUSTOMS_PAYMENT_CODE || undefined, name: env.CUSTOMS_PAYMENT_NAME || "AEM 平台在线支付 (demo)" },
    logistics: {
      code: env.CUSTOMS_LOGISTICS_CODE || "3301980LOG",
      name: env.CUSTOMS_LOGISTICS_NAME || "嘉兴国际物流有限公司",
      waybillPrefix: env.CUSTOMS_WAYBILL_PREFIX || "JXAEM",
    },
    // U: the Jiaxing customs office and port of exit; 2919 is the trade kit's demo placeholder.
    customsCode: env.CUSTOMS_OFFICE_CODE || "2919",
    portCode: env.CUSTOMS_PORT_CODE || "2919",
    // U: the park's supervised-site code (loctNo) is left out until it is known.
    loctNo: env.CUSTOMS_LOCT_NO || undefined,
    // Customs transport mode 4 (road, via Khorgos) and package type 2 (carton) — both U.
    trafMode: env.CUSTOMS_TRAF_MODE || "4",
    wrapType: env.CUSTOMS_WRAP_TYPE || "2",
    orderNoPrefix: env.CUSTOMS_ORDER_NO_PREFIX || "AEM",
    origin: "Jiaxing logistics park, Zhejiang, China",
  }
}
