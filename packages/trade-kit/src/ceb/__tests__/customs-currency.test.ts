import Decimal from 'decimal.js';
import { createCodeTables } from '../../codes/customs-codes';
import { buildDeclarationSet } from '../build';
import { convertExportOrder, customsRateMonth, declaredCurrencyFor } from '../customs-currency';
import { guidSequence } from '../reply';
import { demoOrder } from '../sample';
import { validateManyAgainstSchema } from '../validate';

const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<ceb:${name}>([^<]*)</ceb:${name}>`, 'g'))].map((m) => m[1]);

describe('declaredCurrencyFor', () => {
  it('declares in the order currency only when its customs code is confirmed', () => {
    expect(declaredCurrencyFor('CNY')).toBe('CNY');
    // Codes recalled from memory (RUB 344, USD 502) and missing ones (KZT) both fall back on CNY.
    expect(declaredCurrencyFor('RUB')).toBe('CNY');
    expect(declaredCurrencyFor('usd')).toBe('CNY');
    expect(declaredCurrencyFor('KZT')).toBe('CNY');
  });

  it('keeps a currency whose code has been confirmed by an override', () => {
    const codes = createCodeTables({ overrides: { currency: { RUB: '344' } }, overrideSource: 'GACC 参数库 2026-12' });
    expect(declaredCurrencyFor('RUB', codes)).toBe('RUB');
  });
});

describe('customsRateMonth', () => {
  it('counts the month in China Standard Time', () => {
    expect(customsRateMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(customsRateMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });
});

describe('convertExportOrder', () => {
  const order = { ...demoOrder('9610'), currency: 'KZT', freight: '4500', insuredFee: '1234.5' };
  const rate = { currency: 'KZT', month: '2026-11', rate: '0.013922' };

  it('re-expresses every amount in CNY at the customs rate', () => {
    const cny = convertExportOrder(order, rate);
    expect(cny.currency).toBe('CNY');
    expect(cny.lines.map((l) => l.unitPrice)).toEqual(['2.57557', '8.91008']); // 185 and 640 tenge
    expect([cny.freight, cny.insuredFee]).toEqual(['62.65', '17.19']);
    // The original order is left as it was.
    expect(order.currency).toBe('KZT');
  });

  it('builds a schema-valid declaration in 142 whose amounts are the converted ones', async () => {
    const set = buildDeclarationSet(convertExportOrder(order, rate), { guid: guidSequence('decl_kzt') });
    const m = set.consignments[0].messages;
    expect(new Set([...tag(m.CEB303.xml, 'currency'), ...tag(m.CEB403.xml, 'currency'), ...tag(m.CEB505.xml, 'currency')])).toEqual(new Set(['142']));
    expect(tag(m.CEB603.xml, 'fCurrency')).toEqual(['142']);
    expect(tag(m.CEB603.xml, 'iCurrency')).toEqual(['142']);
    expect(set.warnings.some((w) => /currency/.test(w))).toBe(false);
    const goods = new Decimal(185).plus(640).mul(rate.rate);
    expect(Number(tag(m.CEB303.xml, 'goodsValue')[0])).toBeCloseTo(goods.toNumber(), 2);
    expect(tag(m.CEB303.xml, 'freight')).toEqual(['62.65']);
    expect(tag(m.CEB505.xml, 'insuredFee')).toEqual(['17.19']);
    // What the buyer paid: goods, freight and insurance, in CNY.
    expect(Number(tag(m.CEB403.xml, 'charge')[0])).toBeCloseTo(goods.plus('62.65').plus('17.19').toNumber(), 2);
    expect((await validateManyAgainstSchema(Object.values(m).map((x) => x.xml))).map((r) => r.errors)).toEqual([[], [], [], []]);
  });

  it('refuses a rate for another currency or one that is not a positive decimal', () => {
    expect(() => convertExportOrder(order, { ...rate, currency: 'RUB' })).toThrow(/rate is for RUB, but the order is in KZT/);
    expect(() => convertExportOrder(order, { ...rate, rate: '0' })).toThrow(/positive decimal, CNY per one KZT/);
    expect(() => convertExportOrder(order, { ...rate, rate: '-1.2' })).toThrow(/positive decimal/);
  });
});
