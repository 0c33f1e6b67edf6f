import { XMLParser } from 'fast-xml-parser';
import { buildDeclarationSet } from '../build';
import { demoOrder } from '../sample';
import { validateManyAgainstSchema } from '../validate';
import { InvalidInputError } from '../../errors';
import { createCodeTables } from '../../codes/customs-codes';
import { charLength } from '../../util/text';

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, isArray: (n) => ['OrderList', 'InventoryList'].includes(n) });
const read = (xml: string) => parser.parse(xml);

async function expectAllValid(set: ReturnType<typeof buildDeclarationSet>) {
  const messages = set.consignments.flatMap((c) => Object.values(c.messages));
  const results = await validateManyAgainstSchema(messages.map((m) => m.xml));
  results.forEach((r, i) => expect({ type: messages[i].type, errors: r.errors }).toEqual({ type: messages[i].type, errors: [] }));
}

describe('buildDeclarationSet', () => {
  it.each(['9610', '9710'] as const)('builds schema-valid 303/403/505/603 for mode %s', async (mode) => {
    const set = buildDeclarationSet(demoOrder(mode));
    expect(set.consignments).toHaveLength(1);
    await expectAllValid(set);
    const c = set.consignments[0];
    const order = read(c.messages.CEB303.xml).CEB303Message.Order;
    expect(order.OrderHead.orderType).toBe(mode === '9610' ? 'E' : 'B');
    const inv = read(c.messages.CEB603.xml).CEB603Message.Inventory;
    expect(inv.InventoryHead.tradeMode).toBe(mode);
    // goodsValue is the sum of the line totals, and the payment covers goods + freight + insurance.
    const lineSum = order.OrderList.reduce((s: number, l: { totalPrice: string }) => s + Number(l.totalPrice) * 100, 0);
    expect(Math.round(Number(order.OrderHead.goodsValue) * 100)).toBe(lineSum);
    const receipt = read(c.messages.CEB403.xml).CEB403Message.Receipts;
    const input = demoOrder(mode);
    expect(Math.round(Number(receipt.charge) * 100)).toBe(lineSum + Math.round(Number(input.freight) * 100) + Math.round(Number(input.insuredFee) * 100));
    expect(read(c.messages.CEB505.xml).CEB505Message.Logistics.logisticsNo).toBe(input.logistics.waybillNos[0]);
    expect(inv.InventoryList[0].gcode).toMatch(/^\d{10}$/);
    expect(new Set(Object.values(c.messages).map((m) => m.guid)).size).toBe(4);
    for (const m of Object.values(c.messages)) expect(m.guid).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('splits more than 100 lines into consignments that add back up', async () => {
    const input = demoOrder('9710', 250);
    const set = buildDeclarationSet(input);
    expect(set.consignments.map((c) => c.lines.length)).toEqual([100, 100, 50]);
    expect(set.consignments.map((c) => c.orderNo)).toEqual(['AEM-SA-20261123-0042-1', 'AEM-SA-20261123-0042-2', 'AEM-SA-20261123-0042-3']);
    expect(new Set(set.consignments.map((c) => c.logisticsNo)).size).toBe(3);
    const cents = (k: 'freight' | 'insuredFee') => set.consignments.reduce((s, c) => s + Math.round(Number(c[k]) * 100), 0);
    expect(cents('freight')).toBe(Math.round(Number(input.freight) * 100));
    expect(cents('insuredFee')).toBe(Math.round(Number(input.insuredFee) * 100));
    const grams = set.consignments.reduce((s, c) => s + Math.round(Number(c.grossWeightKg) * 1000), 0);
    expect(grams).toBe(Math.round(Number(input.logistics.grossWeightKg) * 1000));
    expect(set.consignments.reduce((s, c) => s + c.packages, 0)).toBe(input.logistics.packages);
    const inv = read(set.consignments[2].messages.CEB603.xml).CEB603Message.Inventory.InventoryList;
    expect(inv.map((l: { gnum: string }) => l.gnum).slice(0, 2)).toEqual(['1', '2']);
    await expectAllValid(set);
  });

  it('asks for one waybill per consignment', () => {
    const input = demoOrder('9710', 101);
    expect(() => buildDeclarationSet({ ...input, logistics: { ...input.logistics, waybillNos: ['ONLY1'] } }))
      .toThrow(/give 2 waybill numbers \(got 1\)/);
  });

  it('truncates long names on whole characters, escapes markup and keeps CJK, Cyrillic and Arabic', async () => {
    const input = demoOrder('9610');
    const longName = '轮椅𠀀'.repeat(120) + '👩‍🦽'; // CJK, a supplementary-plane character and a ZWJ emoji
    input.lines[0] = { ...input.lines[0], name: longName, model: 'R&D <β> "Pro" \'X\' — Кресло كرسي', description: 'Ширина 46 см & عرض' };
    input.platform = { ...input.platform, name: 'Платформа AEM & Co <مساعدة> "辅具"' + 'я'.repeat(200) };
    const set = buildDeclarationSet(input);
    await expectAllValid(set);
    const c = set.consignments[0];
    const order = read(c.messages.CEB303.xml).CEB303Message.Order;
    const itemName: string = order.OrderList[0].itemName;
    expect(charLength(itemName)).toBeLessThanOrEqual(250);
    expect(itemName).not.toMatch(/[\uD800-\uDBFF]$/); // no lone high surrogate at the cut
    expect(longName.startsWith(itemName)).toBe(true);
    expect(order.OrderHead.ebpName.startsWith('Платформа AEM &amp; Co')).toBe(false); // parser decodes entities
    expect(order.OrderHead.ebpName.startsWith('Платформа AEM & Co <مساعدة> "辅具"')).toBe(true);
    expect(c.messages.CEB603.xml).toContain('R&amp;D &lt;β&gt; &quot;Pro&quot; &apos;X&apos; — Кресло كرسي');
    expect(set.warnings.some((w) => /itemName shortened from 363 to 250 characters/.test(w))).toBe(true);
  });

  it('batch validation attributes errors to the right message', async () => {
    const good = buildDeclarationSet(demoOrder('9610')).consignments[0].messages.CEB505.xml;
    const bad = buildDeclarationSet(demoOrder('9710')).consignments[0].messages.CEB303.xml.replace('<ceb:appStatus>2</ceb:appStatus>', '<ceb:appStatus>22</ceb:appStatus>');
    const [r1, r2, r3] = await validateManyAgainstSchema([good, bad, good]);
    expect(r1).toEqual({ valid: true, errors: [] });
    expect(r2.valid).toBe(false);
    expect(r2.errors.join()).toMatch(/appStatus/);
    expect(r3.valid).toBe(true);
  });

  it('rejects codes that do not fit instead of cutting them', () => {
    const input = demoOrder('9610');
    expect(() => buildDeclarationSet({ ...input, customs: { ...input.customs, pod: 'TOOLONG' } })).toThrow(InvalidInputError);
    expect(() => buildDeclarationSet({ ...input, seller: { ...input.seller, code: '123' } })).toThrow(/seller \(ebc\): use the 10-character/);
    expect(() => buildDeclarationSet({ ...input, lines: [{ ...input.lines[0], hsCode: '871310' }] })).toThrow(/10-digit China commodity code/);
    expect(() => buildDeclarationSet({ ...input, lines: [{ ...input.lines[0], hsCode: '8713990000' }] })).toThrow(/871399, which is not an HS 2022 subheading/);
    expect(() => buildDeclarationSet({ ...input, currency: 'UZS' })).toThrow(/No China customs currency code for "UZS"/);
    expect(() => buildDeclarationSet({ ...input, orderNo: 'X'.repeat(27) })).toThrow(/orderNo: at most 26 characters/);
  });

  it('uses caller overrides for customs codes and flags unconfirmed ones', () => {
    const input = demoOrder('9610');
    const set = buildDeclarationSet(input, { codes: createCodeTables({ overrides: { country: { KZ: '999' } } }) });
    expect(read(set.consignments[0].messages.CEB603.xml).CEB603Message.Inventory.InventoryHead.country).toBe('999');
    expect(set.warnings.join()).toMatch(/currency code 502 for USD is unconfirmed/);
    expect(set.warnings.join()).not.toMatch(/country code/);
  });
});
