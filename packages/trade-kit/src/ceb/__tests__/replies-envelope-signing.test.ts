import fs from 'node:fs';
import path from 'node:path';
import { buildDeclarationSet } from '../build';
import { unwrapDxpEnvelope, wrapInDxpEnvelope } from '../dxp';
import { parseCebReply, UnsupportedReplyError } from '../parse';
import { demoOrder } from '../sample';
import { SoftwareSigner, verifyCebSignature } from '../sign';
import { validateAgainstSchema } from '../validate';
import { InvalidInputError, SchemaValidationError } from '../../errors';
import { CEB_REF, throwawayCertificate } from '../../../test/helpers';

const sample = (name: string) => fs.readFileSync(path.join(CEB_REF, 'samples', `${name}Message.xml`), 'utf8');

describe('parseCebReply', () => {
  it.each([
    ['CEB304', 'orderNo'],
    ['CEB404', 'orderNo'],
    ['CEB506', 'logisticsNo'],
    ['CEB604', 'invtNo'],
  ])('reads GACC sample %s into statuses', async (type, key) => {
    const r = await parseCebReply(sample(type));
    expect(r.type).toBe(type);
    expect(r.statuses.length).toBeGreaterThan(0);
    const xmlStatuses = [...sample(type).matchAll(/<ceb:returnStatus>([^<]*)</g)].map((m) => m[1]);
    expect(r.statuses.map((s) => s.status)).toEqual(xmlStatuses);
    for (const s of r.statuses) {
      expect(s.guid).toHaveLength(36);
      expect(s.meaning).not.toBe('');
      expect(s[key as 'orderNo']).toBeTruthy();
    }
  });

  it('explains status codes', async () => {
    const xml = sample('CEB304').replace(/<ceb:returnStatus>[^<]*</, '<ceb:returnStatus>100<').replace(/<ceb:returnInfo>[^<]*</, '<ceb:returnInfo>订单重复 duplicate order<');
    const r = await parseCebReply(xml);
    expect(r.statuses[0]).toMatchObject({ status: '100', meaning: expect.stringMatching(/rejected/), note: '订单重复 duplicate order' });
    const neg = await parseCebReply(sample('CEB304').replace(/<ceb:returnStatus>[^<]*</, '<ceb:returnStatus>-301010<'));
    expect(neg.statuses[0].meaning).toMatch(/error/);
  });

  it('rejects what the schema rejects, e.g. the GACC CEB792 sample without gseqno', async () => {
    await expect(parseCebReply(sample('CEB792'))).rejects.toThrow(SchemaValidationError);
    await expect(parseCebReply(sample('CEB304').replace('<ceb:returnTime>', '<ceb:returnTime>9'))).rejects.toThrow(/returnTime/);
    await expect(parseCebReply('<not-xml')).rejects.toThrow(SchemaValidationError);
  });

  it('reads a schema-valid CEB792 summary result', async () => {
    let n = 0;
    const fixed = sample('CEB792').replace(/(\s*)<ceb:gnum>/g, (_m, ws) => `${ws}<ceb:gseqno>${++n}</ceb:gseqno>${ws}<ceb:gnum>`);
    const r = await parseCebReply(fixed);
    expect(r.type).toBe('CEB792');
    expect(r.statuses[0].status).toBe('A');
    expect(r.statuses[0].items?.[1]).toEqual({ invtNo: 'Invt20180507000001', logisticsNo: 'L2018050700001', gnum: 2, gcode: '8541401001' });
  });

  it('refuses valid messages that are not replies', async () => {
    const set = buildDeclarationSet(demoOrder('9610'));
    await expect(parseCebReply(set.consignments[0].messages.CEB303.xml)).rejects.toThrow(UnsupportedReplyError);
  });
});

describe('signing and the DXP envelope', () => {
  const keys = throwawayCertificate();
  const signer = new SoftwareSigner(keys);
  const set = buildDeclarationSet(demoOrder('9710'));

  it('signs every message so that it still validates and verifies', async () => {
    for (const m of Object.values(set.consignments[0].messages)) {
      const signed = await signer.sign(m.xml);
      expect(signed).toMatch(/<\/ceb:BaseTransfer><ds:Signature xmlns:ds="http:\/\/www.w3.org\/2000\/09\/xmldsig#">/);
      expect(signed).toContain('<ds:X509Certificate>');
      expect((await validateAgainstSchema(signed)).errors).toEqual([]);
      expect(verifyCebSignature(signed, keys.certificatePem)).toBe(true);
      expect(verifyCebSignature(signed)).toBe(true);
    }
  });

  it('detects tampering and the wrong certificate', async () => {
    const signed = await signer.sign(set.consignments[0].messages.CEB303.xml);
    expect(verifyCebSignature(signed.replace(/<ceb:goodsValue>[^<]*</, '<ceb:goodsValue>1.00<'), keys.certificatePem)).toBe(false);
    expect(verifyCebSignature(signed, throwawayCertificate('Someone Else').certificatePem)).toBe(false);
    expect(verifyCebSignature(set.consignments[0].messages.CEB303.xml)).toBe(false);
  });

  it('refuses a signer without a usable key', () => {
    expect(() => new SoftwareSigner({ privateKeyPem: 'nope', certificatePem: keys.certificatePem })).toThrow(InvalidInputError);
  });

  it('wraps a signed message in a schema-valid DXP envelope and unwraps it again', async () => {
    const signed = await signer.sign(set.consignments[0].messages.CEB603.xml);
    const env = await wrapInDxpEnvelope(signed, { senderId: 'DXPENT0000012345', createdAt: new Date('2026-11-23T08:00:00Z') });
    expect((await validateAgainstSchema(env, 'dxp')).valid).toBe(true);
    expect(env).toContain('<dxp:MsgType>CEB603Message</dxp:MsgType>');
    const back = await unwrapDxpEnvelope(env);
    expect(back).toMatchObject({ msgType: 'CEB603Message', senderId: 'DXPENT0000012345' });
    expect(back.cebXml).toBe(signed);
    expect(verifyCebSignature(back.cebXml, keys.certificatePem)).toBe(true);
  });

  it('refuses envelopes the terminal-node schema rejects', async () => {
    await expect(wrapInDxpEnvelope(set.consignments[0].messages.CEB303.xml, { senderId: 'X'.repeat(17) })).rejects.toThrow(SchemaValidationError);
    await expect(wrapInDxpEnvelope('<foo/>', { senderId: 'A' })).rejects.toThrow(/root element CEBnnnMessage/);
    await expect(unwrapDxpEnvelope(set.consignments[0].messages.CEB303.xml)).rejects.toThrow(SchemaValidationError);
  });
});
