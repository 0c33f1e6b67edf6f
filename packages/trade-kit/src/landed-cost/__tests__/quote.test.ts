import { InvalidInputError } from '../../errors';
import { LandedCostQuote, describeLineTerm, listMarkets, quoteLandedCost } from '../quote';

const sum = (q: LandedCostQuote) => q.lines.reduce((s, l) => s + l.amountMinor, 0);
const line = (q: LandedCostQuote, kind: string) => q.lines.filter((l) => l.kind === kind);

describe('quoteLandedCost', () => {
  const sa = { destination: 'SA', date: '2026-11-23', currency: 'USD', incoterm: 'DDP' as const, items: [{ hsCode: '871310', value: 450 }], shipping: 60 };

  it('prices a Saudi DDP wheelchair with duty above SAR 1,000 and VAT on goods + shipping + duty', () => {
    const q = quoteLandedCost(sa);
    const duty = line(q, 'duty')[0];
    const vat = line(q, 'tax')[0];
    expect(duty.amount).toBe('25.50'); // 5% × 510
    expect(vat.label).toBe('VAT 15% on goods + shipping + duty');
    expect(vat.amount).toBe('80.33'); // 15% × 535.50 = 80.325 → 80.33
    expect(q.total).toBe('615.83');
    expect(q.totalMinor).toBe(sum(q));
    expect(duty.payableBy).toMatch(/seller/);
    expect(q.unconfirmed.join()).toMatch(/GCC/);
  });

  it('drops duty below the SAR 1,000 allowance and says why', () => {
    const q = quoteLandedCost({ ...sa, items: [{ hsCode: '871310', value: 200 }], shipping: 20, incoterm: 'DAP' });
    const duty = line(q, 'duty')[0];
    expect(duty.amountMinor).toBe(0);
    expect(duty.basis).toMatch(/< SAR 1000 incl\. shipping \(825\.00 SAR\)/);
    expect(line(q, 'tax')[0].amount).toBe('33.00');
    expect(line(q, 'tax')[0].payableBy).toBe('buyer on delivery');
  });

  it('prices Russia on two sides of 2026-07-01 differently, and uses 20% VAT before 2026', () => {
    const ru = { destination: 'RU', currency: 'EUR', incoterm: 'DAP' as const, items: [{ hsCode: '901910', value: 450, weightKg: 2 }], shipping: 60 };
    const before = quoteLandedCost({ ...ru, date: '2026-06-30' });
    const after = quoteLandedCost({ ...ru, date: '2026-07-01' });
    expect(line(before, 'duty')[0].amount).toBe('46.50'); // 15% × (510 − 200)
    expect(line(before, 'tax')).toHaveLength(0);
    expect(line(after, 'duty')[0].amount).toBe('15.50'); // 5% × 310
    expect(line(after, 'tax')[0].amount).toBe('71.61'); // 22% × 325.50
    expect(before.total).not.toBe(after.total);
    const business2025 = quoteLandedCost({ ...ru, date: '2025-12-31', importer: 'business', items: [{ hsCode: '901910', value: 100 }], shipping: 0 });
    expect(line(business2025, 'tax')[0].label).toMatch(/VAT 20%/);
    const business2026 = quoteLandedCost({ ...ru, date: '2026-01-01', importer: 'business', items: [{ hsCode: '901910', value: 100 }], shipping: 0 });
    expect(line(business2026, 'tax')[0].label).toMatch(/VAT 22%/);
  });

  it('keeps the parcel within the EAEU allowance free, and charges €2/kg above 31 kg', () => {
    const base = { destination: 'KZ', date: '2026-11-23', currency: 'EUR', incoterm: 'DAP' as const, shipping: 0 };
    const light = quoteLandedCost({ ...base, items: [{ hsCode: '871310', value: 150, weightKg: 14 }] });
    expect(line(light, 'duty')[0]).toMatchObject({ amountMinor: 0, basis: expect.stringMatching(/within the EAEU/) });
    const heavy = quoteLandedCost({ ...base, items: [{ hsCode: '871390', value: 150, weightKg: 41 }] });
    expect(line(heavy, 'duty')[0].amount).toBe('20.00');
  });

  it('applies disability-aid VAT exemptions and notes them in the basis', () => {
    const q = quoteLandedCost({ destination: 'RU', date: '2026-11-23', currency: 'EUR', incoterm: 'DDP', importer: 'business',
      items: [{ hsCode: '871310', value: 300 }, { hsCode: '902190', value: 100 }], shipping: 40 });
    const taxes = line(q, 'tax');
    expect(taxes.map((t) => t.label)).toEqual(expect.arrayContaining(['VAT 0% (exempt)']));
    expect(taxes.find((t) => t.label.includes('exempt'))!.basis).toMatch(/art\. 150/);
    const noClaim = quoteLandedCost({ destination: 'RU', date: '2026-11-23', currency: 'EUR', incoterm: 'DDP', importer: 'business',
      items: [{ hsCode: '871310', value: 300 }], shipping: 40, claimExemptions: false });
    expect(line(noClaim, 'tax')[0].label).toMatch(/VAT 22%/);
  });

  it('reports unknown rates instead of guessing', () => {
    const q = quoteLandedCost({ destination: 'EG', date: '2026-11-23', currency: 'USD', incoterm: 'DAP', items: [{ hsCode: '871310', value: 450 }], shipping: 60 });
    expect(q.complete).toBe(false);
    expect(q.unknowns).toEqual([expect.stringMatching(/duty rate for HS 871310 in Egypt/)]);
    expect(line(q, 'duty')).toHaveLength(0);
    expect(line(q, 'tax')[0].label).toMatch(/duty unknown, not included/);
    const uz = quoteLandedCost({ destination: 'UZ', date: '2026-11-23', currency: 'USD', incoterm: 'DAP', items: [{ hsCode: '871310', value: 1 }] });
    expect(uz.unknowns.join('\n')).toMatch(/VAT rate for Uzbekistan/);
    const noFx = quoteLandedCost({ destination: 'RU', date: '2026-11-23', currency: 'CNY', incoterm: 'DAP', items: [{ hsCode: '871310', value: 450, weightKg: 3 }] });
    expect(noFx.unknowns.join()).toMatch(/CNY→EUR/);
    expect(noFx.ddpAllowed).toBe(false);
    // The caller's rate wins over the table's 1.16.
    const withFx = quoteLandedCost({ destination: 'RU', date: '2026-11-23', currency: 'USD', incoterm: 'DAP', items: [{ hsCode: '871310', value: 450, weightKg: 3 }],
      exchangeRates: [{ from: 'EUR', to: 'USD', rate: '1.25' }] });
    expect(withFx.complete).toBe(true);
    expect(line(withFx, 'duty')[0].amount).toBe('10.00'); // 450 USD = 360 EUR; (360 − 200) × 5% = 8 EUR = 10 USD
  });

  it('rounds each line to the cent and the total is the sum of the lines', () => {
    const q = quoteLandedCost({ destination: 'TH', date: '2026-11-23', currency: 'THB', incoterm: 'DDP',
      items: [{ hsCode: '902110', value: '333.33' }, { hsCode: '902110', value: '333.33' }, { hsCode: '902110', value: '333.34' }], shipping: '0.01' });
    expect(q.totalMinor).toBe(sum(q));
    expect(q.total).toBe((sum(q) / 100).toFixed(2));
    expect(line(q, 'tax')[0].amount).toBe('70.00'); // 7% × 1000.01 = 70.0007
  });

  it('rejects bad input with field-level messages', () => {
    expect(() => quoteLandedCost({ ...sa, destination: 'XX' })).toThrow(/No market data for destination "XX"/);
    expect(() => quoteLandedCost({ ...sa, items: [{ hsCode: '871399', value: 1 }] })).toThrow(/items.0.hsCode: 871399/);
    expect(() => quoteLandedCost({ ...sa, date: '23/11/2026' })).toThrow(InvalidInputError);
    expect(() => quoteLandedCost({ ...sa, items: [{ hsCode: '871310', value: -5 }] })).toThrow(/items.0.value/);
  });
});

it('applies the Russian disability-aid VAT exemption to parcels after 2026-07-01 too', () => {
  const base = { destination: 'RU', date: '2026-11-23', currency: 'EUR', incoterm: 'DAP' as const, shipping: 0 };
  const aid = quoteLandedCost({ ...base, items: [{ hsCode: '871310', value: 400, weightKg: 14 }] });
  const taxes = aid.lines.filter((l) => l.kind === 'tax');
  expect(taxes).toEqual([expect.objectContaining({ label: 'VAT 0% (exempt)', amountMinor: 0, basis: expect.stringMatching(/art\. 150/) })]);
  const mixed = quoteLandedCost({ ...base, items: [{ hsCode: '871310', value: 300, weightKg: 14 }, { hsCode: '901910', value: 100, weightKg: 2 }] });
  // Excess 200 EUR, duty 10 EUR; a quarter of (excess + duty) belongs to the massager and bears 22%.
  expect(mixed.lines.find((l) => l.label.startsWith('VAT 22%'))!.amount).toBe('11.55');
  expect(mixed.totalMinor).toBe(mixed.lines.reduce((s, l) => s + l.amountMinor, 0));
});

it('gives every line of every market its term as data, which says the label in English', () => {
  const seen = new Set<string>();
  for (const { code, currency } of listMarkets()) {
    for (const [date, value] of [['2026-03-01', 90], ['2026-11-23', 4000]] as const) {
      const q = quoteLandedCost({ destination: code, date, currency: 'EUR', incoterm: 'DAP', shipping: 30, insurance: 5, items: [{ hsCode: '871310', value, weightKg: 40 }, { hsCode: '902140', value: 50 }], exchangeRates: [{ from: 'EUR', to: currency, rate: 2 }] });
      for (const l of q.lines) {
        expect([code, l.label]).toEqual([code, describeLineTerm(l.term)]);
        seen.add(l.term.key);
      }
    }
  }
  // The sweep reaches the kinds of line the markets have.
  expect([...seen].sort()).toEqual(expect.arrayContaining(['customs_payment_on_excess', 'duty_above_allowance', 'duty_on_goods_shipping', 'goods', 'insurance', 'shipping', 'tax_on_goods_shipping_duty']));
});
