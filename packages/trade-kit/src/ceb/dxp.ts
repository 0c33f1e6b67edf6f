import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { InvalidInputError, SchemaValidationError } from '../errors';
import { escapeXml } from '../util/text';
import { validateAgainstSchema } from './validate';

export const DXP_NS = 'http://www.chinaport.gov.cn/dxp';
/** The customs CEB receiver node used in GACC's integration guides. */
export const DEFAULT_RECEIVER_ID = 'DXPEDCCEB0000002';

export interface DxpOptions {
  /** The enterprise's DXP node id (BaseTransfer dxpId), at most 16 characters. */
  senderId: string;
  receiverIds?: string[];
  copMsgId?: string;
  createdAt?: Date;
  fileName?: string;
}

const rootName = (xml: string) => xml.match(/<(?:[\w-]+:)?(CEB\d{3}Message)\b/)?.[1];

/** Wraps a (signed) CEB message Base64-encoded in the DXP transport envelope and checks the result. */
export async function wrapInDxpEnvelope(cebXml: string, options: DxpOptions): Promise<string> {
  const msgType = rootName(cebXml);
  if (!msgType) throw new InvalidInputError('wrapInDxpEnvelope expects a CEB message (root element CEBnnnMessage)');
  const receivers = options.receiverIds ?? [DEFAULT_RECEIVER_ID];
  const created = (options.createdAt ?? new Date()).toISOString().replace(/\.\d{3}Z$/, '');
  const t = (tag: string, v: string) => `<dxp:${tag}>${escapeXml(v)}</dxp:${tag}>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<dxp:DxpMsg ver="1.0" xmlns:dxp="${DXP_NS}">
\t<dxp:TransInfo>
\t\t${t('CopMsgId', options.copMsgId ?? randomUUID().toUpperCase())}
\t\t${t('SenderId', options.senderId)}
\t\t<dxp:ReceiverIds>${receivers.map((r) => t('ReceiverId', r)).join('')}</dxp:ReceiverIds>
\t\t${t('CreatTime', created)}
\t\t${t('MsgType', msgType)}
\t</dxp:TransInfo>
\t<dxp:Data>${Buffer.from(cebXml, 'utf8').toString('base64')}</dxp:Data>
\t<dxp:AddInfo>${t('FileName', options.fileName ?? `${msgType}.xml`)}</dxp:AddInfo>
</dxp:DxpMsg>
`;
  const check = await validateAgainstSchema(xml, 'dxp');
  if (!check.valid) throw new SchemaValidationError('The DXP envelope does not conform to ceb-terminal-node-202205.xsd', check.errors);
  return xml;
}

/** Validates a DXP envelope and returns the CEB message it carries. */
export async function unwrapDxpEnvelope(xml: string): Promise<{ msgType: string; senderId: string; cebXml: string }> {
  const check = await validateAgainstSchema(xml, 'dxp');
  if (!check.valid) throw new SchemaValidationError('Not a valid DXP envelope', check.errors);
  const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(xml);
  const m = doc.DxpMsg;
  return { msgType: m.TransInfo.MsgType, senderId: m.TransInfo.SenderId, cebXml: Buffer.from(String(m.Data), 'base64').toString('utf8') };
}
