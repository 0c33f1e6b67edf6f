import { z } from 'zod';
import { normaliseHsCode } from '../classification/hs';

const code18 = (what: string) => z.string().regex(/^([0-9A-Z]{10}|[0-9A-Z]{18})$/, `${what}: use the 10-character customs registration code or the 18-character unified social credit code`);
const decimal = z.union([z.number(), z.string()]).transform((v) => String(v)).pipe(
  z.string().regex(/^\d{1,14}(\.\d{1,5})?$/, 'use a non-negative decimal with at most 5 decimal places'),
);
const party = (what: string) => z.object({ code: code18(what), name: z.string().min(1, `${what} name is required`) });

export const exportLineSchema = z.object({
  /** Seller's SKU; the inventory list allows at most 20 characters. */
  itemNo: z.string().min(1).max(20, 'itemNo: the inventory list (CEB603) allows at most 20 characters'),
  /** Chinese goods name as declared (品名). */
  name: z.string().min(1),
  /** Name in the buyer's language, for documents. */
  localName: z.string().optional(),
  description: z.string().optional(),
  /** Specification/model (规格型号), required on the inventory list. */
  model: z.string().min(1),
  barCode: z.string().max(50).optional(),
  /** 10-digit China commodity code (first six digits = HS 2022 subheading). */
  hsCode: z.string().transform((s) => s.replace(/[.\s]/g, '')).superRefine((s, ctx) => {
    if (!/^\d{10}$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: `"${s}" must be the 10-digit China commodity code (e.g. 8713100000); the first six digits are the HS subheading` });
      return;
    }
    const hs = normaliseHsCode(s);
    if (!hs.ok) ctx.addIssue({ code: 'custom', message: hs.reason });
  }),
  quantity: decimal,
  /** Declared unit: a trade-kit unit key ("piece", "set", "kg") or a 3-digit customs code ("007"). */
  unit: z.string().min(1),
  legalQuantity: decimal.optional(),
  legalUnit: z.string().optional(),
  unitPrice: decimal,
  netWeightKg: decimal.optional(),
  originCountry: z.string().length(2).default('CN'),
});

export const exportOrderSchema = z.object({
  mode: z.enum(['9610', '9710']),
  // Also used as the inventory list's enterprise number (copNo, at most 30 characters).
  orderNo: z.string().min(1).max(26, 'orderNo: at most 26 characters (it doubles as the inventory copNo, max 30, and may get a "-NNN" part suffix)'),
  /** When the declaration is made; defaults to now. */
  declaredAt: z.coerce.date().optional(),
  platform: party('platform (ebp)'),
  seller: party('seller (ebc)').extend({ telephone: z.string().optional(), address: z.string().optional() }),
  /** Producer/actual consignor (生产销售单位); defaults to the seller. */
  owner: party('owner').optional(),
  /** Declaring agent (报关企业); defaults to the seller. */
  agent: party('agent').optional(),
  /** The enterprise whose DXP client transmits the message (BaseTransfer). */
  transmitter: z.object({ copCode: code18('transmitter'), copName: z.string().min(1), dxpId: z.string().min(1).max(30) }),
  buyer: z.object({ name: z.string().min(1), address: z.string().optional(), telephone: z.string().optional(), taxId: z.string().optional() }),
  /** ISO 3166 alpha-2 country of final destination. */
  destination: z.string().length(2).transform((s) => s.toUpperCase()),
  /** ISO 4217 currency of the prices. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  lines: z.array(exportLineSchema).min(1, 'an order needs at least one line'),
  freight: decimal.default('0'),
  insuredFee: decimal.default('0'),
  payment: z.object({
    payCode: z.string().max(18).optional(),
    payName: z.string().min(1),
    payNo: z.string().max(60).optional(),
    paidAt: z.coerce.date(),
  }),
  logistics: z.object({
    code: code18('logistics company'),
    name: z.string().min(1),
    /** One waybill per consignment; an order of more than 100 lines needs one per 100 lines. */
    waybillNos: z.array(z.string().min(1).max(32, 'waybill numbers are at most 32 characters')).min(1),
    grossWeightKg: decimal,
    packages: z.number().int().positive(),
    telephone: z.string().optional(),
  }),
  customs: z.object({
    /** 4-digit customs office of declaration (申报海关) — confirm with the broker. */
    customsCode: z.string().regex(/^\d{4}$/),
    /** 4-digit port of exit (出口口岸). */
    portCode: z.string().regex(/^\d{4}$/),
    /** Customs transport mode code (e.g. 5 air, 2 sea, 4 road, 3 rail — confirm). */
    trafMode: z.string().length(1),
    trafName: z.string().optional(),
    voyageNo: z.string().optional(),
    billNo: z.string().optional(),
    /** Port of destination code (指运港), 3–4 characters. */
    pod: z.string().min(3).max(4),
    /** Customs package type code (包装种类). */
    wrapType: z.string().length(1),
    /** A = simplified declaration, B = summary declaration. */
    statisticsFlag: z.enum(['A', 'B']).default('A'),
    loctNo: z.string().max(10).optional(),
  }),
  note: z.string().optional(),
});

export type ExportOrderInput = z.input<typeof exportOrderSchema>;
export type ExportOrder = z.output<typeof exportOrderSchema>;
export type ExportLine = ExportOrder['lines'][number];
