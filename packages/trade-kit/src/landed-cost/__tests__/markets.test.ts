import { LandedCostQuote, quoteLandedCost } from '../quote';
import { quoteShipments } from '../shipments';

// Figures derived from reference/customs-and-markets.md §2 and the rates in src/data/markets.json
// (EUR→USD 1.16; USD→KZT 510, →RUB 80, →IDR 16,500, →TRY 42; EUR→PLN 4.25), so €1 = 591.60 KZT = 92.80 RUB.
const date = '2026-11-23';
const kinds = (q: LandedCostQuote, kind: string) => q.lines.filter((l) => l.kind === kind);
const wheelchair = (value: number, weightKg = 15.8) => ({ hsCode: '871310', value, weightKg });
const massager = (value: number, weightKg = 2) => ({ hsCode: '901910', value, weightKg });

describe('landed cost in the demo markets', () => {
  describe('Kazakhstan (EAEU €200 / 31 kg per parcel, 15% of the excess)', () => {
    const kz = { destination: 'KZ', date, currency: 'KZT', incoterm: 'DAP' as const };

    it('96,400 KZT = €162.95 stays within the €200 (118,320 KZT) allowance: nothing to pay, and DDP can be offered', () => {
      const q = quoteLandedCost({ ...kz, items: [wheelchair(96_400)] });
      expect(kinds(q, 'duty')).toEqual([expect.objectContaining({ amountMinor: 0, basis: expect.stringMatching(/within the EAEU/) })]);
      expect(q).toMatchObject({ complete: true, ddpAllowed: true, chargesAtCheckoutMinor: 0, chargesOnDeliveryMinor: 0 });
      expect(q.unconfirmed.join()).toMatch(/exchange rate USD→KZT.*official rate/);
    });

    it('202,200 KZT incl. shipping pays 15% × (202,200 − 118,320) = 12,582.00 KZT, on delivery (DAP) or at checkout (DDP)', () => {
      const items = [wheelchair(96_400), wheelchair(96_400)]; // 31.6 kg: €2 × 0.6 kg is less than 15% of the excess
      const dap = quoteLandedCost({ ...kz, items, shipping: 9_400 });
      expect(kinds(dap, 'duty')[0].amount).toBe('12582.00');
      expect([dap.chargesOnDeliveryMinor, dap.chargesAtCheckoutMinor]).toEqual([1_258_200, 0]);
      const ddp = quoteLandedCost({ ...kz, incoterm: 'DDP', items, shipping: 9_400 });
      expect([ddp.chargesOnDeliveryMinor, ddp.chargesAtCheckoutMinor]).toEqual([0, 1_258_200]);
    });
  });

  describe('Russia (€200 = 18,560 RUB)', () => {
    const ru = { destination: 'RU', currency: 'RUB', incoterm: 'DAP' as const, items: [massager(24_000)] };

    it('from 2026-07-01: 5% of the 5,440 RUB above €200 = 272.00, then 22% VAT on 5,712 = 1,256.64', () => {
      const q = quoteLandedCost({ ...ru, date });
      expect(kinds(q, 'duty')[0].amount).toBe('272.00');
      expect(kinds(q, 'tax')[0].amount).toBe('1256.64');
      expect(q.chargesOnDeliveryMinor).toBe(152_864);
    });

    it('until 2026-06-30: 15% of the 5,440 RUB excess = 816.00 RUB, instead of duty and VAT', () => {
      const q = quoteLandedCost({ ...ru, date: '2026-06-30' });
      expect(kinds(q, 'duty')[0].amount).toBe('816.00');
      expect(kinds(q, 'tax')).toHaveLength(0);
    });
  });

  describe('Indonesia (duty de-minimis USD 3 = 49,500 IDR; VAT 11% on everything)', () => {
    const id = { destination: 'ID', date, currency: 'IDR', incoterm: 'DAP' as const };

    it('a wheelchair of 2,805,000 IDR + 330,000 shipping: duty 0% (Nairobi Protocol, unconfirmed), VAT 11% × 3,135,000 = 344,850.00', () => {
      const q = quoteLandedCost({ ...id, items: [wheelchair(2_805_000)], shipping: 330_000 });
      expect(kinds(q, 'duty')).toEqual([expect.objectContaining({ amountMinor: 0 })]);
      expect(kinds(q, 'tax')[0].amount).toBe('344850.00');
      expect(q.unconfirmed.join()).toMatch(/Nairobi/);
      expect(q.ddpAllowed).toBe(true);
    });

    it('49,500 IDR is exactly USD 3: duty-free; 49,600 IDR is over it and the massager has no known duty rate, so no DDP', () => {
      const at = quoteLandedCost({ ...id, items: [massager(49_500)] });
      expect(kinds(at, 'duty')[0].basis).toMatch(/≤ USD 3 \(3\.00 USD\)/);
      expect(kinds(at, 'tax')[0].amount).toBe('5445.00'); // 11% × 49,500
      const over = quoteLandedCost({ ...id, items: [massager(49_600)] });
      expect(over.unknowns.join()).toMatch(/duty rate for HS 901910 in Indonesia/);
      expect(over.ddpAllowed).toBe(false);
    });
  });

  describe('Turkey (€30 allowance removed Jan 2026; VAT 20%)', () => {
    const tr = { destination: 'TR', currency: 'TRY', incoterm: 'DAP' as const };

    it('in 2026 a wheelchair of 7,140 + 840 TRY shipping pays duty 0% and VAT 20% × 7,980 = 1,596.00', () => {
      const q = quoteLandedCost({ ...tr, date, items: [wheelchair(7_140)], shipping: 840 });
      expect(kinds(q, 'duty')[0].amountMinor).toBe(0);
      expect(kinds(q, 'tax')[0].amount).toBe('1596.00');
      expect(q.ddpAllowed).toBe(true);
    });

    it('in 2025 the €30 allowance was 1,461.60 TRY incl. shipping', () => {
      const within = quoteLandedCost({ ...tr, date: '2025-12-31', items: [massager(1_361.6)], shipping: 100 });
      expect(kinds(within, 'duty')[0].basis).toMatch(/≤ EUR 30 incl\. shipping \(30\.00 EUR\)/);
      const over = quoteLandedCost({ ...tr, date: '2025-12-31', items: [massager(1_361.7)], shipping: 100 });
      expect(over.unknowns.join()).toMatch(/duty rate for HS 901910 in Turkey/);
    });
  });

  describe('Poland (EU: duty relief €150 = 637.50 PLN, VAT from €0 through IOSS)', () => {
    const pl = { destination: 'PL', date, currency: 'PLN', incoterm: 'DAP' as const };

    it('up to €150 the 23% VAT (138.00 on 600 PLN) is collected at checkout even under DAP', () => {
      const q = quoteLandedCost({ ...pl, items: [{ hsCode: '902110', value: 500 }], shipping: 100 });
      const [vat] = kinds(q, 'tax');
      expect(vat).toMatchObject({ amount: '138.00', payableBy: 'seller (collected at checkout)', basis: expect.stringMatching(/IOSS/) });
      expect([q.chargesAtCheckoutMinor, q.chargesOnDeliveryMinor]).toEqual([13_800, 0]);
    });

    it('above €150 (800 PLN) VAT 23% = 184.00 is paid on delivery under DAP', () => {
      const q = quoteLandedCost({ ...pl, items: [{ hsCode: '902110', value: 700 }], shipping: 100 });
      expect(kinds(q, 'tax')[0]).toMatchObject({ amount: '184.00', payableBy: 'buyer on delivery' });
      expect([q.chargesAtCheckoutMinor, q.chargesOnDeliveryMinor]).toEqual([0, 18_400]);
    });

    it('IOSS is for consumer parcels only: a business import pays VAT on delivery', () => {
      const q = quoteLandedCost({ ...pl, importer: 'business', items: [{ hsCode: '902110', value: 500 }], shipping: 100 });
      expect(q.chargesOnDeliveryMinor).toBe(13_800);
    });
  });
});

describe('quoteShipments', () => {
  it('gives each manufacturer\'s parcel its own EAEU allowance: two parcels of 96,400 + 4,700 KZT shipping pay nothing', () => {
    const q = quoteShipments({ destination: 'KZ', date, currency: 'KZT', incoterm: 'DDP', shipping: 9_400,
      shipments: [{ key: 'maker-a', items: [wheelchair(96_400)] }, { key: 'maker-b', items: [wheelchair(96_400)] }] });
    expect(q.shipments.map((s) => s.quote.lines.find((l) => l.kind === 'shipping')!.amount)).toEqual(['4700.00', '4700.00']);
    expect(q).toMatchObject({ chargesAtCheckoutMinor: 0, chargesOnDeliveryMinor: 0, complete: true, ddpAllowed: true });
  });

  it('sums the parcels\' charges: Saudi DDP 5% duty on 510 USD = 25.50 and 15% VAT on 535.50 = 80.33, twice', () => {
    const items = [{ hsCode: '871310', value: 450 }];
    const q = quoteShipments({ destination: 'SA', date, currency: 'USD', incoterm: 'DDP', shipping: 120, shipments: [{ key: 'a', items }, { key: 'b', items }] });
    expect(q.chargesAtCheckout).toBe('211.66');
    expect(q.chargesOnDeliveryMinor).toBe(0);
  });

  it('allows DDP only when every parcel can be priced', () => {
    const q = quoteShipments({ destination: 'EG', date, currency: 'USD', incoterm: 'DDP', shipments: [{ key: 'a', items: [{ hsCode: '871310', value: 100 }] }] });
    expect(q.ddpAllowed).toBe(false);
    expect(q.unknowns.join()).toMatch(/Egypt/);
    expect(() => quoteShipments({ destination: 'SA', date, currency: 'USD', incoterm: 'DDP', shipments: [] })).toThrow(/at least one shipment/);
  });
});
