import { buildDeclarationSet } from '../build';
import { parseCebReplies, parseCebReply } from '../parse';
import { buildCebReply, guidSequence, readDeclaredMessage } from '../reply';
import { demoOrder } from '../sample';
import { InvalidInputError, SchemaValidationError } from '../../errors';

describe('buildCebReply', () => {
  const set = buildDeclarationSet(demoOrder('9610'), { guid: guidSequence('decl_test') });
  const { messages } = set.consignments[0];

  it.each([
    ['CEB303', 'CEB304'],
    ['CEB403', 'CEB404'],
    ['CEB505', 'CEB506'],
    ['CEB603', 'CEB604'],
  ] as const)('answers %s with a schema-valid %s quoting the declared entity guid', async (sent, reply) => {
    const declared = readDeclaredMessage(messages[sent].xml);
    const r = buildCebReply(messages[sent].xml, { status: '120', info: '入库成功 accepted', at: new Date('2026-11-23T09:00:00.123Z') });
    expect(r.type).toBe(reply);
    const parsed = await parseCebReply(r.xml);
    expect(parsed.type).toBe(reply);
    expect(parsed.guid).toBe(r.guid);
    expect(parsed.statuses).toEqual([expect.objectContaining({ guid: declared.head.guid, status: '120', note: '入库成功 accepted', time: '20261123170000123' })]);
  });

  it('carries a rejection reason', async () => {
    const r = buildCebReply(messages.CEB603.xml, { status: '100', info: '商品编码与品名不符 HS code does not match the goods name' });
    const parsed = await parseCebReply(r.xml);
    expect(parsed.statuses[0]).toMatchObject({ status: '100', meaning: expect.stringMatching(/rejected/), note: expect.stringMatching(/HS code/) });
    expect(parsed.statuses[0].invtNo).toHaveLength(20);
  });

  it('parses many replies in one schema run, refusing only the ones that fail it', async () => {
    const replies = (['CEB303', 'CEB603'] as const).map((t) => buildCebReply(messages[t].xml, { status: '120', info: 'ok', at: new Date('2026-11-23T09:00:00Z') }));
    const broken = replies[1].xml.replace(/<ceb:returnStatus>120<\/ceb:returnStatus>/, '<ceb:returnStatus></ceb:returnStatus><ceb:bogus/>');
    const [first, second, third] = await parseCebReplies([replies[0].xml, broken, replies[1].xml]);
    expect(first).toMatchObject({ type: 'CEB304', guid: replies[0].guid });
    expect(second).toBeInstanceOf(SchemaValidationError);
    expect(third).toMatchObject({ type: 'CEB604', guid: replies[1].guid });
  });

  it('refuses a document that is not a declared message', () => {
    const reply = buildCebReply(messages.CEB303.xml, { status: '120', info: 'ok' });
    expect(() => buildCebReply(reply.xml, { status: '120', info: 'ok' })).toThrow(InvalidInputError);
  });
});

describe('guidSequence', () => {
  it('repeats for the same seed, differs across seeds, and has the CEB guid shape', () => {
    const a = guidSequence('decl_1');
    const b = guidSequence('decl_1');
    const first = [a(), a()];
    expect([b(), b()]).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
    expect(guidSequence('decl_2')()).not.toBe(first[0]);
    expect(first[0]).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it('makes a declaration built twice from the same seed identical', () => {
    const twice = [1, 2].map(() => buildDeclarationSet(demoOrder('9710'), { guid: guidSequence('decl_same') }));
    expect(twice[0]).toEqual(twice[1]);
  });
});
