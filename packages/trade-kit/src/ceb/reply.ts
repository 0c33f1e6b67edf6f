import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { InvalidInputError } from '../errors';
import { cebTime } from './build';
import { message, renderEntity, wrap } from './layout';

/** Where each declared message keeps its business entity, and the receipt customs answers it with. */
const REPLIES = {
  CEB303: { reply: 'CEB304', entity: 'OrderReturn', head: ['Order', 'OrderHead'] },
  CEB403: { reply: 'CEB404', entity: 'ReceiptsReturn', head: ['Receipts'] },
  CEB505: { reply: 'CEB506', entity: 'LogisticsReturn', head: ['Logistics'] },
  CEB603: { reply: 'CEB604', entity: 'InventoryReturn', head: ['Inventory', 'InventoryHead'] },
} as const;
export type DeclaredMessageType = keyof typeof REPLIES;

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true });

/**
 * A 36-character upper-case id from a seed and a counter (UUID layout, not a random UUID), so a
 * declaration built again from the same seed gets the same guids and is stored once.
 */
export function guidSequence(seed: string): () => string {
  let n = 0;
  return () => {
    const h = createHash('sha256').update(`${seed}\u0000${n++}`).digest('hex').toUpperCase();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  };
}

export interface ReplyOptions {
  /** CEB 202205 return status, e.g. 120 accepted, 100 rejected, 300 manual review, 800 released. */
  status: string;
  /** Customs' text: the reason for a rejection, or a progress note. */
  info: string;
  at?: Date;
  /** The root guid of the receipt; defaults to one derived from the message, status and time. */
  guid?: string;
}

/** Reads which CEB message an XML document is and its business entity's fields. */
export function readDeclaredMessage(xml: string): { type: DeclaredMessageType; guid: string; head: Record<string, string> } {
  const doc = parser.parse(xml.replace(/^\uFEFF/, ''));
  const rootKey = Object.keys(doc).find((k) => /^CEB\d{3}Message$/.test(k));
  const type = rootKey?.slice(0, 6);
  if (!rootKey || !type || !(type in REPLIES)) {
    throw new InvalidInputError(`Not a declared message: ${rootKey ?? 'unknown root'} (expected ${Object.keys(REPLIES).join(', ')})`);
  }
  const t = type as DeclaredMessageType;
  let head = doc[rootKey];
  for (const key of REPLIES[t].head) head = head?.[key];
  if (!head) throw new InvalidInputError(`${type} has no ${REPLIES[t].head.join('/')}`);
  return { type: t, guid: String(doc[rootKey].guid), head };
}

/**
 * Customs' receipt for a declared message (CEB303 → CEB304, 403 → 404, 505 → 506, 603 → 604), with
 * the fields the schema requires copied from the message. Customs' own numbers on the inventory
 * receipt (preNo, invtNo) are derived from the message's guid. For simulators and tests: real
 * receipts come from customs.
 */
export function buildCebReply(declaredXml: string, options: ReplyOptions): { type: string; guid: string; xml: string } {
  const { type, head } = readDeclaredMessage(declaredXml);
  const spec = REPLIES[type];
  const at = options.at ?? new Date();
  const returnTime = `${cebTime(at)}${String(at.getUTCMilliseconds()).padStart(3, '0')}`;
  const digits = BigInt(`0x${createHash('sha256').update(head.guid).digest('hex').slice(0, 15)}`).toString().padStart(18, '0').slice(-17);
  const common = { guid: head.guid, returnStatus: options.status, returnTime, returnInfo: options.info };
  const values: Record<string, string | undefined> = {
    OrderReturn: { ...common, ebpCode: head.ebpCode, ebcCode: head.ebcCode, orderNo: head.orderNo },
    ReceiptsReturn: { ...common, ebcCode: head.ebcCode, orderNo: head.orderNo, payNo: head.payNo },
    LogisticsReturn: { ...common, logisticsCode: head.logisticsCode, logisticsNo: head.logisticsNo },
    InventoryReturn: {
      ...common, agentCode: head.agentCode, copNo: head.copNo, preNo: `P${digits}`, invtNo: `I${digits}00`.slice(0, 20),
      ebcCode: head.ebcCode, ebpCode: head.ebpCode, orderNo: head.orderNo, statisticsFlag: head.statisticsFlag,
    },
  }[spec.entity];
  const guid = options.guid ?? guidSequence(`${head.guid}:${options.status}:${returnTime}`)();
  const body = wrap(spec.entity, renderEntity(spec.entity, values, { warnings: [], path: spec.reply }), '\t');
  return { type: spec.reply, guid, xml: message(`${spec.reply}Message`, guid, body) };
}
