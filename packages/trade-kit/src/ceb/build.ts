import { randomUUID } from 'node:crypto';
import { createCodeTables, CodeTables } from '../codes/customs-codes';
import { InvalidInputError, describeIssues } from '../errors';
import { Decimal, allocate, decimalText } from '../util/money';
import { truncateChars } from '../util/text';
import { maxOccurs, message, renderEntity, wrap, RenderContext } from './layout';
import { ExportLine, ExportOrder, ExportOrderInput, exportOrderSchema } from './order';

export type CebMessageType = 'CEB303' | 'CEB403' | 'CEB505' | 'CEB603';
export interface CebMessage { type: CebMessageType; guid: string; xml: string }

/** One consignment: at most 100 lines, one order number, one waybill, one inventory list. */
export interface Consignment {
  part: number;
  orderNo: string;
  logisticsNo: string;
  lines: ExportLine[];
  goodsValue: string;
  freight: string;
  insuredFee: string;
  grossWeightKg: string;
  netWeightKg: string;
  packages: number;
  messages: Record<CebMessageType, CebMessage>;
}
export interface DeclarationSet {
  mode: '9610' | '9710';
  consignments: Consignment[];
  /** Truncated names, unconfirmed customs codes — things a person should look at before declaring. */
  warnings: string[];
}
export interface BuildOptions {
  codes?: CodeTables;
  /** Deterministic ids for tests; defaults to random upper-case UUIDs. */
  guid?: () => string;
}

export function parseExportOrder(input: ExportOrderInput): ExportOrder {
  const parsed = exportOrderSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError('The order description is invalid', describeIssues(parsed.error.issues));
  return parsed.data;
}

/** CEB timestamps are China Standard Time (UTC+8), YYYYMMDDhhmmss. */
export function cebTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace(/[-T:]/g, '').slice(0, 14);
}

const money = (d: Decimal) => decimalText(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
const lineTotal = (l: ExportLine) => new Decimal(l.quantity).mul(l.unitPrice).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
/** Splits an amount in cents/grams across consignments so the parts add back up exactly. */
const split = (total: string, scale: number, weights: number[]) =>
  allocate(new Decimal(total).mul(scale).round().toNumber(), weights).map((v) => new Decimal(v).div(scale));

/**
 * Builds the CEB303 order, CEB403 payment receipt, CEB505 waybill and CEB603 inventory list for a
 * 9610 (B2C) or 9710 (B2B) export. Orders with more lines than the schema allows per order/inventory
 * (100) become several consignments, each with its own order number suffix and waybill.
 */
export function buildDeclarationSet(input: ExportOrderInput, options: BuildOptions = {}): DeclarationSet {
  const order = parseExportOrder(input);
  const codes = options.codes ?? createCodeTables();
  const newGuid = options.guid ?? (() => randomUUID().toUpperCase());
  const warnings: string[] = [];
  const perPart = Math.min(maxOccurs('Order', 'OrderList'), maxOccurs('Inventory', 'InventoryList'));
  const chunks: ExportLine[][] = [];
  for (let i = 0; i < order.lines.length; i += perPart) chunks.push(order.lines.slice(i, i + perPart));
  const n = chunks.length;
  if (order.logistics.waybillNos.length < n) {
    throw new InvalidInputError(`The order has ${order.lines.length} lines, so it must go as ${n} consignments of at most ${perPart} lines`, [
      `logistics.waybillNos: give ${n} waybill numbers (got ${order.logistics.waybillNos.length}); each inventory list needs its own waybill`,
    ]);
  }
  if (order.logistics.packages < n) {
    throw new InvalidInputError(`logistics.packages is ${order.logistics.packages}, but ${n} consignments need at least one package each`);
  }

  const c = (kind: 'currency' | 'country' | 'unit', key: string) => (kind === 'unit' && /^\d{3}$/.test(key) ? key : codes.toCustoms(kind, key));
  const currency = c('currency', order.currency);
  const country = c('country', order.destination);
  for (const [kind, key] of [['currency', order.currency], ['country', order.destination]] as const) {
    const row = codes.lookup(kind, key);
    if (row && !row.confirmed) warnings.push(`customs ${kind} code ${row.customs} for ${key} is unconfirmed (${row.source})`);
  }

  // Weight and money are shared by line value/net weight so the consignments add up to the order.
  const values = chunks.map((ch) => ch.reduce((s, l) => s.plus(lineTotal(l)), new Decimal(0)));
  const valueWeights = values.map((v) => v.mul(100).toNumber());
  const freight = split(order.freight, 100, valueWeights);
  const insured = split(order.insuredFee, 100, valueWeights);
  const netWeights = chunks.map((ch) => ch.reduce((s, l) => s.plus(l.netWeightKg ?? 0), new Decimal(0)));
  const gross = split(order.logistics.grossWeightKg, 1000, netWeights.some((w) => !w.isZero()) ? netWeights.map((w) => w.mul(1000).toNumber()) : valueWeights);
  const packages = allocate(order.logistics.packages - n, chunks.map((ch) => ch.length)).map((p) => p + 1);

  const at = cebTime(order.declaredAt ?? new Date());
  const owner = order.owner ?? order.seller;
  const agent = order.agent ?? order.seller;
  const baseTransfer = (ctx: RenderContext) => wrap('BaseTransfer', renderEntity('BaseTransfer', {
    copCode: order.transmitter.copCode, copName: order.transmitter.copName, dxpMode: 'DXP', dxpId: order.transmitter.dxpId,
  }, ctx, '\t\t'), '\t');
  const goodsInfo = (lines: ExportLine[]) => truncateChars(lines.map((l) => l.name).join('; '), 200);

  const consignments = chunks.map((lines, k): Consignment => {
    const orderNo = n === 1 ? order.orderNo : `${order.orderNo}-${k + 1}`;
    const logisticsNo = order.logistics.waybillNos[k];
    const ctx = (path: string): RenderContext => ({ warnings, path: n === 1 ? path : `consignment ${k + 1} ${path}` });
    const build = (type: CebMessageType, body: (c: RenderContext) => string): CebMessage => {
      const guid = newGuid();
      const cx = ctx(type);
      return { type, guid, xml: message(`${type}Message`, guid, body(cx) + baseTransfer(cx)) };
    };
    const head = () => ({ guid: newGuid(), appType: '1', appTime: at, appStatus: '2' });
    const goodsValue = money(values[k]);
    const netWeight = netWeights[k];

    const ceb303 = build('CEB303', (cx) => wrap('Order',
      wrap('OrderHead', renderEntity('OrderHead', {
        ...head(), orderType: order.mode === '9610' ? 'E' : 'B', orderNo,
        ebpCode: order.platform.code, ebpName: order.platform.name, ebcCode: order.seller.code, ebcName: order.seller.name,
        goodsValue, freight: money(freight[k]), currency, note: order.note,
      }, cx, '\t\t\t'), '\t\t') +
      lines.map((l, i) => wrap('OrderList', renderEntity('OrderList', {
        gnum: i + 1, itemNo: l.itemNo, itemName: l.name, itemDescribe: l.description, barCode: l.barCode,
        unit: c('unit', l.unit), currency, qty: decimalText(l.quantity), price: decimalText(l.unitPrice), totalPrice: money(lineTotal(l)),
      }, { ...cx, path: `${cx.path} line ${i + 1}` }, '\t\t\t'), '\t\t')).join(''), '\t'));

    const ceb403 = build('CEB403', (cx) => wrap('Receipts', renderEntity('Receipts', {
      ...head(), ebpCode: order.platform.code, ebpName: order.platform.name, ebcCode: order.seller.code, ebcName: order.seller.name,
      orderNo, payCode: order.payment.payCode, payName: order.payment.payName, payNo: order.payment.payNo,
      // What the buyer paid for this consignment: goods plus freight and insurance.
      charge: money(values[k].plus(freight[k]).plus(insured[k])), currency, accountingDate: cebTime(order.payment.paidAt),
    }, cx), '\t'));

    const ceb505 = build('CEB505', (cx) => wrap('Logistics', renderEntity('Logistics', {
      ...head(), logisticsCode: order.logistics.code, logisticsName: order.logistics.name, logisticsNo,
      freight: money(freight[k]), insuredFee: money(insured[k]), currency, grossWeight: decimalText(gross[k]),
      packNo: packages[k], goodsInfo: goodsInfo(lines), ebcCode: order.seller.code, ebcName: order.seller.name, ebcTelephone: order.seller.telephone,
    }, cx), '\t'));

    const ceb603 = build('CEB603', (cx) => wrap('Inventory',
      wrap('InventoryHead', renderEntity('InventoryHead', {
        ...head(), customsCode: order.customs.customsCode, ebpCode: order.platform.code, ebpName: order.platform.name, orderNo,
        logisticsCode: order.logistics.code, logisticsName: order.logistics.name, logisticsNo,
        copNo: orderNo, ieFlag: 'E', portCode: order.customs.portCode, ieDate: at.slice(0, 8),
        statisticsFlag: order.customs.statisticsFlag, agentCode: agent.code, agentName: agent.name,
        ebcCode: order.seller.code, ebcName: order.seller.name, ownerCode: owner.code, ownerName: owner.name,
        tradeMode: order.mode, trafMode: order.customs.trafMode, trafName: order.customs.trafName, voyageNo: order.customs.voyageNo,
        billNo: order.customs.billNo, loctNo: order.customs.loctNo, country, POD: order.customs.pod,
        freight: money(freight[k]), fCurrency: currency, fFlag: '3', insuredFee: money(insured[k]), iCurrency: currency, iFlag: '3',
        wrapType: order.customs.wrapType, packNo: packages[k], grossWeight: decimalText(gross[k]),
        netWeight: decimalText(netWeight.isZero() ? gross[k] : netWeight), note: order.note,
      }, cx, '\t\t\t'), '\t\t') +
      lines.map((l, i) => wrap('InventoryList', renderEntity('InventoryList', {
        gnum: i + 1, itemNo: l.itemNo, itemName: l.name, gcode: l.hsCode, gname: l.name, gmodel: l.model,
        barCode: l.barCode ?? '无', country, currency, qty: decimalText(l.quantity), qty1: decimalText(l.legalQuantity ?? l.quantity),
        unit: c('unit', l.unit), unit1: c('unit', l.legalUnit ?? l.unit), price: decimalText(l.unitPrice), totalPrice: money(lineTotal(l)),
      }, { ...cx, path: `${cx.path} line ${i + 1}` }, '\t\t\t'), '\t\t')).join(''), '\t'));

    return {
      part: k + 1, orderNo, logisticsNo, lines, goodsValue, freight: money(freight[k]), insuredFee: money(insured[k]),
      grossWeightKg: decimalText(gross[k]), netWeightKg: decimalText(netWeight), packages: packages[k],
      messages: { CEB303: ceb303, CEB403: ceb403, CEB505: ceb505, CEB603: ceb603 },
    };
  });
  return { mode: order.mode, consignments, warnings: [...new Set(warnings)] };
}
