import { XMLParser } from 'fast-xml-parser';
import { SchemaValidationError, TradeKitError } from '../errors';
import { validateManyAgainstSchema } from './validate';

export type ReplyType = 'CEB304' | 'CEB404' | 'CEB506' | 'CEB604' | 'CEB792';

/** Receipt status codes from the CEB 202205 specification. */
export const RETURN_STATUS: Record<string, string> = {
  '1': 'stored at the e-port (电子口岸已暂存)',
  '2': 'being declared at the e-port (电子口岸申报中)',
  '3': 'sent to customs (发送海关成功)',
  '4': 'sending to customs failed (发送海关失败)',
  '100': 'rejected by customs (海关退单)',
  '120': 'accepted by customs (海关入库)',
  '300': 'manual review (人工审核)',
  '399': 'cleared (海关审结)',
  '800': 'released (放行)',
  '899': 'closed (结关)',
};

export function statusMeaning(code: string): string {
  if (RETURN_STATUS[code]) return RETURN_STATUS[code];
  if (/^-\d+$/.test(code)) return 'error reported by the e-port (negative status)';
  return 'status not in the CEB 202205 code list';
}

export interface ReplyStatus {
  /** Id of the declaration the reply is about (the guid we sent) or, for CEB792, of the summary result. */
  guid: string;
  status: string;
  meaning: string;
  /** Free text from customs, e.g. the reason for a rejection. */
  note: string;
  time?: string;
  orderNo?: string;
  logisticsNo?: string;
  invtNo?: string;
  /** CEB792 only: the inventory lists and items covered by the summary. */
  items?: Array<{ invtNo: string; logisticsNo: string; gnum: number; gcode: string }>;
}
export interface ParsedReply { type: ReplyType; guid: string; statuses: ReplyStatus[] }

/** A reply that is well-formed and valid but not one of the replies this parser handles. */
export class UnsupportedReplyError extends TradeKitError {}

const ENTITY: Record<ReplyType, string> = {
  CEB304: 'OrderReturn', CEB404: 'ReceiptsReturn', CEB506: 'LogisticsReturn', CEB604: 'InventoryReturn', CEB792: 'SummaryResult',
};
const parser = new XMLParser({
  removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true,
  isArray: (name) => Object.values(ENTITY).includes(name) || name === 'SummaryResultList',
});

/**
 * Reads a customs reply. The XML is validated against the CEB schema first, exactly as the e-port
 * would, and anything the schema rejects raises SchemaValidationError instead of half-parsed data.
 */
export async function parseCebReply(input: string | Buffer): Promise<ParsedReply> {
  const [result] = await parseCebReplies([input]);
  if (result instanceof TradeKitError) throw result;
  return result;
}

/**
 * Several replies at once, checked against the schema in one run (compiling the schema costs far
 * more than checking a reply): each one's parsed reply, or the error that refuses it.
 */
export async function parseCebReplies(inputs: Array<string | Buffer>): Promise<Array<ParsedReply | TradeKitError>> {
  const xmls = inputs.map((input) => (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, ''));
  const checks = await validateManyAgainstSchema(xmls, 'ceb');
  return xmls.map((xml, i) => {
    if (!checks[i].valid) return new SchemaValidationError('The reply does not conform to the CEB 202205 schema', checks[i].errors);
    try {
      return readReply(xml);
    } catch (e) {
      if (e instanceof TradeKitError) return e;
      throw e;
    }
  });
}

function readReply(xml: string): ParsedReply {
  const doc = parser.parse(xml);
  const rootKey = Object.keys(doc).find((k) => /^CEB\d{3}Message$/.test(k));
  const type = rootKey?.slice(0, 6) as ReplyType | undefined;
  if (!rootKey || !type || !(type in ENTITY)) throw new UnsupportedReplyError(`Not a reply this parser handles: ${rootKey ?? 'unknown root'} (expected ${Object.keys(ENTITY).join(', ')})`);
  const root = doc[rootKey];
  const rows: Array<Record<string, unknown>> = root[ENTITY[type]];
  const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  const statuses = rows.map((r): ReplyStatus => {
    if (type === 'CEB792') {
      const h = r.SummaryResultHead as Record<string, unknown>;
      const list = (r.SummaryResultList as Array<Record<string, unknown>> | undefined) ?? [];
      return {
        guid: String(h.guid), status: String(h.decState), meaning: 'declaration (报关单) state as set by customs',
        note: str(h.note) ?? '', time: str(h.opDate), invtNo: undefined,
        items: list.map((l) => ({ invtNo: String(l.invtNo), logisticsNo: String(l.logisticsNo), gnum: Number(l.gnum), gcode: String(l.gcode) })),
      };
    }
    const status = String(r.returnStatus);
    return {
      guid: String(r.guid), status, meaning: statusMeaning(status), note: str(r.returnInfo) ?? '', time: str(r.returnTime),
      orderNo: str(r.orderNo), logisticsNo: str(r.logisticsNo), invtNo: str(r.invtNo),
    };
  });
  return { type, guid: String(root.guid), statuses };
}
